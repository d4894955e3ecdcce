package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan_consent table. A consent is given by inserting a row and withdrawn by dating it; the unique
 * constraint on (initiative, scope, grantee, active) refuses a second active consent even from two requests.
 */
@Repository
public class ConsentRepository {
    private final JdbcClient jdbc;

    public ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void give(long initiativeId, long citizenId, Long proxyId, ConsentScope scope) {
        jdbc.sql("""
                INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)
                VALUES (:i, :citizen, :proxy, :grantee, :scope, :now, 'Y')
                """)
                .param("i", initiativeId)
                .param("citizen", citizenId)
                .param("proxy", proxyId)
                .param("grantee", proxyId == null ? 0L : proxyId)
                .param("scope", scope.code())
                .param("now", PlanRepository.now())
                .update();
    }

    /**
     * Ends every active consent of the initiative (its citizen changed: consents are the citizen's own, so the new
     * citizen gives theirs). Returns how many ended.
     */
    int withdrawAll(long initiativeId) {
        return jdbc.sql("""
                        UPDATE plan_consent SET withdrawn_at = :now, active = NULL
                        WHERE initiative_id = :i AND active = 'Y'
                        """)
                .param("now", PlanRepository.now())
                .param("i", initiativeId)
                .update();
    }

    /** The initiatives in which the person holds an active consent to act for the citizen. */
    java.util.Set<Long> actingFor(long personId) {
        return java.util.Set.copyOf(jdbc.sql("""
                        SELECT initiative_id FROM plan_consent
                        WHERE grantee = :p AND scope = :scope AND active = 'Y'
                        """)
                .param("p", personId)
                .param("scope", ConsentScope.ACT_FOR_CITIZEN.code())
                .query(Long.class)
                .list());
    }

    /** Returns whether an active consent was withdrawn. */
    boolean withdraw(long initiativeId, Long proxyId, ConsentScope scope) {
        return jdbc.sql("""
                        UPDATE plan_consent SET withdrawn_at = :now, active = NULL
                        WHERE initiative_id = :i AND scope = :scope AND grantee = :grantee AND active = 'Y'
                        """)
                        .param("now", PlanRepository.now())
                        .param("i", initiativeId)
                        .param("scope", scope.code())
                        .param("grantee", proxyId == null ? 0L : proxyId)
                        .update()
                > 0;
    }

    boolean active(long initiativeId, Long proxyId, ConsentScope scope) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM plan_consent
                        WHERE initiative_id = :i AND scope = :scope AND grantee = :grantee AND active = 'Y'
                        """)
                        .param("i", initiativeId)
                        .param("scope", scope.code())
                        .param("grantee", proxyId == null ? 0L : proxyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every consent ever given in the initiative, newest first, withdrawn ones included. */
    public List<Consent> of(long initiativeId) {
        return jdbc.sql("""
                SELECT id, citizen_id, proxy_id, scope, given_at, withdrawn_at FROM plan_consent
                WHERE initiative_id = :i ORDER BY given_at DESC, id DESC
                """)
                .param("i", initiativeId)
                .query((rs, n) -> new Consent(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3, Long.class),
                        ConsentScope.fromCode(rs.getString(4)).orElseThrow(),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }
}
