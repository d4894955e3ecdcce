package org.cocrea.map;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cocrea.comments.CommentTarget;
import org.cocrea.comments.Comments;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The map with its list of features, the form for a new feature, a feature's page, settings and the GeoJSON. */
@Controller
class MapController {
    static final int PAGE_SIZE = 50;

    private final MapRepository features;
    private final MapService service;
    private final GeoJsonExport export;
    private final Comments comments;
    private final MapCommentItems readable;

    MapController(
            MapRepository features,
            MapService service,
            GeoJsonExport export,
            Comments comments,
            MapCommentItems readable) {
        this.comments = comments;
        this.readable = readable;
        this.features = features;
        this.service = service;
        this.export = export;
    }

    @GetMapping("/map/{tool:\\d+}")
    String map(
            @OpenTool(value = MapTool.ID, path = "tool") ToolAccess map,
            @RequestParam(required = false) String page,
            Model model) {
        boolean withHidden = map.may(MapTool.MODERATE);
        int total = features.count(map.id(), withHidden);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, Math.max(1, number(page)));
        var shown = features.page(map.id(), withHidden, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute(
                "list",
                new MapPage(
                        map,
                        shown,
                        comments.counts(
                                map,
                                MapTool.FEATURE,
                                shown.stream().map(MapFeature::id).toList()),
                        total,
                        current,
                        pages,
                        map.initiative().areaOutline().isPresent()
                                ? map.initiative().area()
                                : null));
        return "map/map";
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/map/{tool:\\d+}/new")
    String newFeature(@OpenTool(value = MapTool.ID, path = "tool") ToolAccess map, Model model) {
        if (!map.may(MapTool.DRAW)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(map, model, FeatureForm.empty(), null);
    }

    @PostMapping("/map/{tool:\\d+}/features")
    String draw(
            @OpenTool(value = MapTool.ID, path = "tool") ToolAccess map,
            @ModelAttribute("form") FeatureForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.draw(map, form);
            redirect.addFlashAttribute("notice", "map.feature.created");
            return "redirect:/map/" + map.id() + "/features/" + id;
        } catch (Refused r) {
            return form(map, model, form, r.shownAgain(response));
        }
    }

    private String form(ToolAccess map, Model model, FeatureForm form, BindingResult errors) {
        model.addAttribute("map", map);
        model.addAttribute("categories", features.categories(map.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "area",
                map.initiative().areaOutline().isPresent() ? map.initiative().area() : null);
        return "map/form";
    }

    @GetMapping("/map/{tool:\\d+}/features/{feature:\\d+}")
    String feature(
            @OpenTool(value = MapTool.ID, path = "tool") ToolAccess map, @PathVariable long feature, Model model) {
        var f = readable.feature(map, feature).orElseThrow(NotFound::new);
        model.addAttribute("map", map);
        model.addAttribute("feature", f);
        model.addAttribute("comments", comments.thread(CommentTarget.of(map, MapTool.FEATURE, feature), map));
        return "map/feature";
    }

    @PostMapping("/map/{tool:\\d+}/features/{feature:\\d+}/hidden")
    String hide(
            @OpenTool(value = MapTool.ID, path = "tool") ToolAccess map,
            @PathVariable long feature,
            @RequestParam(required = false) String hidden,
            RedirectAttributes redirect) {
        boolean hide = !"false".equals(hidden);
        service.setHidden(map, feature, hide);
        redirect.addFlashAttribute("notice", hide ? "map.feature.hidden" : "map.feature.shown");
        return "redirect:/map/" + map.id() + "/features/" + feature;
    }

    @GetMapping("/map/{tool:\\d+}/settings")
    String settings(@OpenTool(value = MapTool.ID, path = "tool") ToolAccess map, Model model) {
        if (!map.may(MapTool.MODERATE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return settingsPage(map, model, String.join("\n", features.categories(map.id())), null);
    }

    @PostMapping("/map/{tool:\\d+}/settings")
    String saveSettings(
            @OpenTool(value = MapTool.ID, path = "tool") ToolAccess map,
            @RequestParam(required = false) String categories,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.saveCategories(map, categories);
            redirect.addFlashAttribute("notice", "map.settings.saved");
            return "redirect:/map/" + map.id() + "/settings";
        } catch (Refused r) {
            return settingsPage(map, model, categories, r.shownAgain(response));
        }
    }

    private String settingsPage(ToolAccess map, Model model, String categories, BindingResult errors) {
        model.addAttribute("map", map);
        model.addAttribute("categories", categories == null ? "" : categories);
        model.addAttribute("errors", errors);
        return "map/settings";
    }

    /** The shown features as a GeoJSON FeatureCollection, streamed from the database (the tool's export). */
    @GetMapping("/map/{tool:\\d+}/export.geojson")
    void geojson(@OpenTool(value = MapTool.ID, path = "tool") ToolAccess map, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/geo+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"map-" + map.id() + ".geojson\"");
        export.write(map.id(), map.initiative().title(), response.getWriter());
    }
}
