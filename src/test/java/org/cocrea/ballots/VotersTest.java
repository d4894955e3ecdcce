package org.cocrea.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.cocrea.accounts.Residents;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The ballot tools' one eligibility rule: members, anyone registered or verified residents, in an initiative that
 * is not archived, and the facilitators only where the budget or vote says they vote, for each eligibility.
 */
class VotersTest {
    static final long ORGANISATION = 5;
    static final long RESIDENT = 11;

    final Initiatives initiatives = mock(Initiatives.class);
    final Residents residents = mock(Residents.class);
    final Voters voters = new Voters(initiatives, residents);

    {
        when(residents.isVerifiedResident(eq(RESIDENT), eq(ORGANISATION))).thenReturn(true);
    }

    static SignedInPerson person(long id) {
        return new SignedInPerson() {
            @Override
            public long personId() {
                return id;
            }

            @Override
            public String displayName() {
                return "P" + id;
            }

            @Override
            public boolean isAdmin() {
                return false;
            }

            @Override
            public boolean isProfessional() {
                return false;
            }
        };
    }

    static Initiative initiative(Status status) {
        var now = OffsetDateTime.now();
        return new Initiative(
                1,
                "I",
                "",
                "",
                ORGANISATION,
                null,
                ServiceDomain.values()[0],
                Level.COLLECTIVE,
                status,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                List.of(),
                now,
                now,
                null);
    }

    /** A person's access as the initiatives module opens it: a role, and the tool actions that role allows. */
    static ToolAccess access(Long person, MemberRole role, Status status, String... actions) {
        var instance = new ToolInstance(3, 1, Phase.CO_COMMISSIONING, "vote", OffsetDateTime.now());
        return new ToolAccess(
                instance,
                initiative(status),
                role,
                status == Status.ARCHIVED ? Set.of() : Set.of(actions),
                person == null ? null : person(person),
                null);
    }

    static ToolAccess member() {
        return access(10L, MemberRole.MEMBER, Status.OPEN, Voters.VOTE);
    }

    /** A facilitator who is also a verified resident, so that only the facilitators' setting decides. */
    static ToolAccess facilitator() {
        return access(RESIDENT, MemberRole.FACILITATOR, Status.OPEN, Voters.VOTE, Voters.MANAGE);
    }

    static ToolAccess outsider(long id) {
        return access(id, null, Status.OPEN);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void membersVoteByTheirRoleAndFacilitatorsOnlyWhenSet(boolean facilitatorsVote) {
        assertThat(voters.mayVote(member(), Eligibility.MEMBERS, facilitatorsVote))
                .isTrue();
        assertThat(voters.mayVote(outsider(12), Eligibility.MEMBERS, facilitatorsVote))
                .isFalse();
        assertThat(voters.mayVote(access(13L, MemberRole.OBSERVER, Status.OPEN), Eligibility.MEMBERS, facilitatorsVote))
                .isFalse();
        assertThat(voters.mayVote(facilitator(), Eligibility.MEMBERS, facilitatorsVote))
                .isEqualTo(facilitatorsVote);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anyoneRegisteredVotesAndFacilitatorsOnlyWhenSet(boolean facilitatorsVote) {
        assertThat(voters.mayVote(outsider(12), Eligibility.REGISTERED, facilitatorsVote))
                .isTrue();
        assertThat(voters.mayVote(member(), Eligibility.REGISTERED, facilitatorsVote))
                .isTrue();
        assertThat(voters.mayVote(facilitator(), Eligibility.REGISTERED, facilitatorsVote))
                .isEqualTo(facilitatorsVote);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void verifiedResidentsVoteAndFacilitatorsOnlyWhenSet(boolean facilitatorsVote) {
        assertThat(voters.mayVote(outsider(RESIDENT), Eligibility.RESIDENTS, facilitatorsVote))
                .isTrue();
        assertThat(voters.mayVote(outsider(12), Eligibility.RESIDENTS, facilitatorsVote))
                .isFalse();
        assertThat(voters.mayVote(member(), Eligibility.RESIDENTS, facilitatorsVote))
                .isFalse();
        assertThat(voters.mayVote(facilitator(), Eligibility.RESIDENTS, facilitatorsVote))
                .isEqualTo(facilitatorsVote);
    }

    @Test
    void nobodyVotesWhenSignedOutOrInAnArchivedInitiative() {
        for (var eligibility : Eligibility.values()) {
            assertThat(voters.mayVote(access(null, null, Status.OPEN), eligibility, true))
                    .isFalse();
            assertThat(voters.mayVote(
                            access(RESIDENT, MemberRole.MEMBER, Status.ARCHIVED, Voters.VOTE), eligibility, true))
                    .isFalse();
        }
    }

    @Test
    void inBulkFacilitatorsAreLeftOutUnlessTheyVote() {
        when(initiatives.mayDoAll(anyCollection(), eq(3L), eq(Voters.VOTE))).thenReturn(Set.of(10L, 11L));
        when(initiatives.mayDoAll(anyCollection(), eq(3L), eq(Voters.MANAGE))).thenReturn(Set.of(11L));
        assertThat(voters.membersWhoMayVote(List.of(10L, 11L, 12L), 3, false)).containsExactly(10L);
        assertThat(voters.membersWhoMayVote(List.of(10L, 11L, 12L), 3, true)).containsExactlyInAnyOrder(10L, 11L);
    }

    @Test
    void onlyThoseWhoManageOpenTheFacilitatorsPages() {
        Voters.requireManager(facilitator());
        assertThatThrownBy(() -> Voters.requireManager(member())).isInstanceOf(AccessDeniedException.class);
    }
}
