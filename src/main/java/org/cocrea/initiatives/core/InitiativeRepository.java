package org.cocrea.initiatives.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The initiative table with its citizen roles, objectives and timeline. */
@Repository
public class InitiativeRepository {
    private static final String COLUMNS = """
            i.id, i.title, i.summary, i.description, i.organisation_id, i.department_id, i.domain, i.level,
            i.status, i.other_objective, i.area_geojson, i.active_phase_override, i.active_cycle_override, i.created_at, i.last_activity_at,
            i.image_id, img.alt_en AS image_alt_en, img.alt_it AS image_alt_it, img.width AS image_width,
            img.height AS image_height""";

    private final JdbcClient jdbc;

    public InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored for a new or edited initiative, already validated. */
    public record Details(
            String title,
            String summary,
            String description,
            long organisationId,
            Long departmentId,
            ServiceDomain domain,
            Level level,
            Set<CitizenRole> citizenRoles,
            Set<Objective> objectives,
            String otherObjective,
            String area) {}

    public record Page(List<Initiative> items, long total) {}

    public record Cell(Level level, Phase phase, long count) {}

    public long insert(Details d, Status status, Long createdBy) {
        var keys = new GeneratedKeyHolder();
        var now = now();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, department_id, domain, level,
                    status, other_objective, area_geojson, search_text, created_by, created_at, last_activity_at)
                VALUES (:title, :summary, :description, :org, :dept, :domain, :level, :status, :other, :area,
                    :search, :by, :now, :now)
                """)
                .params(params(d))
                .param("status", status.code())
                .param("by", createdBy)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertCodes(id, d);
        return id;
    }

    /** Stores an edit; the organisation and the level are never changed (see {@link InitiativeService#update}). */
    void update(long id, Details d) {
        jdbc.sql("""
                UPDATE initiative SET title = :title, summary = :summary, description = :description,
                    department_id = :dept, domain = :domain, other_objective = :other,
                    area_geojson = :area, search_text = :search, last_activity_at = :now
                WHERE id = :id
                """).params(params(d)).param("id", id).param("now", now()).update();
        jdbc.sql("DELETE FROM initiative_citizen_role WHERE initiative_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM initiative_objective WHERE initiative_id = :id")
                .param("id", id)
                .update();
        insertCodes(id, d);
    }

    private static Map<String, Object> params(Details d) {
        var p = new HashMap<String, Object>();
        p.put("title", d.title());
        p.put("summary", d.summary());
        p.put("description", d.description() == null ? "" : d.description());
        p.put("org", d.organisationId());
        p.put("dept", d.departmentId());
        p.put("domain", d.domain().code());
        p.put("level", d.level().code());
        p.put("other", d.otherObjective());
        p.put("area", d.area());
        p.put("search", SearchText.of(d.title(), d.summary()));
        return p;
    }

    private void insertCodes(long id, Details d) {
        for (CitizenRole role : d.citizenRoles()) {
            jdbc.sql("INSERT INTO initiative_citizen_role (initiative_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.code())
                    .update();
        }
        for (Objective objective : d.objectives()) {
            jdbc.sql("INSERT INTO initiative_objective (initiative_id, objective) VALUES (:id, :objective)")
                    .param("id", id)
                    .param("objective", objective.code())
                    .update();
        }
    }

    /** Moves the status from {@code from} to {@code to} only if nobody moved it meanwhile; returns whether it did. */
    boolean setStatus(long id, Status from, Status to) {
        return jdbc.sql("UPDATE initiative SET status = :to, last_activity_at = :now WHERE id = :id AND status = :from")
                        .param("to", to.code())
                        .param("from", from.code())
                        .param("now", now())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The facilitator's choice of active phase and the cycle it belongs to; nulls let the dates decide. */
    void setOverride(long id, Phase phase, Integer cycle) {
        jdbc.sql("UPDATE initiative SET active_phase_override = :phase, active_cycle_override = :cycle,"
                        + " last_activity_at = :now WHERE id = :id")
                .param("phase", phase == null ? null : phase.code())
                .param("cycle", phase == null ? null : cycle)
                .param("now", now())
                .param("id", id)
                .update();
    }

    public Optional<Phase> announcedPhase(long id) {
        return jdbc.sql("SELECT announced_phase FROM initiative WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .flatMap(Phase::fromCode);
    }

    void setAnnounced(long id, Phase phase) {
        jdbc.sql("UPDATE initiative SET announced_phase = :phase WHERE id = :id")
                .param("phase", phase == null ? null : phase.code())
                .param("id", id)
                .update();
    }

    /**
     * Moves the announced phase from {@code from} to {@code to} only if nobody moved it meanwhile; returns
     * whether this caller did, so that of two nodes (or a page and the clock) only one tells the followers.
     */
    public boolean markAnnounced(long id, Phase from, Phase to) {
        String unchanged = from == null ? "announced_phase IS NULL" : "announced_phase = :from";
        var update = jdbc.sql("UPDATE initiative SET announced_phase = :to WHERE id = :id AND " + unchanged)
                .param("to", to.code())
                .param("id", id);
        if (from != null) {
            update = update.param("from", from.code());
        }
        return update.update() == 1;
    }

    /**
     * Locks the initiative's row until the transaction ends, so that checks over its membership (one citizen per
     * individual initiative) and the change they allow are not interleaved with another request's.
     */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM initiative WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public void touch(long id) {
        jdbc.sql("UPDATE initiative SET last_activity_at = :now WHERE id = :id")
                .param("now", now())
                .param("id", id)
                .update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single();
    }

    public List<Long> idsWithStatus(Status status) {
        return jdbc.sql("SELECT id FROM initiative WHERE status = :status ORDER BY id")
                .param("status", status.code())
                .query(Long.class)
                .list();
    }

    public Optional<Initiative> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Loads the initiatives with their codes and timelines in four queries, keeping the order of {@code ids}. */
    List<Initiative> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<CitizenRole>> roles = codes(
                "SELECT initiative_id, role FROM initiative_citizen_role WHERE initiative_id IN (:ids)",
                ids,
                c -> CitizenRole.fromCode(c).orElseThrow(),
                CitizenRole.class);
        Map<Long, Set<Objective>> objectives = codes(
                "SELECT initiative_id, objective FROM initiative_objective WHERE initiative_id IN (:ids)",
                ids,
                c -> Objective.fromCode(c).orElseThrow(),
                Objective.class);
        Map<Long, List<TimelinePhase>> timelines = new HashMap<>();
        jdbc.sql("""
                SELECT initiative_id, cycle, phase, starts_on, ends_on FROM initiative_phase
                WHERE initiative_id IN (:ids) ORDER BY cycle, starts_on
                """)
                .param("ids", ids)
                .query((rs, n) -> {
                    timelines
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TimelinePhase(
                                    rs.getInt(2),
                                    Phase.fromCode(rs.getString(3)).orElseThrow(),
                                    rs.getObject(4, java.time.LocalDate.class),
                                    rs.getObject(5, java.time.LocalDate.class)));
                    return null;
                })
                .list();
        Map<Long, Initiative> byId = jdbc
                .sql("SELECT " + COLUMNS + " FROM initiative i LEFT JOIN image img ON img.id = i.image_id"
                        + " WHERE i.id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> row(rs, roles, objectives, timelines))
                .list()
                .stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private <E extends Enum<E>> Map<Long, Set<E>> codes(
            String sql, Collection<Long> ids, Function<String, E> parse, Class<E> type) {
        Map<Long, Set<E>> result = new HashMap<>();
        jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(type))
                        .add(parse.apply(rs.getString(2))))
                .list();
        return result;
    }

    private static Initiative row(
            ResultSet rs,
            Map<Long, Set<CitizenRole>> roles,
            Map<Long, Set<Objective>> objectives,
            Map<Long, List<TimelinePhase>> timelines)
            throws SQLException {
        long id = rs.getLong("id");
        long dept = rs.getLong("department_id");
        return new Initiative(
                id,
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("description"),
                rs.getLong("organisation_id"),
                rs.wasNull() ? null : dept,
                ServiceDomain.fromCode(rs.getString("domain")).orElseThrow(),
                Level.fromCode(rs.getString("level")).orElseThrow(),
                Status.fromCode(rs.getString("status")).orElseThrow(),
                roles.getOrDefault(id, Set.of()),
                objectives.getOrDefault(id, Set.of()),
                rs.getString("other_objective"),
                rs.getString("area_geojson"),
                Phase.fromCode(rs.getString("active_phase_override")).orElse(null),
                rs.getObject("active_cycle_override", Integer.class),
                timelines.getOrDefault(id, List.of()),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_activity_at", OffsetDateTime.class),
                cover(rs));
    }

    /** The cover read with the initiative (no statement of its own), or null. */
    private static org.cocrea.platform.Picture cover(ResultSet rs) throws SQLException {
        Long image = rs.getObject("image_id", Long.class);
        return image == null
                ? null
                : org.cocrea.platform.Picture.of(
                        image,
                        rs.getString("image_alt_en"),
                        rs.getString("image_alt_it"),
                        rs.getInt("image_width"),
                        rs.getInt("image_height"));
    }

    /** The initiative's cover image (platform.Images), or none. */
    public void setImage(long id, Long imageId) {
        jdbc.sql("UPDATE initiative SET image_id = :image WHERE id = :id")
                .param("image", imageId)
                .param("id", id)
                .update();
    }

    /** One page of the initiatives {@code viewer} may see, most recently active first. */
    public Page search(InitiativeFilter filter, Viewer viewer, int page, int size) {
        var where = new Where(filter, viewer);
        long total = jdbc.sql("SELECT COUNT(*) FROM initiative i WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT i.id FROM initiative i WHERE " + where.sql
                        + " ORDER BY i.last_activity_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Long.class)
                .list();
        return new Page(findAll(ids), total);
    }

    /**
     * Counts per level and phase; an initiative counts in every phase of its timeline. Counts include
     * initiatives the viewer may not open (group and individual ones), but never drafts, whatever the filter.
     */
    public List<Cell> typology(InitiativeFilter filter) {
        var where = new Where(filter, null);
        var counts = new HashMap<String, Long>();
        // One scan of initiative, reading the phase flags that TimelineRepository keeps in step with the timeline.
        jdbc.sql("""
                        SELECT i.level,
                            SUM(CASE WHEN i.in_co_commissioning THEN 1 ELSE 0 END),
                            SUM(CASE WHEN i.in_co_design THEN 1 ELSE 0 END),
                            SUM(CASE WHEN i.in_co_delivery THEN 1 ELSE 0 END),
                            SUM(CASE WHEN i.in_co_assessment THEN 1 ELSE 0 END)
                        FROM initiative i WHERE """ + " " + where.sql + " GROUP BY i.level")
                .params(where.params)
                .query((rs, n) -> {
                    for (Phase phase : Phase.values()) {
                        counts.put(rs.getString(1) + "/" + phase.code(), rs.getLong(2 + phase.ordinal()));
                    }
                    return null;
                })
                .list();
        var cells = new ArrayList<Cell>();
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                cells.add(new Cell(level, phase, counts.getOrDefault(level.code() + "/" + phase.code(), 0L)));
            }
        }
        return cells;
    }

    /** A typology cell as one viewer finds it: how many they may see (the list's rows) and how many are private. */
    public record ViewerCell(Level level, Phase phase, long visible, long hidden) {}

    /**
     * Counts per level and phase as {@code viewer} finds them: {@code visible} counts with exactly the conditions
     * of {@link #search} (the list behind a cell shows that many rows, their own drafts included), {@code hidden}
     * the published initiatives of the cell they may not open (group and individual ones), as a number only.
     */
    public List<ViewerCell> typology(InitiativeFilter filter, Viewer viewer) {
        var where = new Where(filter, null, false);
        String visible = where.visible(viewer);
        var sums = new StringBuilder();
        for (String seen : List.of(visible, "NOT " + visible + " AND i.status <> 'draft'")) {
            for (Phase phase : Phase.values()) {
                sums.append(", SUM(CASE WHEN ")
                        .append(seen)
                        .append(" AND ")
                        .append(phaseFlag(phase))
                        .append(" THEN 1 ELSE 0 END)");
            }
        }
        var counts = new HashMap<String, long[]>();
        jdbc.sql("SELECT i.level" + sums + " FROM initiative i WHERE " + where.sql + " GROUP BY i.level")
                .params(where.params)
                .query((rs, n) -> {
                    for (Phase phase : Phase.values()) {
                        int k = phase.ordinal();
                        counts.put(rs.getString(1) + "/" + phase.code(), new long[] {
                            rs.getLong(2 + k), rs.getLong(2 + Phase.values().length + k)
                        });
                    }
                    return null;
                })
                .list();
        var cells = new ArrayList<ViewerCell>();
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                long[] c = counts.getOrDefault(level.code() + "/" + phase.code(), new long[2]);
                cells.add(new ViewerCell(level, phase, c[0], c[1]));
            }
        }
        return cells;
    }

    /** One initiative of the administrators' list, with whether the administrator may read it. */
    public record Known(Initiative initiative, boolean visible) {}

    public record KnownPage(List<Known> items, long total) {}

    /**
     * One page of every initiative, drafts included, newest first, for the administrators' list: admins may know
     * that each exists ({@link Access#mayKnow}), and {@code visible} says which ones {@code viewer} may also read.
     * A text query matches only initiatives the viewer may read, so that searching cannot reveal words of a
     * title they may not see.
     */
    public KnownPage known(InitiativeFilter filter, Viewer viewer, int page, int size) {
        boolean searching = !SearchText.words(filter.query()).isEmpty();
        var where = new Where(filter, searching ? viewer : null, false);
        long total = jdbc.sql("SELECT COUNT(*) FROM initiative i WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT i.id FROM initiative i WHERE " + where.sql
                        + " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Long.class)
                .list();
        var visible = visibleAmong(ids, viewer);
        return new KnownPage(
                findAll(ids).stream()
                        .map(i -> new Known(i, visible.contains(i.id())))
                        .toList(),
                total);
    }

    /** Those of {@code ids} (initiatives) that {@code viewer} may read, in one query. */
    public Set<Long> visibleAmong(Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var where = new Where(InitiativeFilter.none(), viewer, false);
        return Set.copyOf(jdbc.sql("SELECT i.id FROM initiative i WHERE i.id IN (:ids) AND " + where.sql)
                .params(where.params)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    /** Those of the initiatives {@code ids} {@code viewer} may read, in one query. */
    public Set<Long> visibleInitiatives(Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var where = new Where(InitiativeFilter.none(), viewer, false);
        return Set.copyOf(jdbc.sql("SELECT i.id FROM initiative i WHERE i.id IN (:ids) AND " + where.sql)
                .params(where.params)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    /** Those of the tool instances {@code ids} whose initiative {@code viewer} may read, in one query. */
    public Set<Long> visibleToolInstances(Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var where = new Where(InitiativeFilter.none(), viewer, false);
        return Set.copyOf(jdbc.sql("SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id"
                        + " WHERE t.id IN (:ids) AND " + where.sql)
                .params(where.params)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    /** How many initiatives have each status, drafts included: counts only, for the platform statistics. */
    public Map<Status, Long> countByStatus() {
        var counts = new java.util.EnumMap<Status, Long>(Status.class);
        jdbc.sql("SELECT status, COUNT(*) FROM initiative GROUP BY status")
                .query((rs, n) -> counts.put(Status.fromCode(rs.getString(1)).orElseThrow(), rs.getLong(2)))
                .list();
        return counts;
    }

    /** The WHERE clause of a filter; with a viewer, only what they may see (the rules of {@link Access}, in SQL). */
    private static final class Where {
        final Map<String, Object> params = new HashMap<>();
        final String sql;

        Where(InitiativeFilter f, Viewer viewer) {
            this(f, viewer, viewer == null);
        }

        /** With {@code withoutDrafts}, never drafts (the typology counts them for nobody). */
        Where(InitiativeFilter f, Viewer viewer, boolean withoutDrafts) {
            var parts = new ArrayList<String>();
            if (f.level() != null) {
                parts.add("i.level = :level");
                params.put("level", f.level().code());
            }
            if (f.phase() != null) {
                // The phase flag TimelineRepository keeps in step with the timeline: the typology counts with the
                // same column, so a cell's count and the list behind it can never differ.
                parts.add(phaseFlag(f.phase()));
            }
            if (f.domain() != null) {
                parts.add("i.domain = :domain");
                params.put("domain", f.domain().code());
            }
            if (f.objective() != null) {
                parts.add("EXISTS (SELECT 1 FROM initiative_objective fo WHERE fo.initiative_id = i.id"
                        + " AND fo.objective = :objective)");
                params.put("objective", f.objective().code());
            }
            if (f.role() != null) {
                parts.add("EXISTS (SELECT 1 FROM initiative_citizen_role fr WHERE fr.initiative_id = i.id"
                        + " AND fr.role = :role)");
                params.put("role", f.role().code());
            }
            if (f.organisationId() != null) {
                parts.add("i.organisation_id = :org");
                params.put("org", f.organisationId());
            }
            if (f.status() != null) {
                parts.add("i.status = :status");
                params.put("status", f.status().code());
            }
            if (withoutDrafts) {
                parts.add("i.status <> 'draft'"); // the typology counts for everyone, so never drafts
            }
            // Every word of the query, in any order, somewhere in the folded title and summary.
            var words = SearchText.words(f.query());
            for (int w = 0; w < words.size(); w++) {
                parts.add("i.search_text LIKE :q" + w + " ESCAPE '\\'");
                params.put("q" + w, SearchText.containing(words.get(w)));
            }
            if (viewer != null) {
                parts.add(visible(viewer));
            }
            sql = parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
        }

        String visible(Viewer viewer) {
            String pub = "(i.level = 'collective' AND i.status <> 'draft')";
            if (viewer.personId() == null) {
                return pub;
            }
            params.put("me", viewer.personId());
            // A proxy sees the initiative only while its citizen consents to them acting (Initiatives#role).
            String proxy = "vm.role <> 'proxy'";
            if (!viewer.actingFor().isEmpty()) {
                params.put("acting", viewer.actingFor());
                proxy = "(" + proxy + " OR vm.initiative_id IN (:acting))";
            }
            String member = "EXISTS (SELECT 1 FROM initiative_member vm WHERE vm.initiative_id = i.id"
                    + " AND vm.person_id = :me AND " + proxy + ")";
            return "(" + pub + " OR " + member + ")";
        }
    }

    /** The column saying an initiative has the phase on its timeline (from the enum's code, never from input). */
    private static String phaseFlag(Phase phase) {
        return "i.in_" + phase.code().replace('-', '_');
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
