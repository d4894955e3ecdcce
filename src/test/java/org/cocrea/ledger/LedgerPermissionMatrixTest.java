package org.cocrea.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route of the ledger for each of the seven kinds of person, on initiatives of three levels: collective (public:
 * anyone, even anonymous, reads its ledger), group (members only) and individual (the care team only). The rates
 * belong to the initiative's organisation: its professionals and the platform's administrators keep them, everybody
 * else gets 404. An allowed change checks its effect in the database; every other cell checks that nothing of the
 * ledger changed. "LOGIN" is the redirect to the sign-in page. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class LedgerPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Recorder recorder;

    enum Level {
        PUBLIC,
        MEMBERS,
        TEAM
    }

    record Case(String name, long initiative, long organisation, Map<Who, String> emails, Level level) {
        boolean reads(Who who) {
            return switch (level) {
                case PUBLIC -> true;
                case MEMBERS -> who == Who.MEMBER || who == Who.FACILITATOR;
                case TEAM -> who == Who.CITIZEN || who == Who.MEMBER || who == Who.FACILITATOR;
            };
        }

        boolean keepsRates(Who who) {
            return who == Who.FACILITATOR || who == Who.ADMIN;
        }
    }

    private Case kase(String name, long initiative, String citizen, String member, String facilitator, Level level) {
        TestIdeas.outsiders(jdbc);
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        long organisation = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
        recorder.record(new ContributionRecorded(
                "matrix:" + initiative + ":1",
                1,
                initiative,
                Phase.CO_DELIVERY,
                "shifts",
                1,
                person(citizen),
                Side.CITIZEN,
                Kind.HOURS,
                new BigDecimal("3"),
                null,
                LocalDate.of(2026, 3, 1)));
        // One rate per kind of person, for "remove": each removes its own, which no other cell touches.
        for (Who who : Who.values()) {
            jdbc.sql("""
                    INSERT INTO ledger_rate (organisation_id, rate, amount, applies_from, set_at)
                    VALUES (:o, 'kilometre', 0.3, :from, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING
                    """).param("o", organisation).param("from", removable(who)).update();
        }
        return new Case(name, initiative, organisation, emails, level);
    }

    private static LocalDate removable(Who who) {
        return LocalDate.of(2001, 1, 1 + who.ordinal());
    }

    private long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    private String state(Case c) {
        return jdbc.sql("""
                        SELECT rate, amount, applies_from FROM ledger_rate WHERE organisation_id = :o
                        ORDER BY rate, applies_from
                        """).param("o", c.organisation()).query().listOfRows()
                + "\n"
                + jdbc.sql(
                                "SELECT entry_key, revision, quantity FROM ledger_entry WHERE initiative_id = :i ORDER BY id")
                        .param("i", c.initiative())
                        .query()
                        .listOfRows();
    }

    interface Effect {
        void verify(Case c, Who who, long me);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    private static Expect<Case> officer(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.keepsRates(who) ? whenAllowed : "404";
    }

    private static Expect<Case> signedIn(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : whenAllowed;
    }

    private static final String INITIATIVE = "/ledger/initiatives/{id:\\d+}";
    private static final String RATES = "/ledger/organisations/{id:\\d+}/rates";

    /**
     * A day no other case or person sets a rate from: the cases share one organisation, so the month is the case's
     * (an initiative's id could repeat another case's month as the demo data grows) and the day the person's.
     */
    private static LocalDate day(Case c, Who who) {
        return LocalDate.of(
                2002, 1 + List.of("collective", "group", "individual").indexOf(c.name()), 1 + who.ordinal());
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET /ledger/mine", "mine", (c, w) -> get("/ledger/mine"), signedIn("200"), null));
        r.add(new Check(
                "GET " + INITIATIVE, "ledger", (c, w) -> get("/ledger/initiatives/" + c.initiative()), read(), null));
        r.add(new Check(
                "GET " + INITIATIVE + "/entries.csv",
                "csv",
                (c, w) -> get("/ledger/initiatives/" + c.initiative() + "/entries.csv"),
                read(),
                null));
        r.add(new Check(
                "GET " + INITIATIVE,
                "unknown initiative",
                (c, w) -> get("/ledger/initiatives/999999999"),
                (c, w) -> "404",
                null));
        r.add(new Check(
                "GET " + RATES,
                "rates",
                (c, w) -> get("/ledger/organisations/" + c.organisation() + "/rates"),
                officer("200"),
                null));
        r.add(new Check(
                "POST " + RATES,
                "set rate",
                (c, w) -> post("/ledger/organisations/" + c.organisation() + "/rates")
                        .param("kind", "volunteer-hour")
                        .param("amount", "12,50")
                        .param("from", day(c, w).toString()),
                officer("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM ledger_rate WHERE organisation_id = ? AND rate = 'volunteer-hour'"
                                        + " AND amount = 12.5 AND applies_from = ?",
                                c.organisation(),
                                day(c, w)))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + RATES + "/remove",
                "remove rate",
                (c, w) -> post("/ledger/organisations/" + c.organisation() + "/rates/remove")
                        .param("kind", "kilometre")
                        .param("from", removable(w).toString()),
                officer("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM ledger_rate WHERE organisation_id = ? AND rate = 'kilometre'"
                                        + " AND applies_from = ?",
                                c.organisation(),
                                removable(w)))
                        .isZero()));
        return r;
    }

    static final Set<String> ROUTES = new LedgerPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the ledger")
                .run(
                        c.name(),
                        c,
                        checks(),
                        (check, who, r) ->
                                check.effect().verify(c, who, person(c.emails().get(who))));
    }

    @Test
    void collectiveInitiative() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        assertThat(run(kase("collective", copy, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, Level.PUBLIC)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        assertThat(run(kase("group", copy, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, Level.MEMBERS)))
                .isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        long plan = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        assertThat(run(kase(
                        "individual",
                        plan,
                        PlansDemoData.CITIZEN,
                        Demo.PARENT,
                        PlansDemoData.CASE_MANAGER,
                        Level.TEAM)))
                .isEmpty();
    }
}
