package org.cocrea.budget;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budget projects that come from accepted proposals (budget_project.source_proposal_id). */
@Repository
class IdeaImportRepository {
    private final JdbcClient jdbc;

    IdeaImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the budget row until the transaction ends, so that two imports of one budget run one after the other. */
    void lock(long budgetId) {
        jdbc.sql("SELECT id FROM budget WHERE id = :b FOR UPDATE")
                .param("b", budgetId)
                .query(Long.class)
                .single();
    }

    List<Long> imported(long budgetId) {
        return jdbc.sql(
                        "SELECT source_proposal_id FROM budget_project WHERE budget_id = :b AND source_proposal_id IS NOT NULL")
                .param("b", budgetId)
                .query(Long.class)
                .list();
    }

    /** A project without a point or a picture. */
    void add(long budgetId, String title, String description, long costCents, String category, long proposalId) {
        add(budgetId, title, description, costCents, category, proposalId, null, null, null);
    }

    /** Throws {@code DuplicateKeyException} if the proposal is already a project of this budget. */
    void add(
            long budgetId,
            String title,
            String description,
            long costCents,
            String category,
            long proposalId,
            java.math.BigDecimal latitude,
            java.math.BigDecimal longitude,
            Long imageId) {
        jdbc.sql("""
                INSERT INTO budget_project (budget_id, position, title, description, cost_cents, category,
                    source_proposal_id, latitude, longitude, image_id)
                VALUES (:budget, (SELECT COALESCE(MAX(position), 0) + 1 FROM budget_project WHERE budget_id = :budget),
                    :title, :description, :cost, :category, :source, :latitude, :longitude, :image)
                """)
                .param("image", imageId)
                .param("budget", budgetId)
                .param("title", title)
                .param("description", description)
                .param("cost", costCents)
                .param("category", category)
                .param("source", proposalId)
                .param("latitude", latitude)
                .param("longitude", longitude)
                .update();
    }

    /** The proposal each of the budget's projects came from, by project id (projects added by hand left out). */
    java.util.Map<Long, Long> sources(long budgetId) {
        var sources = new java.util.HashMap<Long, Long>();
        jdbc.sql(
                        "SELECT id, source_proposal_id FROM budget_project WHERE budget_id = :b AND source_proposal_id IS NOT NULL")
                .param("b", budgetId)
                .query(rs -> {
                    sources.put(rs.getLong(1), rs.getLong(2));
                });
        return sources;
    }
}
