package org.cocrea.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo accounts, as request post-processors for MockMvc: {@code get("/").with(demo.as(CITIZEN))}. */
public final class Demo {
    public static final String PASSWORD = "cocrea-demo";
    public static final String ADMIN = "admin@example.org";
    public static final String SOCIAL_WORKER = "social.worker@example.org";
    public static final String TEACHER = "teacher@example.org";
    public static final String PARKS_OFFICER = "parks.officer@example.org";
    public static final String CITIZEN = "citizen@example.org";
    public static final String PARENT = "parent@example.org";
    public static final String VOLUNTEER = "volunteer@example.org";

    /** Every kind of demo person: {@code null} (an anonymous visitor) first, then the seven demo accounts. */
    public static final List<String> EVERYONE =
            Arrays.asList(null, ADMIN, SOCIAL_WORKER, TEACHER, PARKS_OFFICER, CITIZEN, PARENT, VOLUNTEER);

    private final UserDetailsService users;

    public Demo(UserDetailsService users) {
        this.users = users;
    }

    /**
     * The authority a sign-in carries once its person passed the second factor (issue 19: {@code
     * accounts.SecondFactors}), which professionals and administrators need for plans and administration.
     */
    public static final String SECOND_FACTOR_PASSED = "FACTOR_SECOND";

    /**
     * Signed in as the given demo account, with the same principal a real sign-in produces, having passed the second
     * factor (its own tests, {@code SecondFactorWebTest}, sign in for real).
     */
    public RequestPostProcessor as(String email) {
        var principal = users.loadUserByUsername(email);
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_PASSED));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
