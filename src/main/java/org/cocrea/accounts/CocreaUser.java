package org.cocrea.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cocrea.platform.Language;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security keeps them in the (database-stored) session, with the account's
 * stamps at sign-in: {@link SessionStamps} compares them with the database on every request.
 */
record CocreaUser(
        long id,
        String email,
        String name,
        String passwordHash,
        Language language,
        boolean admin,
        boolean professional,
        boolean locked,
        int rightsVersion,
        int credentialsVersion)
        implements UserDetails, SignedInPerson, CredentialsContainer {

    static CocreaUser of(Person person, String passwordHash, boolean locked, PersonRepository.Stamps stamps) {
        return new CocreaUser(
                person.id(),
                person.email(),
                person.name(),
                passwordHash,
                person.language(),
                person.admin(),
                person.professional(),
                locked,
                stamps.rights(),
                stamps.credentials());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> roles = new ArrayList<>();
        roles.add(new SimpleGrantedAuthority(professional ? "ROLE_PROFESSIONAL" : "ROLE_CITIZEN"));
        if (admin) {
            roles.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        // Records are immutable; the session copy is made without the hash by withoutCredentials().
    }

    CocreaUser withoutCredentials() {
        return new CocreaUser(
                id, email, name, null, language, admin, professional, false, rightsVersion, credentialsVersion);
    }

    CocreaUser withStamps(PersonRepository.Stamps stamps) {
        return new CocreaUser(
                id, email, name, null, language, admin, professional, false, stamps.rights(), stamps.credentials());
    }

    PersonRepository.Stamps stamps() {
        return new PersonRepository.Stamps(rightsVersion, credentialsVersion);
    }

    @Override
    public long personId() {
        return id;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public boolean isAdmin() {
        return admin;
    }

    @Override
    public boolean isProfessional() {
        return professional;
    }
}
