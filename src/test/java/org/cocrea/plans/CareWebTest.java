package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.care.CareDemoData;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.needs.Ranking;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who reaches the needs, actions, ladder and review pages, what the demo shows, and what every access leaves. */
@InitiativesWebTest
class CareWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;
    long needs;
    long actions;
    long ladder;
    long review;

    @BeforeEach
    void tools() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        needs = CareTools.needs(jdbc);
        actions = CareTools.actions(jdbc);
        ladder = CareTools.ladder(jdbc);
        review = CareTools.review(jdbc);
    }

    private List<MockHttpServletRequestBuilder> everyRoute() {
        String n = "/plans/needs/" + needs;
        String a = "/plans/actions/" + actions;
        String l = "/plans/ladder/" + ladder;
        String r = "/plans/review/" + review;
        return List.of(
                get(n),
                get(n + "/audit"),
                post(n + "/needs")
                        .with(csrf())
                        .param("domain", "health")
                        .param("title", "x")
                        .param("text", "y"),
                post(n + "/needs/1/description").with(csrf()).param("text", "x"),
                post(n + "/ranking").with(csrf()).param("rank-1", "1"),
                post(n + "/agreement").with(csrf()).param("order", "1"),
                get(a),
                get(a + "?page=2"),
                get(a + "/audit"),
                post(a + "/actions").with(csrf()).param("title", "x").param("kind", "citizen"),
                post(a + "/actions/1/status").with(csrf()).param("status", "done"),
                post(a + "/diary").with(csrf()).param("doneOn", "2026-01-01").param("what", "x"),
                get(l),
                get(l + "/audit"),
                post(l + "/areas").with(csrf()).param("name", "x"),
                post(l + "/readings").with(csrf()).param("readOn", "2026-01-01"),
                get(r),
                get(r + "/audit"),
                post(r + "/reviews").with(csrf()).param("summary", "x"));
    }

    private long stored() {
        long total = 0;
        for (String table : List.of("plan_need", "plan_action", "plan_diary", "plan_ladder_reading", "plan_review")) {
            total += jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
        }
        return total
                + jdbc.sql("SELECT COUNT(*) FROM plan_audit").query(Long.class).single();
    }

    @Test
    void outsidersGetNotFoundForEveryRouteAndLeaveNothing() throws Exception {
        long before = stored();
        List<RequestPostProcessor> outsiders = List.of(
                demo.as(Outsiders.OTHER_CITIZEN),
                demo.as(Outsiders.OTHER_PRO),
                demo.as(Demo.ADMIN),
                demo.as(Demo.TEACHER),
                request -> request);
        for (var who : outsiders) {
            for (var route : everyRoute()) {
                mvc.perform(route.with(who)).andExpect(status().isNotFound());
            }
        }
        // A tool's id under another tool's path is not found either, for members too.
        mvc.perform(get("/plans/ladder/" + needs).with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/needs/999999").with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theCitizenTheProxyAndTheCareTeamSeeTheDemoInEveryPhase() throws Exception {
        for (String who : List.of(Demo.CITIZEN, Demo.PARENT, Demo.SOCIAL_WORKER)) {
            mvc.perform(get("/plans/needs/" + needs).with(demo.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Smettere di fumare")))
                    .andExpect(content().string(containsString("Concordato da entrambe le parti")));
            mvc.perform(get("/plans/actions/" + actions).with(demo.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Camminata con il gruppo al parco")))
                    .andExpect(content().string(containsString("23,50\u00a0€")));
            mvc.perform(get("/plans/ladder/" + ladder).with(demo.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Salute fisica")))
                    .andExpect(content().string(containsString("<polygon class=\"series series-1\"")));
            mvc.perform(get("/plans/review/" + review).with(demo.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ciclo 1 chiuso")));
        }
    }

    @Test
    void onlyTheCitizenSideSeesWhoAccessedEachTool() throws Exception {
        for (String path : List.of(
                "/plans/needs/" + needs,
                "/plans/actions/" + actions,
                "/plans/ladder/" + ladder,
                "/plans/review/" + review)) {
            mvc.perform(get(path).with(demo.as(Demo.SOCIAL_WORKER)).with(request -> {
                        request.setRemoteAddr("192.0.2.44");
                        return request;
                    }))
                    .andExpect(status().isOk());
            mvc.perform(get(path + "/audit").with(demo.as(Demo.PARENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("192.0.2.44")));
            mvc.perform(get(path + "/audit").with(demo.as(Demo.SOCIAL_WORKER))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'ladder.read'
                        AND remote_address = '192.0.2.44'
                        """).param("i", ladder).query(Long.class).single()).isPositive();
    }

    private long freshNeeds() throws Exception {
        long copy = CareTools.copy(jdbc, NeedsTool.ID, CareDemoData.NEEDS_INITIATIVE, "co-commissioning");
        for (String title : List.of("Camminare", "Cucinare", "Dormire")) {
            mvc.perform(post("/plans/needs/" + copy + "/needs")
                            .with(csrf())
                            .with(demo.as(Demo.CITIZEN))
                            .param("domain", "health")
                            .param("title", title)
                            .param("text", "Descrizione di " + title))
                    .andExpect(status().isFound());
        }
        return copy;
    }

    private List<Long> needIds(long instance) {
        return jdbc.sql("SELECT id FROM plan_need WHERE tool_instance_id = :i ORDER BY id")
                .param("i", instance)
                .query(Long.class)
                .list();
    }

    @Test
    void needsAreDescribedByBothSidesRankedAndAgreedWhenBothConfirmTheSameOrder() throws Exception {
        long needs = freshNeeds();
        String title = "Bisogno " + UUID.randomUUID();
        mvc.perform(post("/plans/needs/" + needs + "/needs")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("domain", "home")
                        .param("title", title)
                        .param("text", "La casa ha le scale ripide"))
                .andExpect(status().isFound());
        long need = jdbc.sql("SELECT id FROM plan_need WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        mvc.perform(post("/plans/needs/" + needs + "/needs/" + need + "/description")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("text", "Valutare un montascale"))
                .andExpect(status().isFound());
        var row = jdbc.sql("SELECT citizen_text, professional_text, domain FROM plan_need WHERE id = :n")
                .param("n", need)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(row).containsExactly("La casa ha le scale ripide", "Valutare un montascale", "home");

        var ids = needIds(needs);
        var citizenOrder = List.of(ids.get(3), ids.get(0), ids.get(1), ids.get(2));
        var workerOrder = List.of(ids.get(0), ids.get(3), ids.get(2), ids.get(1));
        rank(needs, Demo.CITIZEN, citizenOrder);
        rank(needs, Demo.SOCIAL_WORKER, workerOrder);
        assertThat(jdbc.sql("""
                        SELECT need_id FROM plan_need_rank WHERE tool_instance_id = :i AND ranker_id = :r
                        ORDER BY rank_no
                        """)
                        .param("i", needs)
                        .param("r", CareTools.person(jdbc, Demo.CITIZEN))
                        .query(Long.class)
                        .list())
                .isEqualTo(citizenOrder);
        mvc.perform(get("/plans/needs/" + needs).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("<table class=\"rankings\">")))
                .andExpect(content().string(containsString("Non ancora concordato")));

        // The worker confirms the citizen's ranking; it is agreed once the citizen's side confirms it too.
        String order = Ranking.key(citizenOrder);
        confirm(needs, Demo.SOCIAL_WORKER, order).andExpect(status().isFound());
        mvc.perform(get("/plans/needs/" + needs).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Non ancora concordato")))
                .andExpect(content().string(containsString("Ordini in attesa dell’altra parte")));
        confirm(needs, Demo.PARENT, order).andExpect(status().isFound());
        mvc.perform(get("/plans/needs/" + needs).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Concordato da entrambe le parti")))
                .andExpect(
                        content().string(containsString("<li>" + title + " <span class=\"meta\">(Casa)</span></li>")));
        confirm(needs, Demo.PARENT, order)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Hai già confermato questo ordine")));

        // A need added later makes the rankings and the agreed order incomplete again.
        mvc.perform(post("/plans/needs/" + needs + "/needs")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("domain", "money")
                        .param("title", "Bollette")
                        .param("text", "Bonus sociale"))
                .andExpect(status().isFound());
        mvc.perform(get("/plans/needs/" + needs).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Non ancora concordato")))
                .andExpect(content().string(containsString("incompleto")));
    }

    private void rank(long needs, String who, List<Long> order) throws Exception {
        var ranking = post("/plans/needs/" + needs + "/ranking").with(csrf()).with(demo.as(who));
        for (int k = 0; k < order.size(); k++) {
            ranking.param("rank-" + order.get(k), String.valueOf(k + 1));
        }
        mvc.perform(ranking).andExpect(status().isFound());
    }

    private org.springframework.test.web.servlet.ResultActions confirm(long needs, String who, String order)
            throws Exception {
        return mvc.perform(post("/plans/needs/" + needs + "/agreement")
                .with(csrf())
                .with(demo.as(who))
                .param("order", order));
    }

    @Test
    void badNeedsAndRankingsAreRefusedAndNothingIsStored() throws Exception {
        long needs = freshNeeds();
        long other = freshNeeds();
        var ids = needIds(needs);
        String count = "SELECT COUNT(*) FROM plan_need_rank WHERE tool_instance_id = :i";
        mvc.perform(post("/plans/needs/" + needs + "/needs")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("domain", "astrology")
                        .param("title", "x")
                        .param("text", "y"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"domain-error\"")));

        var duplicate = post("/plans/needs/" + needs + "/ranking").with(csrf()).with(demo.as(Demo.CITIZEN));
        ids.forEach(id -> duplicate.param("rank-" + id, "1"));
        mvc.perform(duplicate)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Due bisogni hanno la stessa priorità")));

        // Ranking someone else's needs: a need of another plan is named in the ranking.
        var foreign = post("/plans/needs/" + needs + "/ranking").with(csrf()).with(demo.as(Demo.CITIZEN));
        foreign.param("rank-" + needIds(other).get(0), "1");
        foreign.param("rank-" + ids.get(1), "2");
        foreign.param("rank-" + ids.get(2), "3");
        mvc.perform(foreign)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("non fa parte di questa valutazione")));

        var incomplete = post("/plans/needs/" + needs + "/ranking").with(csrf()).with(demo.as(Demo.CITIZEN));
        incomplete.param("rank-" + ids.get(0), "1");
        mvc.perform(incomplete)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("ciascuno una sola volta")));
        confirm(needs, Demo.CITIZEN, Ranking.key(needIds(other)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("non corrisponde più ai bisogni")));
        mvc.perform(post("/plans/needs/" + needs + "/needs/" + needIds(other).get(0) + "/description")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("text", "x"))
                .andExpect(status().isNotFound());
        assertThat(CareTools.count(jdbc, count, needs)).isZero();
        assertThat(needIds(needs)).isEqualTo(ids);
        assertThat(CareTools.count(
                        jdbc, "SELECT COUNT(*) FROM plan_need_confirmation WHERE tool_instance_id = :i", needs))
                .isZero();
        assertThat(jdbc.sql("SELECT citizen_text FROM plan_need WHERE id = :n")
                        .param("n", needIds(other).get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("Descrizione di Camminare");
    }

    @Test
    void theRankingsAreShownSideBySide() throws Exception {
        mvc.perform(get("/plans/needs/" + needs).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("<table class=\"rankings\">")))
                .andExpect(content().string(containsString("Persona interessata")))
                .andExpect(content().string(containsString("Referente")))
                .andExpect(content().string(not(containsString("Titolare"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
