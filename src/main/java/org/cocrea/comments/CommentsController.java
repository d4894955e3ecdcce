package org.cocrea.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.LocalPaths;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routes of every thread, wherever it is shown: each opens the thread for the signed-in person (404 when they
 * may not read it), acts, and goes back to the page that showed the thread ({@code back}, when it is a page of the
 * same tool instance or initiative) at the comment; a refusal shows the thread's own page again (422) with the
 * message beside the form and what was typed (with htmx, 200, so the thread is swapped in place).
 */
@Controller
class CommentsController {
    private final Comments comments;
    private final CommentService service;
    private final CommentRepository repository;
    private final Initiatives initiatives;
    private final java.util.List<CommentItems> items;

    CommentsController(
            Comments comments,
            CommentService service,
            CommentRepository repository,
            Initiatives initiatives,
            java.util.List<CommentItems> items) {
        this.comments = comments;
        this.items = items;
        this.service = service;
        this.repository = repository;
        this.initiatives = initiatives;
    }

    @GetMapping("/comments/initiative/{initiative:\\d+}")
    String initiativeThread(
            @PathVariable long initiative,
            @RequestParam(name = Comments.SORT, required = false) String sort,
            @AuthenticationPrincipal SignedInPerson me,
            Model model) {
        return page(model, open(initiative, me), sort, null, null);
    }

    @GetMapping("/comments/tool/{instance:\\d+}/{kind:[a-z][a-z0-9-]{0,39}}/{item:\\d+}")
    String toolThread(
            @PathVariable long instance,
            @PathVariable String kind,
            @PathVariable long item,
            @RequestParam(name = Comments.SORT, required = false) String sort,
            @AuthenticationPrincipal SignedInPerson me,
            Model model) {
        return page(model, open(instance, kind, item, me), sort, null, null);
    }

    @PostMapping("/comments/initiative/{initiative:\\d+}")
    String addToInitiative(
            @PathVariable long initiative,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return add(open(initiative, me), body, parent, back, new Page(model, request, response, redirect));
    }

    @PostMapping("/comments/tool/{instance:\\d+}/{kind:[a-z][a-z0-9-]{0,39}}/{item:\\d+}")
    String addToTool(
            @PathVariable long instance,
            @PathVariable String kind,
            @PathVariable long item,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return add(open(instance, kind, item, me), body, parent, back, new Page(model, request, response, redirect));
    }

    @PostMapping("/comments/initiative/{initiative:\\d+}/switch")
    String switchInitiative(
            @PathVariable long initiative,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var reader = open(initiative, me);
        return act(
                reader,
                back,
                null,
                new Page(model, request, response, redirect),
                "true".equals(open) ? "comments.switch.opened" : "comments.switch.closed",
                r -> {
                    service.setOpen(r, open);
                    return null;
                });
    }

    @PostMapping("/comments/tool/{instance:\\d+}/{kind:[a-z][a-z0-9-]{0,39}}/{item:\\d+}/switch")
    String switchTool(
            @PathVariable long instance,
            @PathVariable String kind,
            @PathVariable long item,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var reader = open(instance, kind, item, me);
        return act(
                reader,
                back,
                null,
                new Page(model, request, response, redirect),
                "true".equals(open) ? "comments.switch.opened" : "comments.switch.closed",
                r -> {
                    service.setOpen(r, open);
                    return null;
                });
    }

    @PostMapping("/comments/{comment:\\d+}/edit")
    String edit(
            @PathVariable long comment,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("editBody", body);
        model.addAttribute("editing", comment);
        return change(
                comment,
                me,
                back,
                new Page(model, request, response, redirect),
                "comments.saved",
                (r, c) -> service.edit(r, c, body));
    }

    @PostMapping("/comments/{comment:\\d+}/report")
    String report(
            @PathVariable long comment,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("reportReason", reason);
        model.addAttribute("reporting", comment);
        return change(
                comment,
                me,
                back,
                new Page(model, request, response, redirect),
                "comments.reported",
                (r, c) -> service.report(r, c, reason));
    }

    @PostMapping("/comments/{comment:\\d+}/moderate")
    String moderate(
            @PathVariable long comment,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(
                comment,
                me,
                back,
                new Page(model, request, response, redirect),
                "comments.moderated",
                (r, c) -> service.moderate(r, c, action));
    }

    /** Edits, reports or moderates one stored comment: opened for the person first (404 when they may not). */
    private String change(
            long comment,
            SignedInPerson me,
            String back,
            Page page,
            String notice,
            java.util.function.BiConsumer<Reader, Comment> action) {
        var stored = stored(comment, me);
        return act(stored.reader(), back, comment, page, notice, r -> {
            action.accept(r, stored.comment());
            return comment;
        });
    }

    private String add(Reader reader, String body, String parent, String back, Page page) {
        page.model().addAttribute("typedBody", body);
        page.model().addAttribute("typedParent", parent);
        String path = backTo(reader, back);
        return act(reader, back, null, page, "comments.added", r -> service.add(r, body, parent, path));
    }

    private String act(
            Reader reader, String back, Long anchor, Page page, String notice, Function<Reader, Long> action) {
        String path = backTo(reader, back);
        Long at;
        try {
            at = action.apply(reader);
        } catch (Refused refused) {
            page.model().addAttribute("errors", refused.shownAgain(page.response()));
            if (page.request().getHeader("HX-Request") != null) {
                // htmx swaps only successful answers: the thread with its message replaces the one on the page.
                page.response().setStatus(200);
            }
            return page(page.model(), reader, null, path, anchor);
        }
        page.redirect().addFlashAttribute("notice", notice);
        return "redirect:" + path + "#" + (at == null ? reader.target().domId() : "comment-" + at);
    }

    private String page(Model model, Reader reader, String sort, String back, Long anchor) {
        var target = reader.target();
        model.addAttribute(
                "thread", comments.draw(reader, CommentSort.fromCode(sort), back == null ? target.path() : back));
        model.addAttribute("initiative", reader.initiative());
        model.addAttribute("home", reader.home());
        return "comments/page";
    }

    /**
     * Where to go back to: {@code back} when it is a page of the thread's own initiative or tool instance (the page
     * that showed the thread), else the tool instance's page, or the initiative's.
     */
    String backTo(Reader reader, String back) {
        var target = reader.target();
        String home = reader.home();
        String local = LocalPaths.orHome(back == null ? "" : back.strip());
        int cut = local.indexOf('#');
        if (cut >= 0) {
            local = local.substring(0, cut);
        }
        boolean own = !local.contains("/..")
                && !local.contains("/./")
                && (local.equals(home)
                        || local.startsWith(home + "/")
                        || local.startsWith(home + "?")
                        || local.equals(target.path())
                        || local.startsWith(target.path() + "?"));
        return own ? local : home;
    }

    private Reader open(long initiative, SignedInPerson me) {
        var found = initiatives.visible(initiative, me).orElseThrow(NotFound::new);
        return comments.reader(found, me);
    }

    private Reader open(long instance, String kind, long item, SignedInPerson me) {
        if (CommentTarget.INITIATIVE.equals(kind)) {
            throw new NotFound();
        }
        var access = initiatives.toolAccess(me, instance).orElseThrow(NotFound::new);
        String tool = access.instance().toolId();
        boolean readable =
                items.stream().filter(i -> i.toolId().equals(tool)).anyMatch(i -> i.readable(access, kind, item));
        if (!readable) {
            throw new NotFound();
        }
        return comments.reader(CommentTarget.of(access, kind, item), access);
    }

    private record Opened(Reader reader, Comment comment) {}

    /** What a changing handler answers with: the model, the request (htmx or not), the response and the flash. */
    private record Page(
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {}

    /** A comment and its thread opened for the person: 404 when they may not read it, or it is hidden from them. */
    private Opened stored(long id, SignedInPerson me) {
        var stored = repository.find(id, me == null ? null : me.personId()).orElseThrow(NotFound::new);
        var target = stored.target();
        Reader reader = target.onInitiativePage()
                ? open(target.initiativeId(), me)
                : open(target.toolInstanceId(), target.kind(), target.itemId(), me);
        var c = stored.comment();
        if (c.hidden() && !reader.moderates() && !reader.isAuthor(c)) {
            throw new NotFound();
        }
        return new Opened(reader, c);
    }
}
