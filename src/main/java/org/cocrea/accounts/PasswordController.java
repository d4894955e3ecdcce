package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: a link by mail, then a new password. */
@Controller
class PasswordController {
    private static final Logger log = LoggerFactory.getLogger(PasswordController.class);
    private final AccountService accounts;
    private final Throttle throttle;
    private final AccountLimits limits;

    PasswordController(AccountService accounts, Throttle throttle, AccountLimits limits) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.limits = limits;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("email", "");
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(
            @RequestParam(name = "email", required = false) String email,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (email != null && email.length() <= 254) {
            // Limited per network address and per address, whether or not it has an account; past a limit the
            // page answers as usual and simply no mail goes out.
            if (throttle.tryAcquire(limits.resetsPerNetwork(), request.getRemoteAddr())
                    && throttle.tryAcquire(AccountLimits.RESET_ACCOUNT, AccountService.normaliseEmail(email))) {
                accounts.requestReset(email);
            } else {
                log.info("Password reset mail not sent: too many requests for one address or from one network");
            }
        }
        redirect.addFlashAttribute("notice", "forgot.sent");
        return "redirect:/login";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("form", PasswordForm.empty(token));
        model.addAttribute("usable", accounts.resetTokenUsable(token));
        return "accounts/reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @ModelAttribute PasswordForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(form, "form");
        Forms.checkPassword(form.password(), errors, "password");
        if (!errors.hasErrors()) {
            if (accounts.resetPassword(form.token(), form.password())) {
                redirect.addFlashAttribute("notice", "reset.done");
                return "redirect:/login";
            }
            model.addAttribute("usable", false);
        } else {
            model.addAttribute("usable", true);
        }
        response.setStatus(422);
        model.addAttribute("form", PasswordForm.empty(form.token()));
        model.addAttribute("errors", errors);
        return "accounts/reset";
    }
}
