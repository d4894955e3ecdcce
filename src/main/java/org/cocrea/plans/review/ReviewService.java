package org.cocrea.plans.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.actions.ActionsService;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.Side;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.PlanVersion;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review meetings. A review closes the current cycle and records the plan version it reviewed; opening the
 * next cycle starts a new version of the plan (the same content with the next review date), which then needs
 * signing again: a signed version stays read-only, the revision is a new one.
 */
@Service
class ReviewService {
    static final int MAX_TEXT = 4000;

    /** A review as typed. */
    record ReviewForm(
            String heldOn,
            List<String> participants,
            String summary,
            String decisions,
            boolean nextCycle,
            String nextReview) {}

    private final CareAccess access;
    private final ReviewRepository reviews;
    private final PlanRepository plans;
    private final AuditRepository audit;

    ReviewService(CareAccess access, ReviewRepository reviews, PlanRepository plans, AuditRepository audit) {
        this.access = access;
        this.reviews = reviews;
        this.plans = plans;
        this.audit = audit;
    }

    CareAccess.Opened open(long id, SignedInPerson me, String from) {
        return access.open(id, ReviewTool.ID, me, from);
    }

    @Transactional
    ReviewPage page(CareAccess.Opened a) {
        access.audit(a, "reviews.read", null);
        var list = reviews.of(a.id());
        var plan = access.sibling(a, PlanTool.ID).map(ToolInstance::id).orElse(null);
        var team = access.team(a);
        var people = new HashSet<Long>();
        list.forEach(r -> {
            r.participants().stream().filter(p -> !team.containsKey(p)).forEach(people::add);
            if (r.recordedBy() != null && !team.containsKey(r.recordedBy())) {
                people.add(r.recordedBy());
            }
        });
        return new ReviewPage(
                a.initiative(),
                a.instance(),
                list,
                plan,
                plan == null ? 0 : plans.latestNumber(plan),
                team,
                access.names(people),
                access.may(a, ReviewTool.RECORD),
                a.side() == Side.CITIZEN);
    }

    @Transactional
    int record(CareAccess.Opened a, ReviewForm f) {
        access.require(a, ReviewTool.RECORD);
        LocalDate held = ActionsService.date(f.heldOn(), "heldOn", "care.review.heldOn", true);
        if (held.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new Refused("heldOn", "care.review.heldOn");
        }
        var participants = participants(a, f.participants());
        String summary = text(f.summary(), "summary");
        String decisions = text(f.decisions(), "decisions");
        var plan = access.sibling(a, PlanTool.ID).map(ToolInstance::id).orElse(null);
        var latest = plan == null ? null : plans.latest(plan).orElse(null);
        LocalDate next = null;
        if (f.nextCycle()) {
            if (latest == null) {
                throw new Refused("nextCycle", "care.review.noPlan");
            }
            next = ActionsService.date(f.nextReview(), "nextReview", "care.review.nextReview", true);
            if (!next.isAfter(held) || next.equals(latest.content().reviewDate())) {
                throw new Refused("nextReview", "care.review.nextReview");
            }
        }
        int cycle = reviews.cycles(a.id()) + 1;
        long id;
        try {
            id = reviews.add(
                    a.id(),
                    cycle,
                    new ReviewRepository.NewReview(
                            held, summary, decisions, latest == null ? null : latest.version(), participants),
                    a.personId());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "care.review.concurrent");
        }
        access.audit(a, "review.create", "cycle " + cycle);
        if (next != null) {
            openNext(a, id, plan, latest, next, cycle);
        }
        access.touch(a);
        return cycle;
    }

    /** The next cycle's plan: the reviewed content with the new review date, as a version to be signed. */
    private void openNext(CareAccess.Opened a, long review, long plan, PlanVersion latest, LocalDate next, int cycle) {
        var c = latest.content();
        var content = new PlanContent(
                c.objectives(),
                c.services(),
                c.providers(),
                c.caseManager(),
                c.resources(),
                c.economic(),
                c.evaluation(),
                next);
        try {
            int version = plans.addVersion(plan, a.personId(), content);
            reviews.opened(review, version);
            audit.record(plan, a.personId(), "version.create", "v" + version + " review " + cycle, a.from());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "care.review.concurrent");
        }
    }

    private List<Long> participants(CareAccess.Opened a, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new Refused("participants", "care.review.participants");
        }
        var team = access.roles(a);
        var chosen = new LinkedHashSet<Long>();
        for (String id : ids) {
            long person = ActionsService.parseId(id, "participants", "care.review.participants");
            if (!team.containsKey(person)) {
                throw new Refused("participants", "care.review.participants");
            }
            chosen.add(person);
        }
        return List.copyOf(chosen);
    }

    private static String text(String text, String field) {
        String clean = PlanContent.normalise(text);
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw new Refused(field, "care.review." + field);
        }
        return clean;
    }
}
