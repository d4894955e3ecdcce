package org.cocrea.budget;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budget projects that come from accepted proposals (budget_project.source_proposal_id). */
@Repository
class ProposalImportRepository {
    private final JdbcClient jdbc;

    ProposalImportRepository(JdbcClient jdbc) {
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

    /** Throws {@code DuplicateKeyException} if the proposal is already a project of this budget. */
    void add(
            long budgetId,
            String title,
            String description,
            long costCents,
            String category,
            long proposalId,
            Long imageId) {
        jdbc.sql("""
                INSERT INTO budget_project (budget_id, position, title, description, cost_cents, category,
                    source_proposal_id, image_id)
                VALUES (:budget, (SELECT COALESCE(MAX(position), 0) + 1 FROM budget_project WHERE budget_id = :budget),
                    :title, :description, :cost, :category, :source, :image)
                """)
                .param("image", imageId)
                .param("budget", budgetId)
                .param("title", title)
                .param("description", description)
                .param("cost", costCents)
                .param("category", category)
                .param("source", proposalId)
                .update();
    }
}
