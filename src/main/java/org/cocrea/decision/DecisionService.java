package org.cocrea.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What people do with decisions, each in one transaction that holds the decision's row lock, so a position, a
 * revision and the close never cross: a position after the close, or on a text that changed under the form, is
 * refused with nothing stored. Notifications are published inside the transaction and delivered after it commits.
 */
@Service
class DecisionService {
    private final DecisionRepository decisions;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    DecisionService(
            DecisionRepository decisions,
            Initiatives initiatives,
            Accounts accounts,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.decisions = decisions;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.events = events;
        this.settings = settings;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    java.time.ZoneId zone() {
        return settings.timeZone();
    }

    Optional<Decision> find(ToolAccess access, long decision) {
        return decisions.find(access.id(), decision);
    }

    List<Decision> of(ToolAccess access) {
        return decisions.of(access.id());
    }

    /** The people of the initiative who may take a position (a share quorum counts them). */
    List<Long> takers(long initiativeId) {
        return people(initiativeId, true);
    }

    private List<Long> people(long initiativeId, boolean takersOnly) {
        return initiatives.roles(initiativeId).entrySet().stream()
                .filter(e -> !takersOnly || DecisionTool.TAKERS.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    static void require(ToolAccess access, String action) {
        if (!access.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @Transactional
    long create(ToolAccess access, DecisionForm form) {
        require(access, DecisionTool.DECIDE);
        var takers = takers(access.initiative().id());
        var draft = DecisionRules.proposal(form, now(), zone(), takers.size());
        long me = access.person().personId();
        long id = decisions.create(access.id(), draft, me, now());
        initiatives.touch(access.initiative().id());
        notify(
                access.initiative(),
                takers.stream().filter(p -> p != me).toList(),
                NotificationKind.DECISION_PROPOSED,
                "proposed",
                "/decision/" + access.id() + "/" + id,
                draft.title());
        return id;
    }

    /** Takes or changes the person's position; the same position again stores a change all the same. */
    @Transactional
    boolean take(ToolAccess access, long id, PositionForm form) {
        require(access, DecisionTool.POSITION);
        var decision = decisions.lock(access.id(), id).orElseThrow(NotFound::new);
        if (decision.ended(now())) {
            throw new Refused("position", "decision.position.closed");
        }
        var checked = DecisionRules.position(decision.kind(), form);
        initiatives.requireCounts(access.person(), "position");
        long me = access.person().personId();
        boolean again = decisions.positioned(id).contains(me);
        decisions.put(id, me, checked.position(), checked.reason(), decision.revision(), now());
        initiatives.touch(access.initiative().id());
        return again;
    }

    /** A new text while open; those who took a position are told, to reconsider. */
    @Transactional
    void revise(ToolAccess access, long id, ReviseForm form, int from) {
        require(access, DecisionTool.DECIDE);
        var decision = decisions.lock(access.id(), id).orElseThrow(NotFound::new);
        if (decision.ended(now())) {
            throw new Refused(null, "decision.revise.closed");
        }
        if (from != decision.revision()) {
            throw new Refused(null, "decision.revise.stale", decision.revision());
        }
        var checked = DecisionRules.revision(form);
        long me = access.person().personId();
        decisions.revise(id, from, checked.title(), checked.body(), checked.note(), me, now());
        initiatives.touch(access.initiative().id());
        notify(
                access.initiative(),
                decisions.positioned(id).stream().filter(p -> p != me).toList(),
                NotificationKind.DECISION_REVISED,
                "revised",
                decision.path(),
                checked.title());
    }

    @Transactional
    void close(ToolAccess access, long id) {
        require(access, DecisionTool.DECIDE);
        var decision = decisions.lock(access.id(), id).orElseThrow(NotFound::new);
        if (decision.closed()) {
            throw new Refused(null, "decision.close.already");
        }
        decisions.close(id, takers(access.initiative().id()).size(), now());
        initiatives.touch(access.initiative().id());
    }

    /** The outcome of a consent decision, once, after the close; everyone in the initiative is told. */
    @Transactional
    void outcome(ToolAccess access, long id, OutcomeForm form) {
        require(access, DecisionTool.DECIDE);
        var decision = decisions.lock(access.id(), id).orElseThrow(NotFound::new);
        if (!decision.kind().decides()) {
            throw new Refused(null, "decision.outcome.sense");
        }
        if (!decision.ended(now())) {
            throw new Refused(null, "decision.outcome.open");
        }
        if (decision.outcome() != null) {
            throw new Refused(null, "decision.outcome.already");
        }
        var checked = DecisionRules.outcome(form, today());
        if (!decision.closed()) {
            // Past its closing time, before the clock came by: closed now, with the members of now.
            decisions.close(id, takers(access.initiative().id()).size(), now());
        }
        decisions.outcome(
                id,
                checked.outcome(),
                LocalDate.parse(checked.reviewOn()),
                access.person().personId(),
                now());
        initiatives.touch(access.initiative().id());
        notify(
                access.initiative(),
                people(access.initiative().id(), false),
                NotificationKind.DECISION_OUTCOME,
                "outcome",
                decision.path(),
                decision.title());
    }

    /** The clock's close of a decision whose closing time has come; false when something else closed it. */
    @Transactional
    boolean closeDue(DecisionRepository.Due due) {
        var decision = decisions.lock(due.toolInstanceId(), due.id()).orElse(null);
        if (decision == null || decision.closed() || decision.acceptsPositions(now())) {
            return false;
        }
        var instance = initiatives.toolInstance(due.toolInstanceId()).orElseThrow();
        return decisions.close(due.id(), takers(instance.initiativeId()).size(), now());
    }

    /** The review reminder of an outcome, sent once: the row that records it is the one that decides. */
    @Transactional
    boolean remind(DecisionRepository.Due due) {
        if (!decisions.markReminded(due.id(), now())) {
            return false;
        }
        var decision = decisions.find(due.toolInstanceId(), due.id()).orElseThrow();
        var instance = initiatives.toolInstance(due.toolInstanceId()).orElseThrow();
        // Read as nobody: the initiative's title goes into the mail only when it is public.
        var initiative = initiatives.visible(instance.initiativeId(), null).orElse(null);
        notify(
                initiative,
                people(instance.initiativeId(), false),
                NotificationKind.DECISION_REVIEW,
                "review",
                decision.path(),
                decision.title());
        return true;
    }

    /**
     * Tells {@code people}: for a public initiative the mail names the proposal, for another only links to it (as the
     * phase announcements do), since a mail may be read where the initiative may not.
     */
    private void notify(
            Initiative initiative,
            Collection<Long> people,
            NotificationKind kind,
            String what,
            String path,
            String title) {
        if (people.isEmpty()) {
            return;
        }
        String key = "decision.mail." + what;
        if (initiative != null && initiative.isPublic()) {
            events.publishEvent(Notification.to(people, kind, key + ".subject", key + ".body", path)
                    .subjectArgs(Arg.text(title))
                    .bodyArgs(Arg.text(title), Arg.text(initiative.title()), Arg.link(path)));
        } else {
            events.publishEvent(Notification.to(people, kind, key + ".private.subject", key + ".private.body", path)
                    .bodyArgs(Arg.link(path)));
        }
    }

    /** The names of {@code people} when the reader has a role in the initiative; none otherwise (one query). */
    Map<Long, String> names(ToolAccess access, Collection<Long> people) {
        if (access.role() == null || people.isEmpty()) {
            return Map.of();
        }
        var names = new java.util.HashMap<Long, String>();
        accounts.people(List.copyOf(people)).forEach((id, person) -> names.put(id, person.name()));
        return names;
    }

    static List<Position> named(List<Position> positions, Map<Long, String> names) {
        return positions.stream()
                .map(p -> new Position(
                        p.personId(), names.get(p.personId()), p.position(), p.reason(), p.revision(), p.givenAt()))
                .toList();
    }

    List<Position> positions(Decision d) {
        return decisions.positions(d.id());
    }

    List<Position> changes(Decision d) {
        return decisions.changes(d.id());
    }

    List<Revision> revisions(Decision d) {
        return decisions.revisions(d.id());
    }
}
