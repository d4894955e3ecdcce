package org.cocrea.accounts;

import java.time.OffsetDateTime;
import org.cocrea.platform.Language;

/** A person with an account, as other modules see them (never the password hash). */
public record Person(
        long id,
        String email,
        String name,
        Language language,
        PersonKind kind,
        boolean admin,
        Long organisationId,
        Long departmentId,
        OffsetDateTime emailVerifiedAt,
        OffsetDateTime deletedAt) {

    /**
     * This person as a signed-in person, for what the demo seeds and other unattended work ask of the modules that
     * decide by who is signed in (visibility, roles). Never for a request: there, the session says who it is.
     */
    public org.cocrea.platform.SignedInPerson asSignedIn() {
        var person = this;
        return new org.cocrea.platform.SignedInPerson() {
            @Override
            public long personId() {
                return person.id();
            }

            @Override
            public String displayName() {
                return person.name();
            }

            @Override
            public boolean isAdmin() {
                return person.admin();
            }

            @Override
            public boolean isProfessional() {
                return person.professional();
            }
        };
    }

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean professional() {
        return kind == PersonKind.PROFESSIONAL;
    }
}
