package org.cocrea.drafts;

import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What people do with shared drafts, each in one transaction that stores everything or nothing. Decisions lock
 * the document's row, so two facilitators accepting at once are serialised; an amendment whose paragraph text
 * changed since it was written is refused (optimistic check against {@code base_text_id}), naming the version
 * and the amendment that changed it, so no accepted change is ever silently overwritten.
 */
@Service
class DraftService {
    static final int MAX_REASON = 2000;

    private final DraftRepository drafts;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;

    DraftService(DraftRepository drafts, Initiatives initiatives, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.initiatives = initiatives;
        this.events = events;
    }

    static ResponseStatusException forbidden() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    static Long me(ToolAccess a) {
        return a.person() == null ? null : a.person().personId();
    }

    /** Facilitators always start documents; members too when the instance's settings allow it. */
    boolean mayStart(ToolAccess a) {
        return a.may(DraftsTool.START)
                && (a.role().facilitates() || a.may(DraftsTool.DECIDE) || drafts.membersStart(a.id()));
    }

    /** The document as the person may see it: a document being written only for its authors; else not found. */
    Document readable(ToolAccess a, long id) {
        var d = drafts.document(a.id(), id).orElseThrow(NotFound::new);
        if (d.editing() && !writes(a, d, drafts.coauthors(d.id()))) {
            throw new NotFound();
        }
        return d;
    }

    boolean writes(ToolAccess a, Document d, List<Long> coauthors) {
        Long me = me(a);
        return me != null && a.may(DraftsTool.AMEND) && (me.equals(d.authorId()) || coauthors.contains(me));
    }

    @Transactional
    void saveSettings(ToolAccess a, boolean membersStart) {
        if (!a.may(DraftsTool.DECIDE)) {
            throw forbidden();
        }
        drafts.saveSettings(a.id(), membersStart);
    }

    @Transactional
    long start(ToolAccess a, DraftForm form) {
        if (!mayStart(a)) {
            throw forbidden();
        }
        String title = title(form.title());
        String text = Outline.checkedText(form.text(), "text");
        long id = drafts.create(a.id(), me(a), title, text);
        initiatives.touch(a.initiative().id());
        return id;
    }

    private static String title(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty() || t.length() > Outline.MAX_TITLE) {
            throw new Refused("title", "drafts.title.invalid", Outline.MAX_TITLE);
        }
        return t;
    }

    private Document writable(ToolAccess a, Document d) {
        if (!d.editing()) {
            throw new Refused(null, "drafts.notEditing");
        }
        if (!writes(a, d, drafts.coauthors(d.id()))) {
            throw forbidden();
        }
        return d;
    }

    @Transactional
    void saveText(ToolAccess a, Document d, DraftForm form) {
        writable(a, d);
        String text = Outline.checkedText(form.text(), "text");
        int edition = (int) Math.max(-1, Math.min(Integer.MAX_VALUE, number(form.edition())));
        if (!drafts.saveText(d.id(), edition, text)) {
            throw new Refused("text", "drafts.text.stale");
        }
    }

    @Transactional
    void addCoauthor(ToolAccess a, Document d, String person) {
        writable(a, d);
        if (!me(a).equals(d.authorId())) {
            throw forbidden();
        }
        long id = number(person);
        MemberRole role = initiatives.roles(a.initiative().id()).get(id);
        if (role == null || role == MemberRole.OBSERVER || role == MemberRole.PROXY || id == me(a)) {
            throw new Refused("person", "drafts.coauthor.notMember");
        }
        drafts.addCoauthor(d.id(), id);
    }

    @Transactional
    void removeCoauthor(ToolAccess a, Document d, long person) {
        writable(a, d);
        if (!me(a).equals(d.authorId())) {
            throw forbidden();
        }
        drafts.removeCoauthor(d.id(), person);
    }

    @Transactional
    void publish(ToolAccess a, Document d) {
        writable(a, d);
        var outline = Outline.parse(d.workingText(), "text");
        if (!drafts.publish(d.id(), outline)) {
            throw new Refused(null, "drafts.notEditing");
        }
        initiatives.touch(a.initiative().id());
    }

    @Transactional
    void makeFinal(ToolAccess a, Document d) {
        if (!a.may(DraftsTool.DECIDE)) {
            throw forbidden();
        }
        if (!drafts.makeFinal(d.id())) {
            throw new Refused(null, "drafts.notOpen");
        }
        initiatives.touch(a.initiative().id());
    }

    /** The paragraph's current text, or a refusal naming the version that deleted it; not found if foreign. */
    Item current(Document d, long paragraph, String field) {
        if (!drafts.paragraphOf(d.id(), paragraph)) {
            throw new NotFound();
        }
        return drafts.currentItem(d.id(), d.currentVersion(), paragraph).orElseThrow(() -> {
            int by = drafts.firstChangeSince(d.id(), paragraph, 0)
                    .map(DraftRepository.Change::number)
                    .orElse(d.currentVersion());
            return new Refused(field, "drafts.paragraph.deleted", by);
        });
    }

    @Transactional
    long propose(ToolAccess a, Document d, long paragraph, AmendmentForm form) {
        if (!a.may(DraftsTool.AMEND)) {
            throw forbidden();
        }
        if (!d.open()) {
            throw new Refused(null, "drafts.notOpen");
        }
        Item item = current(d, paragraph, "body");
        String kind = Amendment.KINDS.contains(form.kind()) ? form.kind() : null;
        var problems = new java.util.ArrayList<Refused.Problem>();
        String body = null;
        if (kind == null) {
            problems.add(new Refused.Problem("kind", "drafts.amend.kind.invalid"));
        } else if (!kind.equals(Amendment.DELETE)) {
            try {
                body = Outline.paragraph(form.body(), "body");
                if (kind.equals(Amendment.REPLACE) && body.equals(item.body())) {
                    problems.add(new Refused.Problem("body", "drafts.amend.same"));
                }
            } catch (Refused r) {
                problems.addAll(r.problems());
            }
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            problems.add(new Refused.Problem("reason", "drafts.reason.invalid", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        if (number(form.base()) != item.textId()) {
            int by = drafts.firstChangeSince(d.id(), paragraph, 0)
                    .map(DraftRepository.Change::number)
                    .orElse(d.currentVersion());
            throw new Refused("body", "drafts.amend.changed", by);
        }
        long id = drafts.propose(d.id(), item, d.currentVersion(), kind, body, reason, me(a));
        initiatives.touch(a.initiative().id());
        return id;
    }

    private Amendment amendment(ToolAccess a, Document d, long id) {
        return drafts.amendment(d.id(), id, me(a)).orElseThrow(NotFound::new);
    }

    @Transactional
    void support(ToolAccess a, Document d, long id, boolean support) {
        if (!a.may(DraftsTool.SUPPORT)) {
            throw forbidden();
        }
        var amendment = amendment(a, d, id);
        if (!amendment.isOpen() || !d.open()) {
            throw new Refused(null, "drafts.support.closed");
        }
        if (support) {
            initiatives.requireCounts(a.person(), null);
            drafts.support(id, me(a));
        } else {
            drafts.unsupport(id, me(a));
        }
    }

    /**
     * Accepts or rejects an open amendment with a public reason, under a lock on the document's row. Accepting
     * writes the next version: the current one with the paragraph replaced, a paragraph added after it, or the
     * paragraph left out; refused when the paragraph's text is no longer the one the amendment was written
     * against. The author is told either way.
     */
    @Transactional
    void decide(ToolAccess a, Document d, long id, DecisionForm form) {
        if (!a.may(DraftsTool.DECIDE)) {
            throw forbidden();
        }
        decision(a.id(), me(a), d.id(), id, form);
        initiatives.touch(a.initiative().id());
    }

    /** The decision itself, once the person is known to decide in the instance (also for the race tests). */
    @Transactional
    void decision(long instance, long by, long document, long id, DecisionForm form) {
        String decision = form.decision();
        boolean accept = "accept".equals(decision);
        var problems = new java.util.ArrayList<Refused.Problem>();
        if (!accept && !"reject".equals(decision)) {
            problems.add(new Refused.Problem("decision", "drafts.decision.choose"));
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            problems.add(new Refused.Problem("reason", "drafts.reason.invalid", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var locked = drafts.lock(document).orElseThrow(NotFound::new);
        var amendment = drafts.amendment(document, id, by).orElseThrow(NotFound::new);
        if (!locked.open()) {
            throw new Refused(null, "drafts.notOpen");
        }
        if (!amendment.isOpen()) {
            throw new Refused(null, "drafts.decision.already");
        }
        if (accept) {
            accept(locked, amendment);
        }
        if (!drafts.decide(id, accept ? "accepted" : "rejected", reason, by)) {
            throw new Refused(null, "drafts.decision.already");
        }
        if (amendment.authorId() != null) {
            String link = "/drafts/" + instance + "/" + document + "/amendments/" + id;
            events.publishEvent(Notification.to(
                            List.of(amendment.authorId()),
                            NotificationKind.DRAFT_AMENDMENT,
                            "drafts.notify.subject",
                            "drafts.notify.body",
                            link)
                    .subjectArgs(Notification.Arg.text(locked.title()))
                    .bodyArgs(
                            Notification.Arg.text(locked.title()),
                            Notification.Arg.message("drafts.notify." + (accept ? "accepted" : "rejected")),
                            Notification.Arg.text(reason),
                            Notification.Arg.link(link)));
        }
    }

    private void accept(Document d, Amendment amendment) {
        int current = d.currentVersion();
        var item = drafts.currentItem(d.id(), current, amendment.paragraphId()).orElse(null);
        if (item == null || item.textId() != amendment.baseTextId()) {
            var change = drafts.firstChangeSince(d.id(), amendment.paragraphId(), amendment.baseVersion())
                    .orElse(new DraftRepository.Change(current, null));
            throw new Refused(
                    null,
                    item == null ? "drafts.decision.deleted" : "drafts.decision.changed",
                    amendment.baseVersion(),
                    change.number(),
                    change.amendmentId() == null ? "" : "#" + change.amendmentId());
        }
        long from = drafts.versionId(d.id(), current).orElseThrow();
        long next = drafts.insertVersion(d.id(), current + 1, amendment.id());
        Long paragraph = null;
        Long text = null;
        switch (amendment.kind()) {
            case Amendment.REPLACE -> text = drafts.newText(item.paragraphId(), amendment.body());
            case Amendment.ADD -> {
                paragraph = drafts.newParagraph(d.id());
                text = drafts.newText(paragraph, amendment.body());
            }
            default -> {}
        }
        drafts.copyWithChange(from, next, amendment.kind(), item, paragraph, text);
        drafts.setCurrentVersion(d.id(), current + 1);
    }

    /** A number typed into a hidden or chosen field; -1 when it is not one, which nothing matches. */
    static long number(String raw) {
        try {
            return raw == null ? -1 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
