package org.cocrea.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.ballots.BallotSettings;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.voting.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The budget and budget_project tables. */
@Repository
class BudgetRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, amount_cents, currency, ballot_type, rule, min_projects, max_projects,
            opens_at, closes_at, status, eligibility, points, points_cap, min_share, facilitators_vote""";

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
            Integer minShare,
            boolean facilitatorsVote) {
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
                    null,
                    false);
        }
    }

    long create(long toolInstanceId, Settings s) {
        var keys = new GeneratedKeyHolder();
        var insert = jdbc.sql("""
                INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, min_projects,
                    max_projects, opens_at, closes_at, status, created_at, eligibility, points, points_cap, min_share,
                    facilitators_vote)
                VALUES (:instance, :amount, :currency, :type, :rule, :min, :max, :opens, :closes, 'draft', :now,
                    :eligibility, :points, :cap, :share, :facilitators)
                """).param("instance", toolInstanceId).param("now", OffsetDateTime.now(ZoneOffset.UTC));
        bind(insert, s).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long budgetId, Settings s) {
        var update = jdbc.sql("""
                UPDATE budget SET amount_cents = :amount, currency = :currency, ballot_type = :type, rule = :rule,
                    min_projects = :min, max_projects = :max, opens_at = :opens, closes_at = :closes,
                    eligibility = :eligibility, points = :points, points_cap = :cap, min_share = :share,
                    facilitators_vote = :facilitators
                WHERE id = :id
                """);
        bind(update.param("id", budgetId), s).update();
    }

    /** The settings as the statement's named parameters; the ballot tools' shared ones from {@link BallotSettings}. */
    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Settings s) {
        var common = new BallotSettings(s.eligibility(), s.facilitatorsVote(), s.opensAt(), s.closesAt());
        return statement
                .param("amount", s.amountCents())
                .param("currency", s.currency())
                .param("type", s.ballotType().code())
                .param("rule", s.rule().cliName())
                .param("min", s.minProjects())
                .param("max", s.maxProjects())
                .param("points", s.points())
                .param("cap", s.pointsCap())
                .param("share", s.minShare())
                .params(common.params());
    }

    Optional<Budget> ofInstance(long toolInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE tool_instance_id = :instance")
                .param("instance", toolInstanceId)
                .query(BudgetRepository::budget)
                .optional();
    }

    /** Moves the status forward only from the expected one ({@link Lifecycle#move}). */
    boolean setStatus(long budgetId, BallotStatus from, BallotStatus to) {
        var sql = "UPDATE budget SET status = :to WHERE id = :id AND status = :from";
        return jdbc.sql(sql).params(Lifecycle.move(budgetId, from, to)).update() == 1;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM budget").query(Long.class).single();
    }

    long addProject(long budgetId, String title, String description, long costCents, String category) {
        return addProject(budgetId, title, description, costCents, category, null);
    }

    long addProject(long budgetId, String title, String description, long costCents, String category, Long imageId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget_project (budget_id, position, title, description, cost_cents, category, image_id)
                VALUES (:budget, (SELECT COALESCE(MAX(position), 0) + 1 FROM budget_project WHERE budget_id = :budget),
                    :title, :description, :cost, :category, :image)
                """)
                .param("image", imageId)
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
                SELECT id, budget_id, position, title, description, cost_cents, category, latitude, longitude, image_id
                FROM budget_project WHERE budget_id = :budget ORDER BY position
                """)
                .param("budget", budgetId)
                .query((rs, n) -> new BudgetProject(
                        rs.getLong("id"),
                        rs.getLong("budget_id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getLong("cost_cents"),
                        rs.getString("category"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        rs.getObject("image_id", Long.class)))
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
                BallotStatus.of(rs.getString("status")),
                Eligibility.fromCode(rs.getString("eligibility")).orElseThrow(),
                rs.getObject("points", Integer.class),
                rs.getObject("points_cap", Integer.class),
                rs.getObject("min_share", Integer.class),
                rs.getBoolean("facilitators_vote"));
    }
}
