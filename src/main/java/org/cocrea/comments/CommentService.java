package org.cocrea.comments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.Notification;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What people do with comments. Every change is decided on the {@link Reader} opened for the request (who may
 * read, write and moderate the thread, asked of {@link Initiatives}); a refusal stores nothing.
 */
@Service
class CommentService {
    static final int MAX_BODY = 5_000;
    static final int MAX_REASON = 500;
    /** Reports that hide a comment until a facilitator reviews it, as the ideas tool does for its ideas. */
    static final int REPORTS_TO_HIDE = 3;

    private final CommentRepository comments;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            Initiatives initiatives,
            Accounts accounts,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.comments = comments;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Stores a comment (or a reply to a top-level comment of the same thread) and notifies the members it mentions,
     * in one transaction. {@code link} is the page showing the thread, for the notification.
     */
    @Transactional
    long add(Reader reader, String body, String parent, String link) {
        if (!reader.mayComment()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String text = body(body);
        Long parentId = null;
        if (parent != null && !parent.isBlank()) {
            parentId = number(parent)
                    .flatMap(id -> comments.find(id, null))
                    .filter(s ->
                            s.target().equals(reader.target()) && !s.comment().reply())
                    .map(s -> s.comment().id())
                    .orElseThrow(() -> new Refused("body", "comments.parent.invalid"));
        }
        long me = reader.person().personId();
        long id = comments.add(reader.target(), parentId, me, text, now());
        var mentioned = Mentions.find(text, mentionable(reader));
        mentioned.remove(me);
        if (!mentioned.isEmpty()) {
            events.publishEvent(Notification.to(
                            mentioned,
                            NotificationKind.MENTION,
                            "comments.mention.subject",
                            "comments.mention.body",
                            link + "#comment-" + id)
                    .subjectArgs(Notification.Arg.text(reader.person().displayName()))
                    .bodyArgs(
                            Notification.Arg.text(reader.person().displayName()),
                            Notification.Arg.text(excerpt(text))));
        }
        initiatives.touch(reader.target().initiativeId());
        return id;
    }

    /** The author changes their comment within {@link Comment#EDITABLE_FOR} of writing it; it is marked edited. */
    void edit(Reader reader, Comment comment, String body) {
        if (!reader.mayComment() || !reader.isAuthor(comment)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String text = body(body);
        var now = now();
        if (!comment.editableAt(now.toInstant())
                || !comments.edit(
                        comment.id(), reader.person().personId(), text, now, now.minus(Comment.EDITABLE_FOR))) {
            throw new Refused("body", "comments.edit.late", Comment.EDITABLE_FOR.toMinutes());
        }
    }

    /** Anyone signed in who reads the thread may report another's comment once; enough reports hide it. */
    @Transactional
    void report(Reader reader, Comment comment, String reason) {
        if (reader.person() == null || reader.isAuthor(comment)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON || hasControls(text)) {
            throw new Refused("reason", "comments.report.invalid", MAX_REASON);
        }
        try {
            comments.report(comment.id(), reader.person().personId(), text, now());
        } catch (DuplicateKeyException again) {
            throw new Refused(null, "comments.report.again");
        }
        comments.hideIfReported(comment.id(), REPORTS_TO_HIDE);
    }

    void moderate(Reader reader, Comment comment, String action) {
        if (!reader.moderates()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        switch (action == null ? "" : action) {
            case "hide" -> comments.moderate(comment.id(), "hidden");
            case "restore" -> comments.moderate(comment.id(), "cleared");
            default -> throw new Refused(null, "comments.moderation.invalid");
        }
    }

    void setOpen(Reader reader, String open) {
        if (!reader.moderates()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        switch (open == null ? "" : open) {
            case "true" -> comments.open(reader.target(), true, now());
            case "false" -> comments.open(reader.target(), false, now());
            default -> throw new Refused(null, "comments.switch.invalid");
        }
    }

    /** The members of the thread's initiative, whom a writer may mention (none for anyone else). */
    java.util.Set<Long> members(Reader reader) {
        return reader.mayComment()
                ? java.util.Set.copyOf(
                        initiatives.roles(reader.target().initiativeId()).keySet())
                : java.util.Set.of();
    }

    /** The members of the thread's initiative, by name, whom a writer may mention (none for anyone else). */
    Map<Long, String> mentionable(Reader reader) {
        var names = new LinkedHashMap<Long, String>();
        if (!reader.mayComment()) {
            return names;
        }
        var people = accounts.people(
                initiatives.roles(reader.target().initiativeId()).keySet());
        people.values().stream().filter(p -> !p.deleted()).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private static String body(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY || hasControls(text)) {
            throw new Refused("body", "comments.body.invalid", MAX_BODY);
        }
        return text;
    }

    /** Control characters other than line breaks and tabs (a NUL would not even be stored by PostgreSQL). */
    static boolean hasControls(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
