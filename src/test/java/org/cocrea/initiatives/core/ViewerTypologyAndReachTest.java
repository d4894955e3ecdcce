package org.cocrea.initiatives.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.timeline.TimelineRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, on H2 and PostgreSQL: the typology as one viewer finds it counts exactly what the list shows them (their
 * own drafts included) and the published rest apart as private; a person's standing in many tool instances is read
 * in one statement each way.
 */
class ViewerTypologyAndReachTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theViewersTypologyCountsWhatTheListShowsAndThePrivateRestApart(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var timeline = new TimelineRepository(db.jdbc());
        var members = new MembershipRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long me = Rows.person(db.jdbc(), "me@example.org");
        long publicOne = repo.insert(Rows.details(org, Level.COLLECTIVE, "Public"), Status.OPEN, null);
        long mine = repo.insert(Rows.details(org, Level.GROUP, "Mine"), Status.OPEN, null);
        long others = repo.insert(Rows.details(org, Level.GROUP, "Others"), Status.OPEN, null);
        long myDraft = repo.insert(Rows.details(org, Level.GROUP, "My draft"), Status.DRAFT, null);
        long plan = repo.insert(Rows.details(org, Level.INDIVIDUAL, "Plan"), Status.OPEN, null);
        for (long id : List.of(publicOne, mine, others, myDraft, plan)) {
            timeline.add(id, new TimelinePhase(1, Phase.CO_DESIGN, JAN, JAN.plusDays(9)));
        }
        members.put(mine, me, MemberRole.MEMBER);
        members.put(myDraft, me, MemberRole.OWNER);

        for (var viewer : List.of(new Viewer(null), new Viewer(me))) {
            var cells = repo.typology(InitiativeFilter.none(), viewer);
            assertThat(cells).hasSize(12);
            for (var cell : cells) {
                long listed = repo.search(
                                InitiativeFilter.none().withLevelAndPhase(cell.level(), cell.phase()), viewer, 0, 50)
                        .total();
                assertThat(cell.visible()).as(cell + " for " + viewer).isEqualTo(listed);
            }
            var design = cells.stream()
                    .filter(c -> c.phase() == Phase.CO_DESIGN)
                    .map(c -> c.level().code() + "=" + c.visible() + "+" + c.hidden())
                    .toList();
            if (viewer.personId() == null) {
                assertThat(design).containsExactly("individual=0+1", "group=0+2", "collective=1+0");
            } else {
                assertThat(design).containsExactly("individual=0+1", "group=2+1", "collective=1+0");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPersonsStandingInManyToolInstancesInOneStatementEachWay(TestDatabase db) {
        var repo = new InitiativeRepository(db.jdbc());
        var members = new MembershipRepository(db.jdbc());
        var tools = new ToolInstanceRepository(db.jdbc());
        var reach = new ReachRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long me = Rows.person(db.jdbc(), "me@example.org");
        long publicOne = repo.insert(Rows.details(org, Level.COLLECTIVE, "Public"), Status.OPEN, null);
        long group = repo.insert(Rows.details(org, Level.GROUP, "Group"), Status.OPEN, null);
        long archived = repo.insert(Rows.details(org, Level.GROUP, "Archived"), Status.ARCHIVED, null);
        members.put(group, me, MemberRole.FACILITATOR);
        members.put(archived, me, MemberRole.MEMBER);
        long inPublic = tools.add(publicOne, Phase.CO_COMMISSIONING, "vote");
        long inGroup = tools.add(group, Phase.CO_COMMISSIONING, "vote");
        long inGroupBudget = tools.add(group, Phase.CO_COMMISSIONING, "budget");
        long inArchived = tools.add(archived, Phase.CO_COMMISSIONING, "vote");

        var byInstances = reach.byInstances(me, List.of(inPublic, inGroup, inArchived));
        assertThat(byInstances)
                .extracting(r -> r.instance().id() + ":" + r.title() + ":" + r.role())
                .containsExactlyInAnyOrder(inPublic + ":Public:null", inGroup + ":Group:FACILITATOR");
        assertThat(reach.byRole(me, Set.of("vote")))
                .extracting(r -> r.instance().id())
                .containsExactly(inGroup);
        assertThat(reach.byRole(me, Set.of("vote", "budget")))
                .extracting(r -> r.instance().id())
                .containsExactly(inGroup, inGroupBudget);
        assertThat(reach.byInstances(me, List.of())).isEmpty();
    }
}
