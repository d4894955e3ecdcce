package org.cocrea.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.budget.FundedProjects;
import org.cocrea.ideas.Ideas;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Images;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * What facilitators do with tracked results, each in one transaction: a refusal stores nothing (no half-stored
 * photo either, since the image is stored in the same transaction). A progress update holds the result's row lock,
 * so two facilitators' updates run one after the other and each update row records the values after it.
 */
@Service
class TrackingService {
    static final String BUDGET = "budget";
    static final String IDEA = "idea";

    private final TrackingRepository results;
    private final Initiatives initiatives;
    private final FundedProjects funded;
    private final Ideas ideas;
    private final Images images;
    private final Accounts accounts;
    private final DeliveryLinks links;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    TrackingService(
            TrackingRepository results,
            Initiatives initiatives,
            FundedProjects funded,
            Ideas ideas,
            Images images,
            Accounts accounts,
            DeliveryLinks links,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.results = results;
        this.initiatives = initiatives;
        this.funded = funded;
        this.ideas = ideas;
        this.images = images;
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.settings = settings;
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    static void require(ToolAccess access) {
        if (!access.may(TrackingTool.MANAGE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * What the initiative offers to import and is not tracked anywhere yet: the funded projects of its closed
     * budgets, then its accepted proposals that did not go into a budget (those are tracked as budget projects, if
     * funded).
     */
    @Transactional(readOnly = true)
    List<Importable> importable(long initiativeId) {
        var tracked = results.trackedSources();
        var offered = new ArrayList<Importable>();
        var report = funded.report(initiativeId);
        for (var p : report.funded()) {
            if (!tracked.contains(BUDGET + ":" + p.projectId())) {
                offered.add(
                        new Importable(BUDGET, p.projectId(), p.title(), p.description(), p.costCents(), p.imageId()));
            }
        }
        var inBudgets = report.proposalsInBudgets();
        for (var idea : ideas.accepted(initiativeId)) {
            if (!inBudgets.contains(idea.id()) && !tracked.contains(IDEA + ":" + idea.id())) {
                offered.add(
                        new Importable(IDEA, idea.id(), idea.title(), idea.body(), idea.costCents(), idea.imageId()));
            }
        }
        return offered;
    }

    /** Imports one source ({@code kind:id}) the initiative offers; a source already tracked is refused. */
    @Transactional
    long importSource(ToolAccess access, String source) {
        require(access);
        String chosen = TrackingRules.text(source);
        long initiative = access.initiative().id();
        var item = importable(initiative).stream()
                .filter(i -> i.key().equals(chosen))
                .findFirst()
                .orElse(null);
        if (item == null) {
            int colon = chosen.indexOf(':');
            boolean tracked = false;
            try {
                tracked = colon > 0
                        && results.bySource(chosen.substring(0, colon), Long.parseLong(chosen.substring(colon + 1)))
                                .isPresent();
            } catch (NumberFormatException e) {
                // not a source at all: the message below
            }
            throw new Refused("source", tracked ? "tracking.import.already" : "tracking.import.unknown");
        }
        String description = item.description() == null ? "" : item.description();
        if (description.length() > TrackingRules.MAX_TEXT) {
            description = description.substring(0, TrackingRules.MAX_TEXT);
        }
        String title = item.title().length() > TrackingRules.MAX_TITLE
                ? item.title().substring(0, TrackingRules.MAX_TITLE)
                : item.title();
        boolean added = results.importOnce(
                access.id(),
                new TrackingRepository.NewResult(
                        item.kind(),
                        item.sourceId(),
                        title,
                        description,
                        item.costCents(),
                        item.imageId(),
                        ResultStatus.PLANNED,
                        0,
                        0));
        if (!added) {
            // another facilitator imported it a moment ago: the constraint kept it once
            throw new Refused("source", "tracking.import.already");
        }
        initiatives.touch(initiative);
        return results.bySource(item.kind(), item.sourceId()).orElseThrow();
    }

    @Transactional
    long add(ToolAccess access, ResultForm form) {
        require(access);
        var checked = TrackingRules.byHand(form);
        long id = results.add(
                access.id(),
                new TrackingRepository.NewResult(
                        null,
                        null,
                        checked.title(),
                        checked.description(),
                        checked.budgetCents(),
                        null,
                        ResultStatus.PLANNED,
                        0,
                        0));
        initiatives.touch(access.initiative().id());
        return id;
    }

    /**
     * Records a progress update: status, progress, money spent, what happened and optionally a photo, checked
     * together; a result that becomes completed or cancelled is told to the initiative's members. Publishes
     * {@link ProjectProgressed} in the same transaction (for webhooks).
     */
    @Transactional
    void progress(ToolAccess access, long resultId, ProgressForm form, MultipartFile image) {
        require(access);
        var result = results.lock(access.id(), resultId).orElseThrow(NotFound::new);
        var problems = new ArrayList<Refused.Problem>();
        var checked = TrackingRules.progress(form, problems);
        var upload = images.check(image, form.imageAlt(), problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long me = access.person().personId();
        Long imageId =
                upload.map(u -> images.store(access.initiative().id(), u, me)).orElse(null);
        var at = TrackingRepository.now();
        long update = results.progress(
                resultId,
                me,
                checked.body(),
                checked.status(),
                checked.reason(),
                checked.progress(),
                checked.spentCents(),
                imageId,
                at);
        initiatives.touch(access.initiative().id());
        events.publishEvent(new ProjectProgressed(
                access.initiative().id(),
                access.id(),
                resultId,
                update,
                checked.status(),
                checked.progress(),
                checked.spentCents(),
                at));
        if (checked.status().ends() && checked.status() != result.status()) {
            notify(access.initiative(), me, checked.status(), result.path(), result.title());
        }
    }

    @Transactional
    long milestone(ToolAccess access, long resultId, MilestoneForm form) {
        require(access);
        results.lock(access.id(), resultId).orElseThrow(NotFound::new);
        var checked = TrackingRules.milestone(form);
        long id = results.addMilestone(resultId, checked.title(), checked.plannedOn(), null);
        initiatives.touch(access.initiative().id());
        return id;
    }

    /** The day a milestone was reached (not in the future), or none to say it was not after all. */
    @Transactional
    void reached(ToolAccess access, long resultId, long milestoneId, String doneOn) {
        require(access);
        results.lock(access.id(), resultId).orElseThrow(NotFound::new);
        LocalDate done = null;
        if (!TrackingRules.text(doneOn).isEmpty()) {
            done = TrackingRules.date(doneOn);
            if (done == null) {
                throw new Refused("doneOn", "tracking.date.invalid");
            }
            if (done.isAfter(today())) {
                throw new Refused("doneOn", "tracking.date.future");
            }
        }
        if (!results.reached(resultId, milestoneId, done)) {
            throw new NotFound();
        }
        initiatives.touch(access.initiative().id());
    }

    @Transactional
    void link(ToolAccess access, long resultId, String work) {
        require(access);
        results.lock(access.id(), resultId).orElseThrow(NotFound::new);
        links.link(resultId, access.initiative().id(), work);
        initiatives.touch(access.initiative().id());
    }

    /** The authors' names, for readers with a role in the initiative only (one statement); none otherwise. */
    Map<Long, String> names(ToolAccess access, Collection<Long> people) {
        var ids = people.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (access.role() == null || ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        accounts.people(ids).forEach((id, p) -> names.put(id, p.name()));
        return names;
    }

    /**
     * Tells the members but the author: for a public initiative the mail names the result, for another only links
     * to it, since a mail may be read where the initiative may not.
     */
    private void notify(Initiative initiative, long author, ResultStatus status, String path, String title) {
        var people = initiatives.roles(initiative.id()).keySet().stream()
                .filter(p -> p != author)
                .toList();
        if (people.isEmpty()) {
            return;
        }
        String key = "tracking.mail." + status.code();
        if (initiative.isPublic()) {
            events.publishEvent(
                    Notification.to(people, NotificationKind.TRACKING, key + ".subject", key + ".body", path)
                            .subjectArgs(Arg.text(title))
                            .bodyArgs(Arg.text(title), Arg.text(initiative.title()), Arg.link(path)));
        } else {
            events.publishEvent(Notification.to(
                            people, NotificationKind.TRACKING, key + ".private.subject", key + ".private.body", path)
                    .bodyArgs(Arg.link(path)));
        }
    }
}
