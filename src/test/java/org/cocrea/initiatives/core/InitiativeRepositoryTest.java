package org.cocrea.initiatives.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.timeline.TimelineRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

class InitiativeRepositoryTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void storesAnInitiativeWithCodesAndTimeline(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var timeline = new TimelineRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long id = repo.insert(Rows.details(org, Level.COLLECTIVE, "Bike lanes"), Status.DRAFT, null);
        timeline.add(id, new TimelinePhase(1, Phase.CO_DESIGN, JAN.plusMonths(2), JAN.plusMonths(3)));
        timeline.add(id, new TimelinePhase(1, Phase.CO_COMMISSIONING, JAN, JAN.plusMonths(1)));

        Initiative found = repo.find(id).orElseThrow();
        assertThat(found.title()).isEqualTo("Bike lanes");
        assertThat(found.level()).isEqualTo(Level.COLLECTIVE);
        assertThat(found.citizenRoles()).containsExactlyInAnyOrder(CitizenRole.CO_DESIGNER, CitizenRole.INITIATOR);
        assertThat(found.objectives()).containsExactlyInAnyOrder(Objective.EFFECTIVENESS, Objective.OTHER);
        assertThat(found.timeline())
                .extracting(TimelinePhase::phase)
                .containsExactly(Phase.CO_COMMISSIONING, Phase.CO_DESIGN);
        assertThat(found.activePhase(JAN.plusMonths(2).plusDays(3))).contains(Phase.CO_DESIGN);
        assertThat(found.activePhase(JAN.minusDays(1))).isEmpty();
        assertThat(found.descriptionHtml().html())
                .contains("<strong>Bold</strong>")
                .doesNotContain("<script>");

        repo.setOverride(id, Phase.CO_COMMISSIONING, 1);
        assertThat(repo.find(id).orElseThrow().activePhase(JAN.plusMonths(2).plusDays(3)))
                .contains(Phase.CO_COMMISSIONING);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseRefusesAPhaseTwiceAndReversedDates(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var timeline = new TimelineRepository(db.jdbc());
        long id = repo.insert(Rows.details(Rows.organisation(db.jdbc(), "Org"), Level.GROUP, "G"), Status.OPEN, null);
        timeline.add(id, new TimelinePhase(1, Phase.CO_DESIGN, JAN, JAN.plusDays(5)));
        assertThatThrownBy(() -> timeline.add(id, new TimelinePhase(1, Phase.CO_DESIGN, JAN, JAN)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> timeline.add(id, new TimelinePhase(2, Phase.CO_DESIGN, JAN, JAN.minusDays(1))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(timeline.of(id)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void searchShowsOnlyWhatTheViewerMaySee(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var members = new MembershipRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long me = Rows.person(db.jdbc(), "me@example.org");
        long pub = repo.insert(Rows.details(org, Level.COLLECTIVE, "Public park"), Status.OPEN, null);
        long draft = repo.insert(Rows.details(org, Level.COLLECTIVE, "Draft park"), Status.DRAFT, null);
        long group = repo.insert(Rows.details(org, Level.GROUP, "School 100%"), Status.OPEN, null);
        long mine = repo.insert(Rows.details(org, Level.INDIVIDUAL, "My plan"), Status.OPEN, null);
        members.put(mine, me, MemberRole.CITIZEN);
        long pupil = Rows.person(db.jdbc(), "pupil@example.org");
        members.put(group, pupil, MemberRole.MEMBER);

        var all = InitiativeFilter.none();
        assertThat(repo.search(all, new Viewer(null), 0, 10).items())
                .extracting(Initiative::id)
                .containsExactly(pub);
        assertThat(repo.search(all, new Viewer(me), 0, 10).items())
                .extracting(Initiative::id)
                .containsExactlyInAnyOrder(pub, mine);
        // Anyone else (an admin too: being one gives no sight of private initiatives) sees the public one only.
        assertThat(repo.search(all, new Viewer(999L), 0, 10).items())
                .extracting(Initiative::id)
                .containsExactly(pub)
                .doesNotContain(draft, group, mine);

        var byText = new InitiativeFilter(null, null, null, null, null, null, null, "PARK");
        assertThat(repo.search(byText, new Viewer(null), 0, 10).total()).isEqualTo(1);
        var percent = new InitiativeFilter(null, null, null, null, null, null, null, "100%");
        assertThat(repo.search(percent, new Viewer(pupil), 0, 10).items())
                .extracting(Initiative::id)
                .containsExactly(group);
        var page2 = repo.search(all, new Viewer(me), 1, 1);
        assertThat(page2.total()).isEqualTo(2);
        assertThat(page2.items()).hasSize(1);
    }

    private static InitiativeFilter text(String q) {
        return new InitiativeFilter(null, null, null, null, null, null, null, q);
    }

    private static java.util.List<Long> found(InitiativeRepository repo, String q) {
        return repo.search(text(q), new Viewer(null), 0, 50).items().stream()
                .map(Initiative::id)
                .toList();
    }

    private static long titled(InitiativeRepository repo, long org, String title, String summary) {
        var d = Rows.details(org, Level.COLLECTIVE, title);
        return repo.insert(
                new InitiativeRepository.Details(
                        d.title(),
                        summary,
                        d.description(),
                        org,
                        null,
                        d.domain(),
                        d.level(),
                        d.citizenRoles(),
                        d.objectives(),
                        d.otherObjective(),
                        null),
                Status.OPEN,
                null);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void searchFindsEveryWordInAnyOrderIgnoringCaseAndAccents(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long city = titled(repo, org, "Città più verde", "Alberi nel quartiere Sant’Agnese");
        long bikes = titled(repo, org, "Percorsi ciclabili", "Bike lanes for the città");
        long school = titled(repo, org, "Scuola inclusiva", "Genitori e insegnanti");

        // every word must occur, in title or summary, in any order
        assertThat(found(repo, "citta verde")).containsExactly(city);
        assertThat(found(repo, "verde CITTA")).containsExactly(city);
        assertThat(found(repo, "quartiere citta")).containsExactly(city);
        assertThat(found(repo, "città")).containsExactlyInAnyOrder(city, bikes);
        assertThat(found(repo, "CITTÀ  lanes")).containsExactly(bikes);
        assertThat(found(repo, "citta scuola")).isEmpty();
        // accents in the query or in the text, either way; decomposed input too
        assertThat(found(repo, "piu")).containsExactly(city);
        assertThat(found(repo, "pìù")).containsExactly(city);
        assertThat(found(repo, "citta\u0300".translateEscapes())).containsExactlyInAnyOrder(city, bikes);
        // one-letter words are ignored rather than matching nearly everything
        assertThat(found(repo, "e insegnanti")).containsExactly(school);
        // an edit keeps the folded text in step
        var d = Rows.details(org, Level.COLLECTIVE, "Scuola aperta d’estate");
        repo.update(school, d);
        assertThat(found(repo, "estate scuola")).containsExactly(school);
        assertThat(found(repo, "insegnanti")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void searchTakesLikeWildcardsLiterally(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long percent = titled(repo, org, "Sconto 100% sui bus", "Trasporti");
        long hundred = titled(repo, org, "Bus 1000 posti", "Trasporti a_b");
        long slash = titled(repo, org, "Orari a\\b", "Trasporti");

        assertThat(found(repo, "100%")).containsExactly(percent);
        assertThat(found(repo, "%")).hasSize(3); // too short: no text filter at all
        assertThat(found(repo, "%%")).isEmpty();
        assertThat(found(repo, "a_b")).containsExactly(hundred);
        assertThat(found(repo, "_b")).containsExactly(hundred);
        assertThat(found(repo, "a\\b")).containsExactly(slash);
        assertThat(found(repo, "bus 100%")).containsExactly(percent);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theListIsSortedByRecentActivity(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long old = titled(repo, org, "Old", "One");
        long recent = titled(repo, org, "Recent", "Two");
        long middle = titled(repo, org, "Middle", "Three");
        var now = InitiativeRepository.now();
        for (var row : java.util.Map.of(old, 30, recent, 1, middle, 10).entrySet()) {
            db.jdbc()
                    .sql("UPDATE initiative SET last_activity_at = :at WHERE id = :id")
                    .param("at", now.minusDays(row.getValue()))
                    .param("id", row.getKey())
                    .update();
        }
        assertThat(found(repo, null)).containsExactly(recent, middle, old);
        // activity moves an initiative to the top
        repo.touch(old);
        assertThat(found(repo, null)).containsExactly(old, recent, middle);
        assertThat(repo.search(InitiativeFilter.none(), new Viewer(null), 1, 1).items())
                .extracting(Initiative::id)
                .containsExactly(recent);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void typologyCountsEveryPhaseOfEveryPublishedInitiative(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var timeline = new TimelineRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long plan = repo.insert(Rows.details(org, Level.INDIVIDUAL, "Plan"), Status.OPEN, null);
        timeline.add(plan, new TimelinePhase(1, Phase.CO_COMMISSIONING, JAN, JAN));
        timeline.add(plan, new TimelinePhase(1, Phase.CO_DESIGN, JAN.plusDays(1), JAN.plusDays(2)));
        timeline.add(plan, new TimelinePhase(2, Phase.CO_COMMISSIONING, JAN.plusDays(3), JAN.plusDays(4)));
        long draft = repo.insert(Rows.details(org, Level.INDIVIDUAL, "Draft"), Status.DRAFT, null);
        timeline.add(draft, new TimelinePhase(1, Phase.CO_DESIGN, JAN, JAN));

        var cells = repo.typology(InitiativeFilter.none());
        assertThat(cells).hasSize(12);
        assertThat(cells)
                .filteredOn(c -> c.count() > 0)
                .extracting(c -> c.level().code() + "/" + c.phase().code() + "=" + c.count())
                .containsExactlyInAnyOrder("individual/co-commissioning=1", "individual/co-design=1");
        // Drafts are never counted, even when asked for by status (the typology is public).
        var drafts = new InitiativeFilter(null, null, null, null, null, null, Status.DRAFT, null);
        assertThat(repo.typology(drafts)).hasSize(12).allMatch(c -> c.count() == 0);

        assertThat(timeline.remove(plan, 1, Phase.CO_DESIGN)).isEqualTo(1);
        assertThat(repo.typology(InitiativeFilter.none()))
                .filteredOn(c -> c.count() > 0)
                .extracting(c -> c.phase().code())
                .containsExactly("co-commissioning");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void membershipFollowsAndToolInstances(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var members = new MembershipRepository(db.jdbc());
        var tools = new ToolInstanceRepository(db.jdbc());
        long id = repo.insert(Rows.details(Rows.organisation(db.jdbc(), "O"), Level.GROUP, "G"), Status.OPEN, null);
        long a = Rows.person(db.jdbc(), "a@example.org");
        long b = Rows.person(db.jdbc(), "b@example.org");

        members.invite(id, b, a);
        members.request(id, b);
        assertThat(members.isInvited(id, b)).isTrue();
        members.put(id, a, MemberRole.OWNER);
        members.put(id, b, MemberRole.MEMBER);
        members.put(id, b, MemberRole.FACILITATOR);
        assertThat(members.isInvited(id, b)).isFalse();
        assertThat(members.hasRequested(id, b)).isFalse();
        assertThat(members.role(id, b)).contains(MemberRole.FACILITATOR);
        assertThat(members.members(id)).hasSize(2);

        assertThat(members.follow(id, a)).isTrue();
        assertThat(members.follow(id, a)).isFalse();
        assertThat(members.followers(id)).containsExactly(a);

        long t = tools.add(id, Phase.CO_DESIGN, "updates");
        assertThat(tools.find(t).orElseThrow().toolId()).isEqualTo("updates");
        assertThatThrownBy(() -> tools.add(id, Phase.CO_DESIGN, "updates")).isInstanceOf(DuplicateKeyException.class);
        assertThat(tools.of(id)).hasSize(1);
        assertThat(tools.ofTool("updates")).hasSize(1);
    }
}
