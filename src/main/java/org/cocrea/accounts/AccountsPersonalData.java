package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts module's part of "download my data": the profile, the organisations where the person is a verified
 * resident, their contested residence claims, their identities at OpenID Connect providers, their passkeys (public halves only) and whether they set up a second factor (never its key nor the hashes).
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
        // A passkey's public half and what it says about its use; the private key never leaves the person's device.
        data.put("passkeys", passkeys(personId));
        data.put("secondFactor", PersonalData.rows(jdbc, """
                SELECT t.created_at AS authenticator_set_up_at,
                       (SELECT COUNT(*) FROM recovery_code r WHERE r.person_id = t.person_id AND r.used_at IS NULL)
                           AS unused_recovery_codes
                FROM totp_authenticator t WHERE t.person_id = :person
                """, personId));
        return data;
    }

    /**
     * The person's passkeys: name, creation and last use, transports, signature counter, and the credential id and
     * public key as base64url ({@link PersonalData#rows} leaves binary columns out, so the key is encoded here).
     */
    private List<Map<String, Object>> passkeys(long personId) {
        return jdbc.sql("""
                        SELECT credential_id, label, created_at, last_used_at, transports, signature_count,
                               backup_eligible, backup_state, public_key
                        FROM passkey WHERE person_id = :person ORDER BY created_at, credential_id
                        """)
                .param("person", personId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("label", rs.getString("label"));
                    row.put("credential_id", rs.getString("credential_id"));
                    row.put("created_at", instant(rs.getObject("created_at", OffsetDateTime.class)));
                    row.put("last_used_at", instant(rs.getObject("last_used_at", OffsetDateTime.class)));
                    String transports = rs.getString("transports");
                    row.put(
                            "transports",
                            transports == null || transports.isEmpty() ? List.of() : List.of(transports.split(",")));
                    row.put("signature_count", rs.getLong("signature_count"));
                    row.put("backup_eligible", rs.getBoolean("backup_eligible"));
                    row.put("backup_state", rs.getBoolean("backup_state"));
                    row.put(
                            "public_key",
                            Base64.getUrlEncoder().withoutPadding().encodeToString(rs.getBytes("public_key")));
                    return row;
                })
                .list();
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
