package org.cocrea.platform.security;

import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.SecurityRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * No inline scripts or styles anywhere: every script and stylesheet is a file served by Cocrea. Images also from
     * the map's tile server ({@code cocrea.map.tile-url}), the one thing pages load from elsewhere.
     */
    static String contentSecurityPolicy(CocreaSettings settings) {
        return contentSecurityPolicy(settings, List.of());
    }

    /** The policy with further origins a form may lead to (identity providers' sign-out, ADR 0029). */
    static String contentSecurityPolicy(CocreaSettings settings, List<String> formActionOrigins) {
        String formAction = formActionOrigins.isEmpty() ? "" : " " + String.join(" ", formActionOrigins);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
                + settings.map().tileOrigin()
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'" + formAction + "; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            List<SecurityRules> moduleRules,
            AuthenticationSuccessHandler onLogin,
            AuthenticationFailureHandler onLoginFailure,
            CocreaSettings settings,
            @Value("${server.port:8080}") int serverPort,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        http.authorizeHttpRequests(routes -> {
            if (managementPort > 0 && managementPort != serverPort) {
                // A separate management port is reachable only where its address allows (loopback, documented).
                routes.requestMatchers(request -> request.getLocalPort() == managementPort)
                        .permitAll();
            }
            routes.requestMatchers(
                            "/",
                            "/css/**",
                            "/js/**",
                            "/img/**",
                            "/webjars/**",
                            "/favicon.ico",
                            "/error",
                            "/language",
                            "/terms",
                            "/privacy",
                            "/actuator/health",
                            "/actuator/health/**",
                            "/actuator/info",
                            "/ping")
                    .permitAll();
            routes.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN");
            moduleRules.forEach(rules -> rules.apply(routes));
            routes.anyRequest().authenticated();
        });
        for (SecurityRules rules : moduleRules) {
            rules.sessionChecks().forEach(check -> http.addFilterBefore(check, AnonymousAuthenticationFilter.class));
            rules.configure(http);
        }
        http.formLogin(login -> login.loginPage("/login")
                .usernameParameter("email")
                .successHandler(onLogin)
                .failureHandler(onLoginFailure)
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
        var formActionOrigins = moduleRules.stream()
                .flatMap(rules -> rules.formActionOrigins().stream())
                .distinct()
                .toList();
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(contentSecurityPolicy(settings, formActionOrigins)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")));
        for (SecurityRules rules : moduleRules) {
            rules.configure(http);
        }
        return http.build();
    }

    /**
     * Spring Security would wrap each of its filters in an observation on every request; the server's own
     * request metrics already time each request, and the wrapping was a visible share of a page's CPU.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
