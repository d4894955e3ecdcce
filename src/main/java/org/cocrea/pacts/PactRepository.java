package org.cocrea.pacts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The pact, pact_party, pact_signature and pact_report tables (V19_2). */
@Repository
class PactRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, initiative_id, state, complex, title, good_kind, good_description, geometry_kind,
            geometry, objectives, actions, starts_on, ends_on, renewal, provides_materials, provides_training,
            provides_insurance, provides_spaces, provides_exemptions, provides_text, report_every_months, safety,
            suspension, text_sha256, created_by, created_at, office_approved_at, act_number, act_date, activated_at,
            state_reason, state_changed_at
            """;

    private final JdbcClient jdbc;

    PactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Pact row(ResultSet rs, int n) throws SQLException {
        var provides = new ArrayList<String>();
        for (String p : Pact.PROVISIONS) {
            if (rs.getBoolean("provides_" + p)) {
                provides.add(p);
            }
        }
        return new Pact(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                rs.getLong("initiative_id"),
                rs.getString("state"),
                new PactTerms(
                        rs.getBoolean("complex"),
                        rs.getString("title"),
                        rs.getString("good_kind"),
                        rs.getString("good_description"),
                        rs.getString("geometry_kind"),
                        rs.getString("geometry"),
                        rs.getString("objectives"),
                        rs.getString("actions"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("renewal"),
                        List.copyOf(provides),
                        rs.getString("provides_text"),
                        rs.getInt("report_every_months"),
                        rs.getString("safety"),
                        rs.getString("suspension")),
                rs.getString("text_sha256").strip(),
                rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("office_approved_at", OffsetDateTime.class),
                rs.getString("act_number"),
                rs.getObject("act_date", LocalDate.class),
                rs.getObject("activated_at", OffsetDateTime.class),
                rs.getString("state_reason"),
                rs.getObject("state_changed_at", OffsetDateTime.class));
    }

    long insert(long instance, long initiative, PactRules.Draft d, String state, long by, OffsetDateTime now) {
        var c = d.content();
        var key = new GeneratedKeyHolder();
        spec("""
                INSERT INTO pact (tool_instance_id, initiative_id, state, complex, title, good_kind, good_description,
                    geometry_kind, geometry, min_lon, min_lat, max_lon, max_lat, objectives, actions, starts_on,
                    ends_on, renewal, provides_materials, provides_training, provides_insurance, provides_spaces,
                    provides_exemptions, provides_text, report_every_months, safety, suspension, text_sha256,
                    created_by, created_at, updated_at)
                VALUES (:instance, :initiative, :state, :complex, :title, :goodKind, :goodDescription, :geometryKind,
                    :geometry, :minLon, :minLat, :maxLon, :maxLat, :objectives, :actions, :startsOn, :endsOn,
                    :renewal, :materials, :training, :insurance, :spaces, :exemptions, :providesText, :every,
                    :safety, :suspension, :sha, :by, :now, :now)
                """, d)
                .param("instance", instance)
                .param("initiative", initiative)
                .param("state", state)
                .param("by", by)
                .param("now", now)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (Party p : c.parties()) {
            insertParty(id, p);
        }
        return id;
    }

    /** The parts of a pact, the same for an insert and an update. */
    private JdbcClient.StatementSpec spec(String sql, PactRules.Draft d) {
        var c = d.content().terms();
        var g = d.geometry();
        return jdbc.sql(sql)
                .param("complex", c.complex())
                .param("title", c.title())
                .param("goodKind", c.goodKind())
                .param("goodDescription", c.goodDescription())
                .param("geometryKind", c.geometryKind())
                .param("geometry", c.geometry())
                .param("minLon", g.minLon())
                .param("minLat", g.minLat())
                .param("maxLon", g.maxLon())
                .param("maxLat", g.maxLat())
                .param("objectives", c.objectives())
                .param("actions", c.actions())
                .param("startsOn", c.startsOn())
                .param("endsOn", c.endsOn())
                .param("renewal", c.renewal())
                .param("materials", c.provides().contains("materials"))
                .param("training", c.provides().contains("training"))
                .param("insurance", c.provides().contains("insurance"))
                .param("spaces", c.provides().contains("spaces"))
                .param("exemptions", c.provides().contains("exemptions"))
                .param("providesText", c.providesText())
                .param("every", c.reportEveryMonths())
                .param("safety", c.safety())
                .param("suspension", c.suspension())
                .param("sha", PactText.sha256(d.content()));
    }

    private void insertParty(long pact, Party p) {
        jdbc.sql("""
                INSERT INTO pact_party (pact_id, person_id, role, person_name, body_name)
                VALUES (:pact, :person, :role, :name, :body)
                """)
                .param("pact", pact)
                .param("person", p.personId())
                .param("role", p.role())
                .param("name", p.personName())
                .param("body", p.bodyName())
                .update();
    }

    /**
     * A new text: the parts and the parties. A party who stays keeps their row and so their signatures, which no
     * longer match the new hash; one who is no longer a party is removed with their signatures.
     */
    void update(long id, PactRules.Draft d, OffsetDateTime now) {
        spec("""
                UPDATE pact SET complex = :complex, title = :title, good_kind = :goodKind,
                    good_description = :goodDescription, geometry_kind = :geometryKind, geometry = :geometry,
                    min_lon = :minLon, min_lat = :minLat, max_lon = :maxLon, max_lat = :maxLat,
                    objectives = :objectives, actions = :actions, starts_on = :startsOn, ends_on = :endsOn,
                    renewal = :renewal, provides_materials = :materials, provides_training = :training,
                    provides_insurance = :insurance, provides_spaces = :spaces, provides_exemptions = :exemptions,
                    provides_text = :providesText, report_every_months = :every, safety = :safety,
                    suspension = :suspension, text_sha256 = :sha, updated_at = :now
                WHERE id = :id
                """, d).param("id", id).param("now", now).update();
        var after = d.content().parties();
        var before = parties(List.of(id)).getOrDefault(id, List.of());
        for (Party old : before) {
            if (after.stream().noneMatch(p -> p.personId() == old.personId())) {
                jdbc.sql("DELETE FROM pact_party WHERE pact_id = :p AND person_id = :person")
                        .param("p", id)
                        .param("person", old.personId())
                        .update();
            }
        }
        for (Party p : after) {
            if (before.stream().anyMatch(old -> old.personId() == p.personId())) {
                jdbc.sql("""
                        UPDATE pact_party SET role = :role, person_name = :name, body_name = :body
                        WHERE pact_id = :p AND person_id = :person
                        """)
                        .param("p", id)
                        .param("person", p.personId())
                        .param("role", p.role())
                        .param("name", p.personName())
                        .param("body", p.bodyName())
                        .update();
            } else {
                insertParty(id, p);
            }
        }
    }

    Optional<Pact> find(long instance, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pact WHERE id = :id AND tool_instance_id = :i")
                .param("id", id)
                .param("i", instance)
                .query(PactRepository::row)
                .optional();
    }

    /** The pact with its row locked until the transaction ends: every change of state or signature takes it. */
    Optional<Pact> lock(long instance, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pact WHERE id = :id AND tool_instance_id = :i FOR UPDATE")
                .param("id", id)
                .param("i", instance)
                .query(PactRepository::row)
                .optional();
    }

    /**
     * The pacts of an instance for the register: published ones, and the drafts of {@code draftsOf} (or every draft
     * when null and {@code allDrafts}); filtered by state and kind of good when given.
     */
    List<Pact> of(long instance, String state, String kind, Long draftsOf, boolean allDrafts) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM pact WHERE tool_instance_id = :i
                  AND (state <> 'draft' OR :all = TRUE OR created_by = :me)
                  AND (:state = '' OR state = :state) AND (:kind = '' OR good_kind = :kind)
                ORDER BY id DESC
                """)
                .param("i", instance)
                .param("all", allDrafts)
                .param("me", draftsOf == null ? -1L : draftsOf)
                .param("state", state)
                .param("kind", kind)
                .query(PactRepository::row)
                .list();
    }

    /** Published pacts of every instance, newest first, at most {@code limit}; the caller keeps the public ones. */
    List<Pact> published(String state, String kind, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM pact WHERE state <> 'draft'
                  AND (:state = '' OR state = :state) AND (:kind = '' OR good_kind = :kind)
                ORDER BY id DESC LIMIT :limit
                """)
                .param("state", state)
                .param("kind", kind)
                .param("limit", limit)
                .query(PactRepository::row)
                .list();
    }

    /** The parties of these pacts, by pact, in one statement. */
    Map<Long, List<Party>> parties(Collection<Long> pacts) {
        var result = new LinkedHashMap<Long, List<Party>>();
        if (pacts.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT pact_id, person_id, role, person_name, body_name FROM pact_party
                WHERE pact_id IN (:ids) ORDER BY pact_id, CASE role WHEN 'citizen' THEN 1 WHEN 'association' THEN 2
                    ELSE 3 END, person_id
                """)
                .param("ids", List.copyOf(pacts))
                .query((rs, n) -> {
                    result.computeIfAbsent(rs.getLong("pact_id"), k -> new ArrayList<>())
                            .add(new Party(
                                    rs.getLong("person_id"),
                                    rs.getString("role"),
                                    rs.getString("person_name"),
                                    rs.getString("body_name")));
                    return null;
                })
                .list();
        return result;
    }

    /** Every signature of a pact, oldest first, each marked against the hash {@code current}. */
    List<PactSignature> signatures(long pact, String current) {
        return jdbc.sql("""
                SELECT person_id, content_sha256, signed_at FROM pact_signature WHERE pact_id = :p
                ORDER BY signed_at, id
                """)
                .param("p", pact)
                .query((rs, n) -> {
                    String hash = rs.getString("content_sha256").strip();
                    return new PactSignature(
                            rs.getLong("person_id"),
                            hash,
                            rs.getObject("signed_at", OffsetDateTime.class),
                            hash.equals(current));
                })
                .list();
    }

    /** Stores a signature; false when this party already signed this very text (the UNIQUE constraint says so). */
    boolean sign(long pact, long person, String sha256, OffsetDateTime now) {
        try {
            jdbc.sql("""
                    INSERT INTO pact_signature (pact_id, person_id, content_sha256, signed_at)
                    VALUES (:p, :person, :sha, :now)
                    """)
                    .param("p", pact)
                    .param("person", person)
                    .param("sha", sha256)
                    .param("now", now)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Moves the state from {@code from} only: of two racing changes, one wins. */
    boolean state(long id, String from, String to, String reason, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE pact SET state = :to, state_reason = :reason, state_changed_at = :now,
                            activated_at = CASE WHEN :to = 'active' AND activated_at IS NULL THEN :now
                                ELSE activated_at END
                        WHERE id = :id AND state = :from
                        """)
                        .param("id", id)
                        .param("from", from)
                        .param("to", to)
                        .param("reason", reason)
                        .param("now", now)
                        .update()
                == 1;
    }

    void officeApproval(long id, long by, OffsetDateTime now) {
        jdbc.sql("UPDATE pact SET office_approved_by = :by, office_approved_at = :now WHERE id = :id")
                .param("id", id)
                .param("by", by)
                .param("now", now)
                .update();
    }

    void act(long id, String number, LocalDate date) {
        jdbc.sql("UPDATE pact SET act_number = :n, act_date = :d WHERE id = :id")
                .param("id", id)
                .param("n", number)
                .param("d", date)
                .update();
    }

    long report(
            long pact,
            long person,
            LocalDate on,
            String body,
            BigDecimal hours,
            BigDecimal materials,
            String unit,
            Long image,
            OffsetDateTime now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pact_report (pact_id, person_id, done_on, body, hours, materials, materials_unit,
                    image_id, created_at)
                VALUES (:p, :person, :on, :body, :hours, :materials, :unit, :image, :now)
                """)
                .param("p", pact)
                .param("person", person)
                .param("on", on)
                .param("body", body)
                .param("hours", hours)
                .param("materials", materials)
                .param("unit", unit)
                .param("image", image)
                .param("now", now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Report> reports(long pact) {
        return jdbc.sql("""
                SELECT id, pact_id, person_id, done_on, body, hours, materials, materials_unit, image_id, created_at
                FROM pact_report WHERE pact_id = :p ORDER BY done_on DESC, id DESC
                """)
                .param("p", pact)
                .query((rs, n) -> new Report(
                        rs.getLong("id"),
                        rs.getLong("pact_id"),
                        rs.getLong("person_id"),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("body"),
                        rs.getBigDecimal("hours"),
                        rs.getBigDecimal("materials"),
                        rs.getString("materials_unit"),
                        (Long) rs.getObject("image_id", Long.class),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** A pact waiting for a party's signature: proposed or approved, with none of theirs on its current text. */
    record Waiting(long id, long toolInstanceId, String title) {}

    List<Waiting> waiting(long person) {
        return jdbc.sql("""
                SELECT p.id, p.tool_instance_id, p.title FROM pact p
                JOIN pact_party pp ON pp.pact_id = p.id AND pp.person_id = :me
                WHERE p.state IN ('proposed', 'approved')
                  AND NOT EXISTS (SELECT 1 FROM pact_signature s WHERE s.pact_id = p.id AND s.person_id = :me
                      AND s.content_sha256 = p.text_sha256)
                ORDER BY p.id
                """)
                .param("me", person)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Approved and active pacts: the work that delivers; newest first. */
    private static final String WORK =
            "SELECT id, tool_instance_id, initiative_id, title FROM pact WHERE state IN ('approved', 'active')";

    record Work(long id, long toolInstanceId, long initiativeId, String title) {}

    List<Work> workIn(long initiative) {
        return jdbc.sql(WORK + " AND initiative_id = :i ORDER BY id DESC")
                .param("i", initiative)
                .query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    List<Work> workByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORK + " AND id IN (:ids) ORDER BY id DESC")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM pact").query(Long.class).single();
    }

    /** Hours reported per pact, for the register (one statement). */
    Map<Long, BigDecimal> hours(Collection<Long> pacts) {
        var result = new HashMap<Long, BigDecimal>();
        if (pacts.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT pact_id, SUM(hours) FROM pact_report WHERE pact_id IN (:ids) GROUP BY pact_id")
                .param("ids", List.copyOf(pacts))
                .query((rs, n) -> result.put(rs.getLong(1), rs.getBigDecimal(2)))
                .list();
        return result;
    }
}
