package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.PlanOutcomes;
import org.cocrea.plans.care.PlanGate;
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.plans.privacy.EmergencyAccess;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Plan rules: only members of the individual initiative reach a plan (everyone else gets "not found"), and
 * every read and write is audited in the same transaction as the access it records.
 */
@Service
public class PlanService {
    static final int MAX_SECTION = 20_000;
    static final int MAX_GOAL = 500;
    static final int MAX_LEVEL_TEXT = 300;
    public static final int AUDIT_SHOWN = 500;
    /** The plan page lists the newest versions only; the history page pages through all of them. */
    static final int HISTORY_SHOWN = 20;

    /**
     * A member's access to one plan, with the remote address the audit records; or an administrator's, through
     * the open {@code emergency} access (null for members), which decides whether the whole record may be exported.
     */
    public record Access(
            ToolInstance instance,
            Initiative initiative,
            MemberRole role,
            java.util.Set<String> actions,
            SignedInPerson me,
            String from,
            EmergencyAccess emergency) {
        public Access(
                ToolInstance instance,
                Initiative initiative,
                MemberRole role,
                java.util.Set<String> actions,
                SignedInPerson me,
                String from) {
            this(instance, initiative, role, actions, me, from, null);
        }

        public long id() {
            return instance.id();
        }
    }

    record VersionPage(PlanPage page, PlanVersion version, String sha256) {}

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PlanRepository plans;
    private final GoalRepository goals;
    private final AuditRepository audit;
    private final PlanPrivacy privacy;
    private final PlanGate gate;
    private final PlanOutcomes outcomes;

    PlanService(
            Initiatives initiatives,
            Accounts accounts,
            PlanRepository plans,
            GoalRepository goals,
            AuditRepository audit,
            PlanPrivacy privacy,
            PlanGate gate,
            PlanOutcomes outcomes) {
        this.outcomes = outcomes;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.plans = plans;
        this.goals = goals;
        this.audit = audit;
        this.privacy = privacy;
        this.gate = gate;
    }

    /** Opens the plan through the one gate of the plan tools ({@link PlanGate}: role, consent, emergency access). */
    public Access open(long instanceId, SignedInPerson me, String from) {
        var e = gate.open(instanceId, PlanTool.ID, me, from);
        return new Access(e.instance(), e.initiative(), e.role(), e.actions(), e.me(), e.from(), e.emergency());
    }

    @Transactional
    PlanPage page(Access a) {
        audit.record(a.id(), a.me().personId(), "plan.read", null, a.from());
        return assemble(a);
    }

    /** One version with the plan around it (history, signatures); audited once, as a version read. */
    @Transactional
    VersionPage versionPage(Access a, int number) {
        audit.record(a.id(), a.me().personId(), "version.read", "v" + number, a.from());
        var version = plans.version(a.id(), number).orElseThrow(NotFound::new);
        return new VersionPage(assemble(a), version, version.content().sha256());
    }

    private PlanPage assemble(Access a) {
        long id = a.id();
        var latest = plans.latest(id).orElse(null);
        var history = plans.history(id, HISTORY_SHOWN, 0);
        var signatures = plans.signatures(id);
        var goalList = goals.of(id);
        var ids = new HashSet<Long>();
        history.forEach(v -> {
            if (v.authorId() != null) {
                ids.add(v.authorId());
            }
        });
        signatures.forEach(s -> ids.add(s.signerId()));
        long me = a.me().personId();
        boolean signedLatest = latest != null
                && signatures.stream().anyMatch(s -> s.version() == latest.version() && s.signerId() == me);
        boolean maySign = latest != null && !signedLatest && may(a, PlanTool.SIGN);
        Integer mySigned = signatures.stream()
                .filter(s -> s.signerId() == me)
                .map(Signature::version)
                .max(Integer::compare)
                .orElse(null);
        // Next to Sign: what changed since the version this person last signed, so they need not reread it all.
        PlanChanges sinceMine = maySign && mySigned != null
                ? plans.version(id, mySigned)
                        .map(v -> PlanChanges.between(v, latest))
                        .orElse(null)
                : null;
        return new PlanPage(
                a.initiative(),
                a.instance(),
                latest,
                history,
                signatures,
                agreedVersion(signatures),
                goalList,
                tScore(goalList),
                tScoresByDate(goalList).stream()
                        .map(d -> new PlanPage.DatedTScore(d.on(), d.tScore()))
                        .toList(),
                names(ids),
                may(a, PlanTool.PROPOSE),
                maySign,
                may(a, PlanTool.SCORE),
                mayAudit(a),
                me,
                a.role(),
                mySigned,
                sinceMine);
    }

    @Transactional
    PlanChanges diff(Access a, int from, int to) {
        audit.record(a.id(), a.me().personId(), "diff.read", "v" + from + "-v" + to, a.from());
        var before = plans.version(a.id(), from).orElseThrow(NotFound::new);
        var after = plans.version(a.id(), to).orElseThrow(NotFound::new);
        return PlanChanges.between(before, after);
    }

    @Transactional
    public int propose(Access a, PlanContent content) {
        require(a, PlanTool.PROPOSE);
        if (content.objectives().isEmpty()) {
            throw new Refused("objectives", "plans.objectives.required");
        }
        for (String section : PlanContent.SECTIONS) {
            if (content.text(section).length() > MAX_SECTION) {
                throw new Refused(section, "plans.section.tooLong");
            }
        }
        var latest = plans.latest(a.id());
        if (latest.isPresent() && latest.get().content().equals(content)) {
            throw new Refused(null, "plans.version.unchanged");
        }
        try {
            int number = plans.addVersion(a.id(), a.me().personId(), content);
            audit.record(a.id(), a.me().personId(), "version.create", "v" + number, a.from());
            initiatives.touch(a.initiative().id());
            return number;
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "plans.version.concurrent");
        }
    }

    /** Only the latest version may be signed: signing an older one would agree to something superseded. */
    @Transactional
    public void sign(Access a, int number) {
        require(a, PlanTool.SIGN);
        // A proxy signs for the citizen only with the citizen's recorded, unwithdrawn consent.
        if (a.role() == MemberRole.PROXY && !privacy.proxyMayAct(a.initiative().id(), a.me().personId())) {
            throw new Refused(null, "planprivacy.consent.required");
        }
        var version = plans.version(a.id(), number).orElseThrow(NotFound::new);
        if (number != plans.latestNumber(a.id())) {
            throw new Refused(null, "plans.sign.notLatest");
        }
        boolean already = plans.signatures(a.id()).stream()
                .anyMatch(s -> s.version() == number && s.signerId() == a.me().personId());
        if (already) {
            throw new Refused(null, "plans.sign.already");
        }
        try {
            plans.sign(
                    a.id(),
                    number,
                    a.me().personId(),
                    a.role(),
                    version.content().sha256());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "plans.sign.already");
        }
        audit.record(a.id(), a.me().personId(), "signature.create", "v" + number, a.from());
        initiatives.touch(a.initiative().id());
    }

    /** Adds a goal with its five written levels; the weight is importance × difficulty. */
    @Transactional
    public void addGoal(Access a, GoalForm form) {
        require(a, PlanTool.SCORE);
        String text = PlanContent.normalise(form.goal());
        if (text.isEmpty() || text.length() > MAX_GOAL) {
            throw new Refused("goal", "plans.goal.invalid");
        }
        var levels = new java.util.ArrayList<String>();
        for (int i = 0; i < GoalForm.LEVEL_FIELDS.size(); i++) {
            String level = PlanContent.normalise(form.levels().get(i));
            if (level.isEmpty() || level.length() > MAX_LEVEL_TEXT) {
                throw new Refused(GoalForm.LEVEL_FIELDS.get(i), "plans.goal.level.invalid");
            }
            levels.add(level);
        }
        int importance = parseRating(form.importance(), "importance", "plans.importance.invalid");
        int difficulty = parseRating(form.difficulty(), "difficulty", "plans.difficulty.invalid");
        goals.add(a.id(), text, levels, importance, difficulty, a.me().personId());
        audit.record(a.id(), a.me().personId(), "goal.create", null, a.from());
    }

    /** Scores a goal on a day: the first score by date is the goal's baseline, later ones are follow-ups. */
    @Transactional
    public void score(Access a, long goalId, String levelText, String scoredOnText) {
        require(a, PlanTool.SCORE);
        int level = parseLevel(levelText);
        LocalDate on = parseScoredOn(scoredOnText);
        if (!goals.score(a.id(), goalId, level, on, a.me().personId())) {
            throw new NotFound();
        }
        audit.record(a.id(), a.me().personId(), "score.create", "goal " + goalId, a.from());
        outcomes.scored(a.instance());
    }

    @Transactional
    List<AuditEntry> auditLog(Access a) {
        if (!mayAudit(a)) {
            throw new NotFound();
        }
        audit.record(a.id(), a.me().personId(), "audit.read", null, a.from());
        return audit.of(a.id(), AUDIT_SHOWN);
    }

    Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        accounts.people(ids).forEach((id, p) -> names.put(id, display(p)));
        return names;
    }

    /** The version both the citizen's side and the case manager signed with signatures that still match. */
    public static Integer agreedVersion(List<Signature> signatures) {
        return signatures.stream()
                .filter(Signature::stillMatches)
                .map(Signature::version)
                .distinct()
                .filter(v -> signatures.stream().anyMatch(s -> s.version() == v && s.stillMatches() && s.forCitizen())
                        && signatures.stream().anyMatch(s -> s.version() == v && s.stillMatches() && s.byCaseManager()))
                .max(Integer::compare)
                .orElse(null);
    }

    /** The T-score of the goals scored so far; null until at least one goal has a score. */
    public static Double tScore(List<Goal> goals) {
        var scored = goals.stream()
                .filter(g -> g.latestLevel() != null)
                .map(g -> new GoalAttainment.Score(g.weight(), g.latestLevel()))
                .toList();
        return scored.isEmpty() ? null : GoalAttainment.tScore(scored);
    }

    /** The summary T-score on each day a goal was scored, oldest first (the evidence's outcomes read it). */
    public static List<PlanPage.DatedTScore> tScoreSeries(List<Goal> goals) {
        return tScoresByDate(goals).stream()
                .map(d -> new PlanPage.DatedTScore(d.on(), d.tScore()))
                .toList();
    }

    /** The T-score on each day a goal was scored, oldest first, each goal counting with its latest score then. */
    static List<GoalAttainment.Dated> tScoresByDate(List<Goal> goals) {
        var observations = new java.util.ArrayList<GoalAttainment.Observation>();
        for (var g : goals) {
            for (var s : g.history()) {
                observations.add(new GoalAttainment.Observation(g.id(), g.weight(), s.on(), s.level()));
            }
        }
        return GoalAttainment.byDate(observations);
    }

    /** Importance or difficulty: 1 (low), 2 (medium) or 3 (high). */
    static int parseRating(String text, String field, String key) {
        try {
            int rating = Integer.parseInt(text == null ? "" : text.strip());
            if (GoalAttainment.validRating(rating)) {
                return rating;
            }
        } catch (NumberFormatException e) {
            // falls through to the same clear error as a rating out of range
        }
        throw new Refused(field, key);
    }

    /** The day a score refers to: an ISO date, not after tomorrow (UTC), so no time zone refuses today. */
    static LocalDate parseScoredOn(String text) {
        LocalDate on;
        try {
            on = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("scoredOn", "plans.scoredOn.invalid");
        }
        if (on.getYear() < 1900) {
            throw new Refused("scoredOn", "plans.scoredOn.invalid");
        }
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new Refused("scoredOn", "plans.scoredOn.future");
        }
        return on;
    }

    static int parseLevel(String text) {
        try {
            int level = Integer.parseInt(text == null ? "" : text.strip().replace("+", ""));
            if (GoalAttainment.validLevel(level)) {
                return level;
            }
        } catch (NumberFormatException e) {
            // falls through to the same clear error as a level out of range
        }
        throw new Refused("level", "plans.level.invalid");
    }

    private boolean may(Access a, String action) {
        return a.actions().contains(action);
    }

    private void require(Access a, String action) {
        if (!may(a, action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The audit is the citizen's: they, and the proxies acting for them, see who accessed the plan. */
    private static boolean mayAudit(Access a) {
        return a.role() == MemberRole.CITIZEN || a.role() == MemberRole.PROXY;
    }

    private static String display(Person p) {
        return p.deleted() ? "—" : p.name();
    }
}
