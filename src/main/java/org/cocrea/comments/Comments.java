package org.cocrea.comments;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.LocalPaths;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The comments API for tools: a tool's controller adds {@code comments.thread(CommentTarget.of(access, "idea", id),
 * access)} to its model and its template draws it with {@code @template.comments.thread(ui = ui, thread = ...)}; the
 * routes that change a thread are this module's. Who may read a thread is who may read its tool instance (the
 * {@link ToolAccess} the tool opened) or its initiative; who may write, the roles the tool allows for the action
 * {@value #ACTION}; on the initiative page, its members ({@link #PAGE_WRITERS}, as the ideas tool lets them
 * comment); who moderates, the initiative's facilitators.
 */
@Service
public class Comments {
    /** The tool action whose roles may write comments: add it to {@code Tool#actions()}. */
    public static final String ACTION = "comment";
    /** The query parameter naming a thread's order on the page that shows it. */
    public static final String SORT = "comments";
    /** The query parameter naming the comment whose author is changing it on the page that shows it. */
    public static final String EDIT = "edit-comment";
    /** Who may write on the initiative page's own thread: its members, as the ideas tool lets them comment. */
    public static final Set<MemberRole> PAGE_WRITERS =
            EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN);

    private final CommentRepository comments;
    private final CommentService service;
    private final Initiatives initiatives;
    private final Accounts accounts;

    Comments(CommentRepository comments, CommentService service, Initiatives initiatives, Accounts accounts) {
        this.comments = comments;
        this.service = service;
        this.initiatives = initiatives;
        this.accounts = accounts;
    }

    /**
     * The thread about {@code target} for the person of {@code access}, in the order the current request's
     * {@value #SORT} parameter names (oldest first by default), coming back to the current page after a change.
     */
    public Thread thread(CommentTarget target, ToolAccess access) {
        return thread(target, access, java.util.Set.of());
    }

    /**
     * {@link #thread(CommentTarget, ToolAccess)} that also names {@code alsoNamed} (the item's author, say) in the
     * statement that names the authors, so the page asks no more: read them with {@link Thread#name}.
     */
    public Thread thread(CommentTarget target, ToolAccess access, java.util.Set<Long> alsoNamed) {
        check(target, access);
        var request = request();
        return draw(
                reader(target, access),
                CommentSort.fromCode(request.map(r -> r.getParameter(SORT)).orElse(null)),
                // A page shown again after a refused POST has no address to come back to: the thread's own page.
                request.filter(r -> "GET".equals(r.getMethod()))
                        .map(HttpServletRequest::getRequestURI)
                        .orElse(target.path()),
                alsoNamed);
    }

    private static void check(CommentTarget target, ToolAccess access) {
        if (access.id() != target.toolInstanceId() || access.initiative().id() != target.initiativeId()) {
            throw new IllegalArgumentException("the target is not in the tool instance opened");
        }
    }

    /** {@link #thread(CommentTarget, ToolAccess)} in the order {@code sort}, coming back to {@code back}. */
    public Thread thread(CommentTarget target, ToolAccess access, CommentSort sort, String back) {
        check(target, access);
        return draw(reader(target, access), sort, back);
    }

    /** The initiative page's own thread, for a person who may read the initiative. */
    public Thread thread(Initiative initiative, SignedInPerson person, CommentSort sort, String back) {
        return draw(reader(initiative, person), sort, back);
    }

    /** How many comments and replies (not hidden) each of {@code items} has, in one statement: for lists. */
    public Map<Long, Long> counts(ToolAccess access, String kind, Collection<Long> items) {
        return comments.counts(access.id(), kind, items);
    }

    /**
     * Stores a comment (or a reply to {@code parentId}) without a person behind the request, for a module's demo
     * data; people comment through this module's routes, which check their rights. Notifies nobody.
     */
    public long addForDemo(CommentTarget target, Long parentId, long authorId, String body) {
        return comments.add(target, parentId, authorId, body, service.now());
    }

    Reader reader(CommentTarget target, ToolAccess access) {
        boolean open = !comments.closed(target);
        boolean moderates = access.role() != null && access.role().facilitates();
        String home = initiatives
                .tool(access.instance().toolId())
                .map(t -> t.path(access.instance()))
                .orElse(target.path());
        return new Reader(
                target, access.person(), open && access.may(ACTION), moderates, open, access.initiative(), home);
    }

    Reader reader(Initiative initiative, SignedInPerson person) {
        var target = CommentTarget.initiative(initiative);
        boolean open = !comments.closed(target);
        var role = initiatives.role(initiative.id(), person).orElse(null);
        boolean writes = role != null && PAGE_WRITERS.contains(role) && initiative.status() != Status.ARCHIVED;
        return new Reader(
                target,
                person,
                open && writes,
                role != null && role.facilitates(),
                open,
                initiative,
                "/initiatives/" + initiative.id());
    }

    Thread draw(Reader reader, CommentSort sort, String back) {
        return draw(reader, sort, back, java.util.Set.of());
    }

    Thread draw(Reader reader, CommentSort sort, String back, java.util.Set<Long> alsoNamed) {
        Long me = reader.person() == null ? null : reader.person().personId();
        var all = comments.thread(reader.target(), me);
        var authors = new HashSet<Long>();
        all.forEach(c -> {
            if (c.authorId() != null) {
                authors.add(c.authorId());
            }
        });
        // The members a writer may mention and the authors, named in one statement.
        var members = service.members(reader);
        var wanted = new HashSet<Long>(authors);
        wanted.addAll(alsoNamed);
        wanted.addAll(members);
        var names = new java.util.HashMap<Long, String>();
        var mentionable = new java.util.ArrayList<String>();
        accounts.people(wanted).values().forEach(p -> {
            names.put(p.id(), p.deleted() ? "" : p.name());
            if (members.contains(p.id()) && !p.deleted()) {
                mentionable.add(p.name());
            }
        });
        var entries = new ArrayList<Thread.Entry>();
        for (Comment c : all) {
            if (!c.reply()) {
                entries.add(new Thread.Entry(
                        c,
                        all.stream()
                                .filter(r -> r.parentId() != null && r.parentId() == c.id())
                                .toList()));
            }
        }
        switch (sort) {
            case NEWEST ->
                entries.sort(
                        Comparator.comparing((Thread.Entry e) -> e.comment().createdAt())
                                .thenComparing(e -> e.comment().id())
                                .reversed());
            case REPLIED ->
                entries.sort(
                        Comparator.comparingInt((Thread.Entry e) -> e.replies().size())
                                .reversed()
                                .thenComparing(e -> e.comment().createdAt()));
            case OLDEST -> {}
        }
        return new Thread(
                reader.target(),
                List.copyOf(entries),
                Map.copyOf(names),
                sort,
                me,
                reader.mayComment(),
                reader.moderates(),
                reader.open(),
                mentionable.stream().sorted().toList(),
                LocalPaths.orHome(back),
                request()
                        .map(r -> CommentService.number(String.valueOf(r.getParameter(EDIT)))
                                .orElse(null))
                        .orElse(null),
                service.now().toInstant());
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? Optional.of(a.getRequest())
                : Optional.empty();
    }
}
