package org.cocrea.prioritisation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.accounts.Residents;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with a vote; every permission is asked of the initiatives API. */
@Service
class VoteService {
    /** Dates in forms are wall-clock times of the municipalities Cocrea serves. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    static final int MAX_OPTIONS = 50;
    private static final Set<MemberRole> VOTERS = VoteTool.ACTIONS.get(VoteTool.VOTE);
    private static final Set<MemberRole> MANAGERS = VoteTool.ACTIONS.get(VoteTool.MANAGE);

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final Residents residents;
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final BallotBox box;

    VoteService(
            Initiatives initiatives,
            Accounts accounts,
            Residents residents,
            VoteRepository votes,
            BallotRepository ballots,
            BallotBox box) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.residents = residents;
        this.votes = votes;
        this.ballots = ballots;
        this.box = box;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    Optional<Vote> vote(long instanceId) {
        return votes.ofInstance(instanceId);
    }

    List<VoteOption> options(Vote vote) {
        return votes.options(vote.id());
    }

    boolean mayManage(SignedInPerson me, long instanceId) {
        return initiatives.mayDo(me, instanceId, VoteTool.MANAGE);
    }

    /** Whether {@code me} may vote, by the vote's eligibility; the caller has checked they see the initiative. */
    boolean eligible(SignedInPerson me, long instanceId, Initiative initiative, Vote vote) {
        return eligible(me, initiative, vote, initiatives.role(initiative.id(), me));
    }

    /**
     * The same with the person's role already asked of the initiatives API (one query per page): the roles the
     * tool binds to "vote", in an initiative that is not archived, as {@link Initiatives#mayDo} decides.
     */
    boolean eligible(SignedInPerson me, Initiative initiative, Vote vote, Optional<MemberRole> role) {
        if (me == null || vote == null || initiative.status() == Status.ARCHIVED) {
            return false;
        }
        return switch (vote.eligibility()) {
            case MEMBERS -> role.map(VOTERS::contains).orElse(false);
            case RESIDENTS -> residents.isVerifiedResident(me.personId(), initiative.organisationId());
            case REGISTERED -> true;
        };
    }

    /** Whether the role manages the vote, as {@link #mayManage} decides, for a page that has the role. */
    static boolean manages(Initiative initiative, Optional<MemberRole> role) {
        return initiative.status() != Status.ARCHIVED
                && role.map(MANAGERS::contains).orElse(false);
    }

    Optional<MemberRole> role(Initiative initiative, SignedInPerson me) {
        return initiatives.role(initiative.id(), me);
    }

    Optional<Map<Long, Integer>> mine(Vote vote, SignedInPerson me) {
        return me == null ? Optional.empty() : ballots.mine(vote.id(), me.personId());
    }

    long ballotCount(Vote vote) {
        return ballots.count(vote.id());
    }

    BallotBox.Cast cast(SignedInPerson me, long instanceId, Initiative initiative, Map<Long, Integer> marks) {
        var vote = votes.ofInstance(instanceId).orElse(null);
        if (!eligible(me, instanceId, initiative, vote)) {
            return new BallotBox.Cast(new Problem(BallotRules.FIELD, "vote.ballot.notEligible"), false);
        }
        if (!initiatives.counts(me)) {
            // An unconfirmed address is refused here, not hidden by "eligible": the page keeps the ballot and says why.
            return new BallotBox.Cast(new Problem(BallotRules.FIELD, Refused.UNCONFIRMED), false);
        }
        var cast = box.cast(instanceId, me.personId(), marks);
        if (!cast.refused()) {
            initiatives.touch(initiative.id());
        }
        return cast;
    }

    Results results(Vote vote, List<VoteOption> options) {
        return Tally.count(vote.kind(), options, ballots.ballots(vote.id()));
    }

    List<Map<Long, Integer>> ballots(Vote vote) {
        return ballots.ballots(vote.id());
    }

    /** Named ballots, for members of the initiative only; anonymous votes never show names. */
    List<NamedBallot> namedBallots(Vote vote, SignedInPerson me, Initiative initiative) {
        if (!vote.named() || initiatives.role(initiative.id(), me).isEmpty()) {
            return List.of();
        }
        var named = ballots.named(vote.id());
        var people = accounts.people(
                named.stream().map(BallotRepository.Named::voterId).toList());
        return named.stream()
                .map(n -> new NamedBallot(
                        Optional.ofNullable(people.get(n.voterId()))
                                .map(Person::name)
                                .orElse("?"),
                        n.marks()))
                .toList();
    }

    /** Creates or changes the vote; only a draft may change, so that no ballot is cast under other rules. */
    @Transactional
    List<Problem> saveSettings(SignedInPerson me, long instanceId, SettingsForm form) {
        requireManager(me, instanceId);
        var existing = votes.ofInstance(instanceId);
        if (existing.isPresent() && existing.get().status() != VoteStatus.DRAFT) {
            return List.of(new Problem(null, "vote.locked"));
        }
        var problems = new ArrayList<Problem>();
        var settings = parse(form, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        existing.ifPresentOrElse(v -> votes.update(v.id(), settings), () -> votes.create(instanceId, settings));
        return List.of();
    }

    @Transactional
    List<Problem> addOption(SignedInPerson me, long instanceId, OptionForm form) {
        requireManager(me, instanceId);
        var vote = votes.ofInstance(instanceId).orElse(null);
        if (vote == null || vote.status() != VoteStatus.DRAFT) {
            return List.of(new Problem(null, "vote.locked"));
        }
        var problems = new ArrayList<Problem>();
        String title = trim(form.title());
        String description = trim(form.description());
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Problem("title", "vote.option.title.invalid"));
        }
        if (description.length() > 2000) {
            problems.add(new Problem("description", "vote.option.description.invalid"));
        }
        if (votes.options(vote.id()).size() >= MAX_OPTIONS) {
            problems.add(new Problem(null, "vote.option.tooMany", MAX_OPTIONS));
        }
        if (problems.isEmpty()) {
            votes.addOption(vote.id(), title, description);
        }
        return problems;
    }

    @Transactional
    List<Problem> removeOption(SignedInPerson me, long instanceId, long optionId) {
        requireManager(me, instanceId);
        var vote = votes.ofInstance(instanceId).orElse(null);
        if (vote == null || vote.status() != VoteStatus.DRAFT) {
            return List.of(new Problem(null, "vote.locked"));
        }
        votes.removeOption(vote.id(), optionId);
        return List.of();
    }

    @Transactional
    List<Problem> open(SignedInPerson me, long instanceId) {
        requireManager(me, instanceId);
        var vote = votes.ofInstance(instanceId).orElse(null);
        if (vote == null || votes.options(vote.id()).size() < 2) {
            return List.of(new Problem(null, "vote.open.noOptions"));
        }
        return votes.setStatus(vote.id(), VoteStatus.DRAFT, VoteStatus.OPEN)
                ? List.of()
                : List.of(new Problem(null, "vote.locked"));
    }

    @Transactional
    List<Problem> close(SignedInPerson me, long instanceId) {
        requireManager(me, instanceId);
        var vote = votes.ofInstance(instanceId).orElse(null);
        return vote != null && votes.setStatus(vote.id(), VoteStatus.OPEN, VoteStatus.CLOSED)
                ? List.of()
                : List.of(new Problem(null, "vote.close.notOpen"));
    }

    private void requireManager(SignedInPerson me, long instanceId) {
        if (!mayManage(me, instanceId)) {
            throw new AccessDeniedException("not a facilitator of this vote");
        }
    }

    static VoteRepository.Settings parse(SettingsForm form, List<Problem> problems) {
        String question = trim(form.question());
        if (question.isEmpty() || question.length() > 500) {
            problems.add(new Problem("question", "vote.question.invalid"));
        }
        var kind = BallotKind.fromCode(trim(form.ballotKind()));
        if (kind.isEmpty()) {
            problems.add(new Problem("ballotKind", "vote.ballotKind.invalid"));
        }
        var eligibility = Eligibility.fromCode(trim(form.eligibility()));
        if (eligibility.isEmpty()) {
            problems.add(new Problem("eligibility", "vote.eligibility.invalid"));
        }
        Integer k = null;
        Integer points = null;
        Integer cap = null;
        if (kind.orElse(null) == BallotKind.APPROVAL) {
            k = count(form.maxApprovals(), false, 1, 1000, "maxApprovals", problems);
        }
        if (kind.orElse(null) == BallotKind.DOTS) {
            points = count(form.points(), true, 1, 1000, "points", problems);
            cap = count(form.pointCap(), false, 1, points == null ? 1000 : points, "pointCap", problems);
            cap = cap == null ? points : cap;
        }
        OffsetDateTime opens = date(form.opensAt(), "opensAt", problems);
        OffsetDateTime closes = date(form.closesAt(), "closesAt", problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(new Problem("closesAt", "vote.dates.order"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new VoteRepository.Settings(
                question,
                kind.get(),
                k,
                points,
                cap,
                eligibility.get(),
                "true".equals(trim(form.named())),
                "true".equals(trim(form.hideResults())),
                opens,
                closes);
    }

    private static Integer count(
            String text, boolean required, int least, int most, String field, List<Problem> problems) {
        String value = trim(text);
        if (value.isEmpty() && !required) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(field, "vote." + field + ".invalid", least, most));
        return null;
    }

    private static OffsetDateTime date(String text, String field, List<Problem> problems) {
        String value = trim(text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "vote.date.invalid"));
            return null;
        }
    }

    /** The form value of a stored time, as a datetime-local input shows it. */
    static String local(OffsetDateTime time) {
        return time == null
                ? ""
                : time.atZoneSameInstant(ZONE).toLocalDateTime().toString();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
