package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo seeds run in the order of the module graph, and the demo they make is loaded. */
@WebTest
class DemoSeedsTest {
    @Autowired
    DemoSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsFollowTheModuleDependencyGraph() {
        var names = seeds.ordered().stream()
                .map(s -> AopUtils.getTargetClass(s).getSimpleName())
                .toList();
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "AccountsDemoData",
                        "InitiativesDemoData",
                        "CoverImagesDemo",
                        "IdeasDemoData",
                        "UpdatesDemoData",
                        "BudgetDemoData",
                        "PlansDemoData",
                        "CareDemoData",
                        "CohortDemoData",
                        "VoteDemoData",
                        "ConsentDemoData",
                        "DecisionDemoData",
                        "DraftsDemoData",
                        "MapDemoData",
                        "MeetingsDemoData",
                        "OpinionsDemoData",
                        "CommentsDemoData",
                        "LedgerDemoData",
                        "PactsDemoData",
                        "TrackingDemoData",
                        "ShiftsDemoData",
                        "RatingDemoData",
                        "IndicatorsDemoData",
                        "SurveyDemoData",
                        "EvidenceDemoData",
                        "PopulationDemoData");
        // accounts ← initiatives ← ideas ← budget: the budget imports the accepted proposals.
        assertThat(names.indexOf("AccountsDemoData")).isLessThan(names.indexOf("InitiativesDemoData"));
        assertThat(names.indexOf("InitiativesDemoData")).isLessThan(names.indexOf("IdeasDemoData"));
        assertThat(names.indexOf("IdeasDemoData")).isLessThan(names.indexOf("BudgetDemoData"));
        assertThat(names.indexOf("BudgetDemoData")).isLessThan(names.indexOf("TrackingDemoData"));
        assertThat(names.indexOf("InitiativesDemoData"))
                .isLessThan(names.indexOf("UpdatesDemoData"))
                .isLessThan(names.indexOf("VoteDemoData"))
                .isLessThan(names.indexOf("PlansDemoData"))
                .isLessThan(names.indexOf("DecisionDemoData"))
                .isLessThan(names.indexOf("DraftsDemoData"))
                .isLessThan(names.indexOf("MapDemoData"))
                .isLessThan(names.indexOf("MeetingsDemoData"))
                .isLessThan(names.indexOf("OpinionsDemoData"))
                .isLessThan(names.indexOf("PactsDemoData"));
        // The evidence reads what the co-assessment and co-delivery tools' seeds stored.
        assertThat(names.indexOf("EvidenceDemoData"))
                .isGreaterThan(names.indexOf("IndicatorsDemoData"))
                .isGreaterThan(names.indexOf("SurveyDemoData"))
                .isGreaterThan(names.indexOf("RatingDemoData"))
                .isGreaterThan(names.indexOf("LedgerDemoData"));
        assertThat(names.indexOf("PopulationDemoData")).isGreaterThan(names.indexOf("InitiativesDemoData"));
        // Within plans, what each seed declares it needs.
        assertThat(names.indexOf("PlansDemoData")).isLessThan(names.indexOf("CareDemoData"));
        assertThat(names.indexOf("CareDemoData")).isLessThan(names.indexOf("ConsentDemoData"));
    }

    @Test
    void theDemoIsLoaded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isGreaterThanOrEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_project")
                        .query(Long.class)
                        .single())
                .isGreaterThan(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_consent")
                        .query(Long.class)
                        .single())
                .isGreaterThan(0);
    }

    interface Seed extends DemoSeed {}

    static class A implements Seed {
        public void seed() {}
    }

    static class B implements Seed {
        public void seed() {}

        @Override
        public Set<Class<? extends DemoSeed>> after() {
            return Set.of(C.class);
        }
    }

    static class C implements Seed {
        public void seed() {}
    }

    static class D implements Seed {
        public void seed() {}
    }

    @Test
    void modulesComeAfterTheirDependenciesAndSeedsAfterWhatTheyName() {
        var a = new A();
        var b = new B();
        var c = new C();
        var d = new D();
        // D in "low", A in "high" which depends on "mid" which depends on "low"; B and C in "mid", B needs C.
        Map<Class<?>, String> module = Map.of(A.class, "high", B.class, "mid", C.class, "mid", D.class, "low");
        var graph = Map.of("high", Set.of("mid"), "mid", Set.of("low"), "low", Set.<String>of());
        assertThat(DemoSeeds.order(List.of(a, b, c, d), module::get, graph)).containsExactly(d, c, b, a);
    }

    @Test
    void aCycleIsRefused() {
        var graph = Map.of("one", Set.of("two"), "two", Set.of("one"));
        assertThatThrownBy(() -> DemoSeeds.order(List.of(new A()), t -> "one", graph))
                .isInstanceOf(IllegalStateException.class);
    }
}
