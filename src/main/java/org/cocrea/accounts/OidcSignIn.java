package org.cocrea.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What happens when an OpenID Connect provider sends a person back (ADR 0029), once Spring Security checked the
 * response (state, PKCE, the ID token's signature, issuer, audience, expiry and nonce): a linked identity opens its
 * account, with the same session and second-factor rules as a password; an identity not linked yet waits in the
 * session, signed in as nobody, until its person creates an account or proves they hold one. A failed response ends
 * on a page saying what went wrong, with nothing stored. Signing out also ends the session at the provider when it
 * offers RP-initiated logout. Not a bean, so that it is not taken for the password sign-in's handlers.
 */
final class OidcSignIn
        implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler, LogoutSuccessHandler {
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);
    /** Request attribute: the provider session being ended by this sign-out. */
    private static final String ENDING = "cocrea.oidc.ending";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final OidcAccounts accounts;
    private final Residents residents;
    private final SignIn signIn;
    private final OidcClientInitiatedLogoutSuccessHandler providerLogout;

    OidcSignIn(OidcAccounts accounts, Residents residents, SignIn signIn, OidcProviders providers) {
        this.accounts = accounts;
        this.residents = residents;
        this.signIn = signIn;
        this.providerLogout = new OidcClientInitiatedLogoutSuccessHandler(providers);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/?signedOut");
        providerLogout.setDefaultTargetUrl("/?signedOut");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        // Whatever comes next, the provider's token is not the session's sign-in: only an account is.
        var empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        if (!(authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(request.getContextPath() + "/login/oidc/error?reason=failed");
            return;
        }
        String provider = token.getAuthorizedClientRegistrationId();
        var idToken = user.getIdToken();
        var session = new OidcAccounts.ProviderSession(
                provider, user.getSubject(), idToken.getTokenValue(), idToken.getIssuedAt(), idToken.getExpiresAt());
        var residence = new HashMap<>(residents.censusKeysOfFiscalNumber(user.getClaimAsString("fiscal_number")));
        var httpSession = request.getSession();
        httpSession.removeAttribute(OidcAccounts.PENDING);
        var linked = accounts.linkedAccount(provider, user.getSubject());
        if (linked.isPresent()) {
            long personId = linked.get();
            accounts.verifyResidence(personId, residence);
            httpSession.setAttribute(OidcAccounts.SIGNED_IN, session);
            log.info("Person {} signed in with {}", personId, provider);
            String next = signIn.signInThroughProvider(accounts.user(personId), request, response);
            response.sendRedirect(next.startsWith("/") ? request.getContextPath() + next : next);
            return;
        }
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified());
        httpSession.setAttribute(
                OidcAccounts.PENDING,
                new OidcAccounts.Pending(
                        session,
                        user.getEmail(),
                        verified,
                        user.getFullName(),
                        residence,
                        accounts.accountOfVerifiedEmail(user.getEmail(), verified)));
        log.info("First sign-in with {}: an identity waits to be linked or to open a new account", provider);
        response.sendRedirect(request.getContextPath() + "/login/oidc/new");
    }

    /** The reasons the error page tells apart, by the OAuth 2.0 / OpenID Connect error code. */
    static String reason(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            return "failed";
        }
        return switch (oauth.getError().getErrorCode()) {
            case "access_denied", "consent_required", "login_required", "interaction_required" -> "denied";
            case "authorization_request_not_found", "invalid_state_parameter", "client_registration_not_found" ->
                "state";
            case "invalid_grant", "invalid_token_response" -> "expired";
            case "invalid_id_token", "invalid_nonce", "invalid_token" -> "token";
            default -> "failed";
        };
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = reason(exception);
        String code = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        log.info("Sign-in with an OpenID Connect provider refused ({}): {}", code, exception.getMessage());
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(OidcAccounts.PENDING);
        }
        response.sendRedirect(request.getContextPath() + "/login/oidc/error?reason=" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(OidcAccounts.SIGNED_IN) instanceof OidcAccounts.ProviderSession s) {
            request.setAttribute(ENDING, s);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (request.getAttribute(ENDING) instanceof OidcAccounts.ProviderSession s) {
            // The provider's end-session endpoint takes the ID token it issued as the hint of whose session to end.
            var authorities = List.of(new SimpleGrantedAuthority("OIDC_USER"));
            var idToken = new OidcIdToken(s.idToken(), s.issuedAt(), s.expiresAt(), Map.of("sub", s.subject()));
            var user = new DefaultOidcUser(authorities, idToken);
            providerLogout.onLogoutSuccess(
                    request, response, new OAuth2AuthenticationToken(user, authorities, s.provider()));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/?signedOut");
    }

    static final Set<String> REASONS = Set.of("denied", "state", "expired", "token", "failed", "unavailable");
}
