package org.cocrea.accounts;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CocreaUserDetailsService implements UserDetailsService {
    private final PersonRepository people;
    private final LoginThrottle throttle;

    CocreaUserDetailsService(PersonRepository people, LoginThrottle throttle) {
        this.people = people;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        var person = people.findByEmail(normalised)
                .filter(p -> !p.deleted())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var credentials = people.credentials(person.id()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return CocreaUser.of(person, credentials.passwordHash(), throttle.isLocked(normalised), credentials.stamps());
    }
}
