package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;

class IdeaImportRepositoryTest {
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aProposalBecomesAProjectOfABudgetOnlyOnce(TestDatabase db) {
        var budgets = new BudgetRepository(db.jdbc());
        var projects = new IdeaImportRepository(db.jdbc());
        long instance = BudgetRepositoryTest.toolInstance(db.jdbc());
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        budgets.addProject(budget, "Typed by a facilitator", "", 1_000_00L, null);
        budgets.addProject(budget, "Another one", "", 1_000_00L, null);
        projects.lock(budget);
        projects.add(budget, "Lanes", "From a proposal", 60_000_00L, "mobility", 41L);
        projects.add(budget, "Racks", "", 5_000_00L, null, 42L);
        assertThatThrownBy(() -> projects.add(budget, "Lanes again", "", 60_000_00L, null, 41L))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(projects.imported(budget)).containsExactlyInAnyOrder(41L, 42L);
        assertThat(budgets.projects(budget))
                .extracting(BudgetProject::title)
                .containsExactly("Typed by a facilitator", "Another one", "Lanes", "Racks");
    }
}
