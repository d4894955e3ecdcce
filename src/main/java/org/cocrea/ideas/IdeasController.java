package org.cocrea.ideas;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Images;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of proposals, the form for a new one, a proposal's page, and the instance's settings. */
@Controller
class IdeasController {
    private final Places places;
    private final Pages pages;
    private final IdeaService service;
    private final IdeaRepository ideas;

    IdeasController(Places places, Pages pages, IdeaService service, IdeaRepository ideas) {
        this.places = places;
        this.pages = pages;
        this.service = service;
        this.ideas = ideas;
    }

    @GetMapping("/ideas/{tool:\\d+}")
    String list(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("list", pages.list(new Place(tool), category, status, sort, page, request));
        return "ideas/list";
    }

    @GetMapping("/ideas/{tool:\\d+}/new")
    String newForm(@OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool, Model model) {
        var place = new Place(tool);
        if (!place.may(IdeasTool.PROPOSE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(place, model, IdeaForm.empty(), null);
    }

    @PostMapping("/ideas/{tool:\\d+}")
    String propose(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @ModelAttribute("form") IdeaForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = Images.FILE, required = false) MultipartFile image,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var place = new Place(tool);
        try {
            long id = service.propose(place, form, files, image);
            redirect.addFlashAttribute("notice", "ideas.created");
            return "redirect:/ideas/" + tool.id() + "/" + id;
        } catch (Refused r) {
            return form(place, model, form, r.shownAgain(response));
        }
    }

    @GetMapping("/ideas/{tool:\\d+}/{idea:\\d+}")
    String show(@OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool, @PathVariable long idea, Model model) {
        var place = new Place(tool);
        model.addAttribute("page", pages.idea(place, places.idea(place, idea)));
        model.addAttribute("errors", null);
        return "ideas/idea";
    }

    @GetMapping("/ideas/{tool:\\d+}/settings")
    String settings(@OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool, Model model) {
        var place = new Place(tool);
        if (!place.moderates()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return settingsPage(place, model, SettingsForm.of(ideas.settings(tool.id())), null);
    }

    @PostMapping("/ideas/{tool:\\d+}/settings")
    String saveSettings(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @ModelAttribute("form") SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var place = new Place(tool);
        try {
            service.saveSettings(place, form);
            redirect.addFlashAttribute("notice", "ideas.settings.saved");
            return "redirect:/ideas/" + tool.id() + "/settings";
        } catch (Refused r) {
            return settingsPage(place, model, form, r.shownAgain(response));
        }
    }

    private String form(Place place, Model model, IdeaForm form, BindingResult errors) {
        model.addAttribute("initiative", place.initiative());
        model.addAttribute("instance", place.instance());
        model.addAttribute("categories", ideas.settings(place.id()).categoryList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ideas/form";
    }

    private String settingsPage(Place place, Model model, SettingsForm form, BindingResult errors) {
        model.addAttribute("initiative", place.initiative());
        model.addAttribute("instance", place.instance());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ideas/settings";
    }
}
