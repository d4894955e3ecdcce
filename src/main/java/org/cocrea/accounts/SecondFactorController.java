package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cocrea.platform.LocalPaths;
import org.cocrea.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor's pages (issue 19, ADR 0027): entering a code from the authenticator app (or a recovery code)
 * after signing in with a password, and setting an authenticator up, which professionals and administrators must do
 * before they open an individual plan or administer anything and anyone else may do.
 */
@Controller
class SecondFactorController {
    /** Session attribute: the page the step-up interrupted, opened again once it is passed. */
    static final String RETURN = "cocrea.secondFactor.return";

    private final SecondFactors factors;
    private final SignIn signIn;
    private static final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SecondFactorController(SecondFactors factors, SignIn signIn) {
        this.factors = factors;
        this.signIn = signIn;
    }

    private static boolean passed() {
        return SecondFactors.passed(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication());
    }

    @GetMapping("/second-factor")
    String ask(@AuthenticationPrincipal CocreaUser user, Model model) {
        if (!factors.has(user.id())) {
            return "redirect:/second-factor/setup";
        }
        return askPage(user, model, null, null);
    }

    @PostMapping("/second-factor")
    String check(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "code", required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!factors.checkCode(user.id(), code)) {
            return askPage(user, model, new Refused("code", "secondFactor.code.wrong").shownAgain(response), null);
        }
        return passed(user, request, response);
    }

    @PostMapping("/second-factor/recovery")
    String recover(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "recovery", required = false) String recovery,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!factors.useRecoveryCode(user.id(), recovery)) {
            return askPage(
                    user, model, null, new Refused("recovery", "secondFactor.recovery.wrong").shownAgain(response));
        }
        return passed(user, request, response);
    }

    private String askPage(CocreaUser user, Model model, Object codeErrors, Object recoveryErrors) {
        // The ways this person has: a code from their app (or a recovery code), a passkey (ADR 0031), or both.
        model.addAttribute("app", factors.hasApp(user.id()));
        model.addAttribute("passkey", factors.hasPasskey(user.id()));
        model.addAttribute("codeErrors", codeErrors);
        model.addAttribute("recoveryErrors", recoveryErrors);
        return "accounts/second-factor";
    }

    @GetMapping("/second-factor/setup")
    String setup(@AuthenticationPrincipal CocreaUser user, HttpSession session, Model model) {
        boolean has = factors.has(user.id());
        if (has && !passed()) {
            // Replacing an authenticator takes the current one first: a password alone never changes it.
            return "redirect:/second-factor";
        }
        return setupPage(user, session, model, has, null);
    }

    @PostMapping("/second-factor/setup")
    String confirm(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "code", required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        boolean has = factors.has(user.id());
        if (has && !passed()) {
            return "redirect:/second-factor";
        }
        if (!(session.getAttribute(SecondFactors.SETTING_UP) instanceof String secret)) {
            return "redirect:/second-factor/setup";
        }
        var codes = factors.enrol(user.id(), secret, code);
        if (codes == null) {
            return setupPage(
                    user, session, model, has, new Refused("code", "secondFactor.code.wrong").shownAgain(response));
        }
        signIn.passSecondFactor(user, request, response);
        model.addAttribute("codes", codes);
        model.addAttribute("next", next(request, response));
        return "accounts/recovery-codes";
    }

    private String setupPage(CocreaUser user, HttpSession session, Model model, boolean replacing, Object errors) {
        String secret = session.getAttribute(SecondFactors.SETTING_UP) instanceof String kept ? kept : Totp.newSecret();
        session.setAttribute(SecondFactors.SETTING_UP, secret);
        model.addAttribute("secret", Totp.grouped(secret));
        model.addAttribute("link", otpauth(user.email(), secret));
        model.addAttribute("required", factors.mustHave(user));
        model.addAttribute("replacing", replacing && factors.hasApp(user.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("hasPasskey", factors.hasPasskey(user.id()));
        return "accounts/second-factor-setup";
    }

    /** The link authenticator apps understand (Google's Key Uri Format), for a phone that opens it directly. */
    static String otpauth(String email, String secret) {
        String label =
                URLEncoder.encode("Cocrea:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Cocrea&algorithm=SHA1&digits=" + Totp.DIGITS
                + "&period=" + Totp.STEP_SECONDS;
    }

    private String passed(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        signIn.passSecondFactor(user, request, response);
        return "redirect:" + next(request, response);
    }

    /** The page the step-up interrupted, or the one asked for before signing in, or the home page. */
    static String next(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        if (session.getAttribute(RETURN) instanceof String back) {
            session.removeAttribute(RETURN);
            return LocalPaths.orHome(back);
        }
        var saved = savedRequests.getRequest(request, response);
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            var url = java.net.URI.create(saved.getRedirectUrl());
            String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            return LocalPaths.orHome(path);
        }
        return "/";
    }
}
