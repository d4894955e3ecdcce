package org.cocrea.ballots;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.accounts.Residents;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolReach;
import org.cocrea.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one eligibility rule of the ballot tools. A person may cast a ballot online when they are signed in, the
 * initiative is not archived, and:
 *
 * <ul>
 *   <li>{@link Eligibility#MEMBERS}: their role is one the tool binds to its {@link #VOTE} action;
 *   <li>{@link Eligibility#REGISTERED}: anyone who may see the initiative;
 *   <li>{@link Eligibility#RESIDENTS}: they are verified residents of the initiative's organisation;
 * </ul>
 *
 * and, unless the budget or vote says that facilitators vote, they are not among those who manage it
 * ({@link #MANAGE}). The tools' defaults: a budget is the citizens' (facilitators do not vote), a prioritisation
 * vote lets them vote.
 */
@Service
public class Voters {
    /** The action a tool binds to the roles that vote when only members may. */
    public static final String VOTE = "vote";
    /** The action a tool binds to the roles that set it up, open and close it. */
    public static final String MANAGE = "manage";

    private final Initiatives initiatives;
    private final Residents residents;

    Voters(Initiatives initiatives, Residents residents) {
        this.initiatives = initiatives;
        this.residents = residents;
    }

    /** Whether the person of {@code access} may cast a ballot, by the rule above. */
    public boolean mayVote(ToolAccess access, Eligibility eligibility, boolean facilitatorsVote) {
        if (access.person() == null || access.initiative().status() == Status.ARCHIVED) {
            return false;
        }
        if (!facilitatorsVote && access.may(MANAGE)) {
            return false;
        }
        return switch (eligibility) {
            case MEMBERS -> access.may(VOTE);
            case REGISTERED -> true;
            case RESIDENTS ->
                residents.isVerifiedResident(
                        access.person().personId(), access.initiative().organisationId());
        };
    }

    /** An open ballot box in which a person has cast nothing yet, as a tool's to-do provider read it. */
    public record Unvoted(
            long toolInstanceId, Eligibility eligibility, boolean facilitatorsVote, java.time.Instant closesAt) {}

    /** One of those the person may vote in, with their standing in its initiative. */
    public record Votable(Unvoted ballot, ToolReach reach) {}

    /**
     * {@link #mayVote} for many ballots at once (the personal home): one statement for the person's standing in
     * every ballot's initiative, and one per organisation only when a ballot is open to its verified residents.
     */
    public List<Votable> mayVoteIn(long personId, List<Unvoted> ballots) {
        if (ballots.isEmpty()) {
            return List.of();
        }
        var reach = initiatives.reach(
                personId, ballots.stream().map(Unvoted::toolInstanceId).toList());
        var residentOf = new java.util.HashMap<Long, Boolean>();
        var votable = new java.util.ArrayList<Votable>();
        for (var ballot : ballots) {
            var r = reach.get(ballot.toolInstanceId());
            if (r == null || (!ballot.facilitatorsVote() && r.may(MANAGE))) {
                continue;
            }
            boolean may = switch (ballot.eligibility()) {
                case MEMBERS -> r.may(VOTE);
                case REGISTERED -> true;
                case RESIDENTS ->
                    residentOf.computeIfAbsent(r.organisationId(), org -> residents.isVerifiedResident(personId, org));
            };
            if (may) {
                votable.add(new Votable(ballot, r));
            }
        }
        return votable;
    }

    /**
     * The resident key the voter verified, for a ballot open to residents, so that a paper ballot for the same
     * census identifier and theirs cannot both count; empty otherwise.
     */
    public Optional<String> residentKey(ToolAccess access, Eligibility eligibility) {
        return eligibility != Eligibility.RESIDENTS || access.person() == null
                ? Optional.empty()
                : residents.residentKey(
                        access.person().personId(), access.initiative().organisationId());
    }

    /**
     * {@link #mayVote} with {@link Eligibility#MEMBERS} for many people at once (imports, the demo-data generator):
     * those of {@code people} who may vote in the tool instance.
     */
    public Set<Long> membersWhoMayVote(Collection<Long> people, long toolInstanceId, boolean facilitatorsVote) {
        var voters = new HashSet<>(initiatives.mayDoAll(people, toolInstanceId, VOTE));
        if (!facilitatorsVote) {
            voters.removeAll(initiatives.mayDoAll(voters, toolInstanceId, MANAGE));
        }
        return voters;
    }

    /**
     * Refuses a ballot that would not count: a person who may not vote ({@code key}, on {@code field}) or whose
     * address is not confirmed ({@link Refused#UNCONFIRMED}: the page keeps the ballot and says why).
     */
    public void requireVoter(
            ToolAccess access, Eligibility eligibility, boolean facilitatorsVote, String field, String key) {
        if (!mayVote(access, eligibility, facilitatorsVote)) {
            throw new Refused(field, key);
        }
        // Online ballots only: voting codes and paper ballots are recorded by facilitators, another channel.
        initiatives.requireCounts(access.person(), field);
    }

    /**
     * An online ballot: refused unless the person may vote ({@link #requireVoter}); else {@code cast} stores it
     * and the initiative counts as active now (lists sort by recent activity).
     */
    public <T> T cast(
            ToolAccess access,
            Eligibility eligibility,
            boolean facilitatorsVote,
            String field,
            String notEligible,
            java.util.function.Supplier<T> cast) {
        requireVoter(access, eligibility, facilitatorsVote, field, notEligible);
        T done = cast.get();
        initiatives.touch(access.initiative().id());
        return done;
    }

    /** Forbids the facilitators' pages and changes to anyone else who sees the tool. */
    public static void requireManager(ToolAccess access) {
        if (!access.may(MANAGE)) {
            throw new AccessDeniedException(
                    "not a facilitator of this " + access.instance().toolId());
        }
    }
}
