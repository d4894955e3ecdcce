package org.cocrea.tracking;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.Images;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one tracking instance: its results with status, progress and money, and the page of each with its
 * timeline; the facilitators' forms (import, add by hand, progress with a photo, milestones, links); the instance's
 * exports. Each request opens the instance once ({@link OpenTool}); a refusal shows the page again with the form as
 * typed (422), nothing stored.
 */
@Controller
class TrackingController {
    private static final String ID = "/tracking/{id:\\d+}";
    private static final String ONE = ID + "/{result:\\d+}";
    private final TrackingService service;
    private final TrackingRepository results;
    private final DeliveryLinks links;
    private final TrackingExport export;
    private final Images images;

    TrackingController(
            TrackingService service,
            TrackingRepository results,
            DeliveryLinks links,
            TrackingExport export,
            Images images) {
        this.service = service;
        this.results = results;
        this.links = links;
        this.export = export;
        this.images = images;
    }

    @GetMapping(ID)
    String show(@OpenTool(TrackingTool.ID) ToolAccess access, Model model) {
        return board(access, model, null, null, null);
    }

    @PostMapping(ID + "/import")
    String importSource(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @RequestParam(name = "source", required = false) String source,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.importSource(access, source);
            redirect.addFlashAttribute("notice", "tracking.imported");
            return "redirect:/tracking/" + access.id() + "/" + id;
        } catch (Refused refused) {
            return board(access, model, "import", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/results")
    String add(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @ModelAttribute("resultForm") ResultForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.add(access, form);
            redirect.addFlashAttribute("notice", "tracking.added");
            return "redirect:/tracking/" + access.id() + "/" + id;
        } catch (Refused refused) {
            return board(access, model, "add", form, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE)
    String result(@OpenTool(TrackingTool.ID) ToolAccess access, @PathVariable("result") long result, Model model) {
        return page(access, result, model, null, null, null);
    }

    @PostMapping(ONE + "/progress")
    String progress(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @PathVariable("result") long result,
            @ModelAttribute("progressForm") ProgressForm form,
            @RequestParam(name = Images.FILE, required = false) MultipartFile image,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.progress(access, result, form, image);
            redirect.addFlashAttribute("notice", "tracking.progress.saved");
            return "redirect:/tracking/" + access.id() + "/" + result;
        } catch (Refused refused) {
            return page(access, result, model, "progress", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/milestones")
    String milestone(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @PathVariable("result") long result,
            @ModelAttribute("milestoneForm") MilestoneForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.milestone(access, result, form);
            redirect.addFlashAttribute("notice", "tracking.milestone.added");
            return "redirect:/tracking/" + access.id() + "/" + result;
        } catch (Refused refused) {
            return page(access, result, model, "milestone", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/milestones/{milestone:\\d+}")
    String reached(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @PathVariable("result") long result,
            @PathVariable("milestone") long milestone,
            @RequestParam(name = "doneOn", required = false) String doneOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.reached(access, result, milestone, doneOn);
            redirect.addFlashAttribute("notice", "tracking.milestone.saved");
            return "redirect:/tracking/" + access.id() + "/" + result;
        } catch (Refused refused) {
            return page(access, result, model, "reached-" + milestone, doneOn, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/links")
    String link(
            @OpenTool(TrackingTool.ID) ToolAccess access,
            @PathVariable("result") long result,
            @RequestParam(name = "work", required = false) String work,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.link(access, result, work);
            redirect.addFlashAttribute("notice", "tracking.linked");
            return "redirect:/tracking/" + access.id() + "/" + result;
        } catch (Refused refused) {
            return page(access, result, model, "link", work, refused.shownAgain(response));
        }
    }

    /** The declared "csv" export: the instance's results, for exactly the initiative's readers, streamed. */
    @GetMapping(ID + "/export.csv")
    void csv(@OpenTool(TrackingTool.ID) ToolAccess access, HttpServletResponse response) throws IOException {
        download(access, response, "text/csv", "csv");
        export.csv(List.of(access.id()), owners(access), null, response.getWriter());
    }

    /** The declared "json" export, the same results as JSON, streamed. */
    @GetMapping(ID + "/export.json")
    void json(@OpenTool(TrackingTool.ID) ToolAccess access, HttpServletResponse response) throws IOException {
        download(access, response, "application/json", "json");
        export.json(access.initiative().title(), List.of(access.id()), owners(access), null, response.getWriter());
    }

    private static Map<Long, TrackingExport.Owner> owners(ToolAccess access) {
        return Map.of(
                access.id(),
                new TrackingExport.Owner(
                        access.initiative().id(), access.initiative().title()));
    }

    private static void download(ToolAccess access, HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"tracking-" + access.id() + "." + extension + "\"");
        if (!access.initiative().isPublic()) {
            response.setHeader("Cache-Control", Downloads.PRIVATE.getHeaderValue());
        }
    }

    /** The instance's page; {@code failed} names the form a refusal came from. */
    private String board(ToolAccess access, Model model, String failed, ResultForm typed, BindingResult errors) {
        var list = results.of(access.id());
        boolean manage = access.may(TrackingTool.MANAGE);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("results", list);
        model.addAttribute(
                "pictures",
                images.pictures(list.stream().map(TrackedResult::imageId).toList()));
        model.addAttribute("mayManage", manage);
        model.addAttribute(
                "importable", manage ? service.importable(access.initiative().id()) : List.of());
        model.addAttribute("resultForm", typed == null ? ResultForm.empty() : typed);
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        return "tracking/tracking";
    }

    /** A result's page; {@code failed} names the form a refusal came from, shown again as typed. */
    private String page(ToolAccess access, long id, Model model, String failed, Object typed, BindingResult errors) {
        var result = results.find(access.id(), id).orElseThrow(NotFound::new);
        var updates = results.updates(id);
        var pictureIds = new ArrayList<Long>();
        pictureIds.add(result.imageId());
        updates.forEach(u -> pictureIds.add(u.imageId()));
        boolean manage = access.may(TrackingTool.MANAGE);
        long initiative = access.initiative().id();
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("result", result);
        model.addAttribute("milestones", results.milestones(id));
        model.addAttribute("updates", updates);
        model.addAttribute("pictures", images.pictures(pictureIds));
        model.addAttribute(
                "names",
                service.names(
                        access, updates.stream().map(ResultUpdate::authorId).toList()));
        model.addAttribute("linked", links.linked(id, initiative));
        model.addAttribute("offered", manage ? links.offered(initiative) : List.of());
        model.addAttribute("today", service.today());
        model.addAttribute("mayManage", manage);
        model.addAttribute("progressForm", "progress".equals(failed) ? (ProgressForm) typed : ProgressForm.of(result));
        model.addAttribute("milestoneForm", "milestone".equals(failed) ? (MilestoneForm) typed : MilestoneForm.empty());
        model.addAttribute("typed", typed instanceof String s ? s : "");
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        return "tracking/result";
    }
}
