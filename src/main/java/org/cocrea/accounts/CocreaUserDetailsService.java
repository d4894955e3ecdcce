package org.cocrea.accounts;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CocreaUserDetailsService implements UserDetailsService {
    private final PersonRepository people;

    CocreaUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        var person = people.findByEmail(normalised)
                .filter(p -> !p.deleted())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var credentials = people.credentials(person.id()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        // Never locked: throttling happens before the account is looked up (ThrottledSignIn), the same for every
        // address, so that a locked flag cannot tell which addresses have an account.
        return CocreaUser.of(person, credentials.passwordHash(), false, credentials.stamps());
    }
}
