package org.cocrea.plans.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.PlanContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_version and plan_signature tables; rows are only ever inserted. */
@Repository
public class PlanRepository {
    private static final String VERSION_COLUMNS = """
            tool_instance_id, version_no, author_id, created_at, objectives, services, providers, case_manager,
            resources, economic, evaluation, review_date""";

    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the next version; two concurrent writers collide on the unique (plan, version) constraint. */
    public int addVersion(long instance, Long authorId, PlanContent c) {
        int next = latestNumber(instance) + 1;
        jdbc.sql("INSERT INTO plan_version (" + VERSION_COLUMNS + """
                        ) VALUES (:instance, :no, :author, :now, :objectives, :services, :providers, :caseManager,
                            :resources, :economic, :evaluation, :reviewDate)
                        """)
                .param("instance", instance)
                .param("no", next)
                .param("author", authorId)
                .param("now", now())
                .param("objectives", c.objectives())
                .param("services", c.services())
                .param("providers", c.providers())
                .param("caseManager", c.caseManager())
                .param("resources", c.resources())
                .param("economic", c.economic())
                .param("evaluation", c.evaluation())
                .param("reviewDate", c.reviewDate())
                .update();
        return next;
    }

    public int latestNumber(long instance) {
        return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Integer.class)
                .single();
    }

    public Optional<PlanVersion> version(long instance, int number) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM plan_version WHERE tool_instance_id = :i AND version_no = :no")
                .param("i", instance)
                .param("no", number)
                .query(PlanRepository::version)
                .optional();
    }

    public Optional<PlanVersion> latest(long instance) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM plan_version WHERE tool_instance_id = :i ORDER BY version_no DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("i", instance)
                .query(PlanRepository::version)
                .optional();
    }

    /** Newest first, without content: the history list needs only who and when. */
    List<PlanVersion> history(long instance) {
        return history(instance, Integer.MAX_VALUE, 0);
    }

    /** One page of the history, newest first, so years of versions never load at once. */
    List<PlanVersion> history(long instance, int limit, int offset) {
        return jdbc.sql("""
                SELECT version_no, author_id, created_at FROM plan_version
                WHERE tool_instance_id = :i ORDER BY version_no DESC
                OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY
                """)
                .param("i", instance)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new PlanVersion(
                        instance,
                        rs.getInt("version_no"),
                        (Long) rs.getObject("author_id", Long.class),
                        rs.getObject("created_at", OffsetDateTime.class),
                        null))
                .list();
    }

    public void sign(long instance, int version, long signerId, MemberRole role, String sha256) {
        jdbc.sql("""
                INSERT INTO plan_signature (tool_instance_id, version_no, signer_id, signer_role, signed_at,
                    content_sha256)
                VALUES (:i, :no, :signer, :role, :now, :hash)
                """)
                .param("i", instance)
                .param("no", version)
                .param("signer", signerId)
                .param("role", role.code())
                .param("now", now())
                .param("hash", sha256)
                .update();
    }

    /** Who signed which version, without checking hashes: enough to mark signed versions in a list. */
    List<Signature> signedVersions(long instance) {
        return jdbc.sql("""
                SELECT version_no, signer_id, signer_role, signed_at, content_sha256 FROM plan_signature
                WHERE tool_instance_id = :i ORDER BY version_no DESC, signed_at, id
                """)
                .param("i", instance)
                .query((rs, n) -> new Signature(
                        rs.getInt(1),
                        rs.getLong(2),
                        MemberRole.fromCode(rs.getString(3)).orElseThrow(),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5).trim(),
                        false))
                .list();
    }

    /**
     * Every signature with whether it still matches: the hash is recomputed from the stored version, so a
     * change made behind the application's back shows as a broken signature.
     */
    public List<Signature> signatures(long instance) {
        record Row(int version, long signer, String role, OffsetDateTime at, String hash) {}
        var rows = jdbc.sql("""
                SELECT version_no, signer_id, signer_role, signed_at, content_sha256 FROM plan_signature
                WHERE tool_instance_id = :i ORDER BY version_no DESC, signed_at, id
                """)
                .param("i", instance)
                .query((rs, n) -> new Row(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5).trim()))
                .list();
        // The signed versions' hashes are recomputed from one query, not one query per version.
        var hashes = new java.util.HashMap<Integer, String>();
        jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE tool_instance_id = :i AND version_no IN"
                        + " (SELECT version_no FROM plan_signature WHERE tool_instance_id = :i)")
                .param("i", instance)
                .query(PlanRepository::version)
                .list()
                .forEach(v -> hashes.put(v.version(), v.content().sha256()));
        return rows.stream()
                .map(r -> new Signature(
                        r.version(),
                        r.signer(),
                        MemberRole.fromCode(r.role()).orElseThrow(),
                        r.at(),
                        r.hash(),
                        r.hash().equals(hashes.getOrDefault(r.version(), ""))))
                .toList();
    }

    private static PlanVersion version(ResultSet rs, int n) throws SQLException {
        var content = new PlanContent(
                rs.getString("objectives"),
                rs.getString("services"),
                rs.getString("providers"),
                rs.getString("case_manager"),
                rs.getString("resources"),
                rs.getString("economic"),
                rs.getString("evaluation"),
                rs.getObject("review_date", LocalDate.class));
        return new PlanVersion(
                rs.getLong("tool_instance_id"),
                rs.getInt("version_no"),
                (Long) rs.getObject("author_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class),
                content);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The latest version of a plan, when the person has not signed it. */
    public record Unsigned(long toolInstanceId, int version, java.time.OffsetDateTime createdAt) {}

    /** For the personal home, in one statement: of these plans, the latest versions the person has not signed. */
    public List<Unsigned> unsignedLatest(long personId, java.util.Collection<Long> instanceIds) {
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT v.tool_instance_id, v.version_no, v.created_at FROM plan_version v
                        WHERE v.tool_instance_id IN (:ids)
                            AND v.version_no = (SELECT MAX(w.version_no) FROM plan_version w
                                WHERE w.tool_instance_id = v.tool_instance_id)
                            AND NOT EXISTS (SELECT 1 FROM plan_signature s WHERE s.tool_instance_id = v.tool_instance_id
                                AND s.version_no = v.version_no AND s.signer_id = :me)
                        ORDER BY v.created_at
                        """)
                .param("ids", instanceIds)
                .param("me", personId)
                .query((rs, n) ->
                        new Unsigned(rs.getLong(1), rs.getInt(2), rs.getObject(3, java.time.OffsetDateTime.class)))
                .list();
    }
}
