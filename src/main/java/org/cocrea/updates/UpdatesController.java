package org.cocrea.updates;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The posts of one updates instance; whoever may not see the initiative gets "not found". */
@Controller
class UpdatesController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Initiatives initiatives;
    private final UpdateRepository posts;
    private final org.cocrea.comments.Comments comments;

    UpdatesController(Initiatives initiatives, UpdateRepository posts, org.cocrea.comments.Comments comments) {
        this.initiatives = initiatives;
        this.posts = posts;
        this.comments = comments;
    }

    @GetMapping("/updates/{id:\\d+}")
    String show(@OpenTool(UpdatesTool.ID) ToolAccess access, Model model) {
        return page(access, model, UpdateForm.empty(), null);
    }

    @PostMapping("/updates/{id:\\d+}")
    String post(
            @OpenTool(UpdatesTool.ID) ToolAccess access,
            @ModelAttribute("form") UpdateForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!access.may(UpdatesTool.POST)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ToolInstance instance = access.instance();
        String title = form.title() == null ? "" : form.title().trim();
        String body = form.body() == null ? "" : form.body().trim();
        var problems = new ArrayList<Refused.Problem>();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Refused.Problem("title", "updates.title.invalid"));
        }
        if (body.isEmpty() || body.length() > 20_000) {
            problems.add(new Refused.Problem("body", "updates.body.invalid"));
        }
        if (!problems.isEmpty()) {
            return page(access, model, form, new Refused(problems).shownAgain(response));
        }
        long id = access.id();
        posts.add(id, access.person().personId(), title, body);
        initiatives.touch(instance.initiativeId());
        redirect.addFlashAttribute("notice", "updates.posted");
        return "redirect:/updates/" + id;
    }

    /**
     * The declared "json" export: the instance's posts, Markdown as written, for exactly the initiative's
     * readers. Posts may hold any text, so {@code <}, {@code >} and {@code &} are written as JSON escapes: the
     * file stays valid JSON and never reads as markup, whatever a browser or a careless consumer does with it.
     */
    @GetMapping(value = "/updates/{id:\\d+}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<String> export(@OpenTool(UpdatesTool.ID) ToolAccess access) {
        ToolInstance instance = access.instance();
        Initiative initiative = access.initiative();
        long id = instance.id();
        var export = new UpdatesExport(
                initiative.id(),
                initiative.title(),
                instance.id(),
                instance.phase().code(),
                posts.of(instance.id()).stream()
                        .map(p -> new UpdatesExport.Post(
                                p.id(), p.title(), p.body(), p.postedAt().toString()))
                        .toList());
        return org.cocrea.platform.Downloads.of(ResponseEntity.ok(), initiative.isPublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"updates-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(export)
                        .replace("<", "\\u003c")
                        .replace(">", "\\u003e")
                        .replace("&", "\\u0026"));
    }

    /** What the JSON export holds; authors are left out, as on the page. */
    record UpdatesExport(long initiativeId, String initiative, long toolInstanceId, String phase, List<Post> posts) {
        record Post(long id, String title, String body, String postedAt) {}
    }

    /**
     * The page, from the person's access read once for the request (the instance was read three times, the
     * initiative and the role twice, when visibility and the right to post were asked separately).
     */
    private String page(ToolAccess access, Model model, UpdateForm form, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("posts", posts.of(access.instance().id()));
        model.addAttribute("mayPost", access.may(UpdatesTool.POST));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "comments",
                comments.thread(
                        org.cocrea.comments.CommentTarget.of(access, UpdatesCommentItems.KIND, access.id()), access));
        return "updates/updates";
    }
}
