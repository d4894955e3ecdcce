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
