package org.cocrea.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts module's part of "download my data": the profile, the organisations where the person is a verified
 * resident, their contested residence claims, their identities at OpenID Connect providers and whether they set up a second factor (never its key nor the hashes).
 */
@Component
class AccountsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    AccountsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", PersonalData.rows(jdbc, """
                SELECT u.id, u.email, u.name, u.language, u.kind, u.admin, o.name AS organisation,
                       d.name AS department, u.email_verified_at, u.terms_accepted_at, u.created_at
                FROM app_user u
                LEFT JOIN organisation o ON o.id = u.organisation_id
                LEFT JOIN department d ON d.id = u.department_id
                WHERE u.id = :person
                """, personId));
        data.put("residences", PersonalData.rows(jdbc, """
                SELECT o.name AS organisation, r.verified_at
                FROM resident r JOIN organisation o ON o.id = r.organisation_id
                WHERE r.person_id = :person ORDER BY r.verified_at
                """, personId));
        data.put("residenceClaims", PersonalData.rows(jdbc, """
                SELECT o.name AS organisation, c.claimed_at, c.decision, c.decided_at
                FROM residence_contest c JOIN organisation o ON o.id = c.organisation_id
                WHERE c.claimant_id = :person ORDER BY c.claimed_at
                """, personId));
        data.put("identityProviders", PersonalData.rows(jdbc, """
                SELECT provider, subject, linked_at FROM oidc_identity WHERE person_id = :person ORDER BY provider
                """, personId));
        data.put("secondFactor", PersonalData.rows(jdbc, """
                SELECT t.created_at AS authenticator_set_up_at,
                       (SELECT COUNT(*) FROM recovery_code r WHERE r.person_id = t.person_id AND r.used_at IS NULL)
                           AS unused_recovery_codes
                FROM totp_authenticator t WHERE t.person_id = :person
                """, personId));
        return data;
    }
}
