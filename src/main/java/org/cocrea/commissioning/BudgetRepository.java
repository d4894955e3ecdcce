package org.cocrea.commissioning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.voting.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The budget and budget_project tables. */
@Repository
class BudgetRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, amount_cents, currency, ballot_type, rule, min_projects, max_projects,
            opens_at, closes_at, status, eligibility, points, points_cap, min_share""";

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings a facilitator chooses. */
    record Settings(
            long amountCents,
            String currency,
            BallotType ballotType,
            Rule rule,
            Integer minProjects,
            Integer maxProjects,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            Eligibility eligibility,
            Integer points,
            Integer pointsCap,
            Integer minShare) {
        Settings(
                long amountCents,
                String currency,
                BallotType ballotType,
                Rule rule,
                Integer minProjects,
                Integer maxProjects,
                OffsetDateTime opensAt,
                OffsetDateTime closesAt) {
            this(
                    amountCents,
                    currency,
                    ballotType,
                    rule,
                    minProjects,
                    maxProjects,
                    opensAt,
                    closesAt,
                    Eligibility.MEMBERS,
                    null,
                    null,
                    null);
        }
    }

    long create(long toolInstanceId, Settings s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, min_projects,
                    max_projects, opens_at, closes_at, status, created_at, eligibility, points, points_cap, min_share)
                VALUES (:instance, :amount, :currency, :type, :rule, :min, :max, :opens, :closes, 'draft', :now,
                    :eligibility, :points, :cap, :share)
                """)
                .param("instance", toolInstanceId)
                .params(params(s))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long budgetId, Settings s) {
        jdbc.sql("""
                UPDATE budget SET amount_cents = :amount, currency = :currency, ballot_type = :type, rule = :rule,
                    min_projects = :min, max_projects = :max, opens_at = :opens, closes_at = :closes,
                    eligibility = :eligibility, points = :points, points_cap = :cap, min_share = :share
                WHERE id = :id
                """).param("id", budgetId).params(params(s)).update();
    }

    private static java.util.Map<String, Object> params(Settings s) {
        var map = new java.util.HashMap<String, Object>();
        map.put("amount", s.amountCents());
        map.put("currency", s.currency());
        map.put("type", s.ballotType().code());
        map.put("rule", s.rule().cliName());
        map.put("min", s.minProjects());
        map.put("max", s.maxProjects());
        map.put("opens", s.opensAt());
        map.put("closes", s.closesAt());
        map.put("eligibility", s.eligibility().code());
        map.put("points", s.points());
        map.put("cap", s.pointsCap());
        map.put("share", s.minShare());
        return map;
    }

    /** Moves the status forward only from the expected one, so two facilitators cannot race a change. */
    boolean setStatus(long budgetId, BudgetStatus from, BudgetStatus to) {
        return jdbc.sql("UPDATE budget SET status = :to WHERE id = :id AND status = :from")
                        .param("id", budgetId)
                        .param("from", from.code())
                        .param("to", to.code())
                        .update()
                == 1;
    }

    Optional<Budget> ofInstance(long toolInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE tool_instance_id = :instance")
                .param("instance", toolInstanceId)
                .query(BudgetRepository::budget)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM budget").query(Long.class).single();
    }

    long addProject(long budgetId, String title, String description, long costCents, String category) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget_project (budget_id, position, title, description, cost_cents, category)
                VALUES (:budget, (SELECT COALESCE(MAX(position), 0) + 1 FROM budget_project WHERE budget_id = :budget),
                    :title, :description, :cost, :category)
                """)
                .param("budget", budgetId)
                .param("title", title)
                .param("description", description)
                .param("cost", costCents)
                .param("category", category)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<BudgetProject> projects(long budgetId) {
        return jdbc.sql("""
                SELECT id, budget_id, position, title, description, cost_cents, category FROM budget_project
                WHERE budget_id = :budget ORDER BY position
                """)
                .param("budget", budgetId)
                .query((rs, n) -> new BudgetProject(
                        rs.getLong("id"),
                        rs.getLong("budget_id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getLong("cost_cents"),
                        rs.getString("category")))
                .list();
    }

    private static Budget budget(ResultSet rs, int n) throws SQLException {
        return new Budget(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                rs.getLong("amount_cents"),
                rs.getString("currency").trim(),
                BallotType.fromCode(rs.getString("ballot_type")).orElseThrow(),
                Rule.fromName(rs.getString("rule")).orElseThrow(),
                rs.getObject("min_projects", Integer.class),
                rs.getObject("max_projects", Integer.class),
                rs.getObject("opens_at", OffsetDateTime.class),
                rs.getObject("closes_at", OffsetDateTime.class),
                BudgetStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                Eligibility.fromCode(rs.getString("eligibility")).orElseThrow(),
                rs.getObject("points", Integer.class),
                rs.getObject("points_cap", Integer.class),
                rs.getObject("min_share", Integer.class));
    }
}
