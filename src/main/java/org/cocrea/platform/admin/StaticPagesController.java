package org.cocrea.platform.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Language;
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
 * The static pages for everyone (about, terms, privacy, accessibility statement, in the reader's language) and their
 * editor for administrators ({@code /admin/**} is theirs alone).
 */
@Controller
class StaticPagesController {
    private final StaticPages pages;
    private final java.time.ZoneId zone;

    StaticPagesController(StaticPages pages, CocreaSettings settings) {
        this.pages = pages;
        this.zone = settings.timeZone();
    }

    @GetMapping("/about")
    String about(java.util.Locale locale, Model model) {
        return show(StaticPage.ABOUT, locale, model);
    }

    @GetMapping("/terms")
    String terms(java.util.Locale locale, Model model) {
        return show(StaticPage.TERMS, locale, model);
    }

    @GetMapping("/privacy")
    String privacy(java.util.Locale locale, Model model) {
        return show(StaticPage.PRIVACY, locale, model);
    }

    @GetMapping("/accessibility")
    String accessibility(java.util.Locale locale, Model model) {
        return show(StaticPage.ACCESSIBILITY, locale, model);
    }

    private String show(StaticPage page, java.util.Locale locale, Model model) {
        model.addAttribute("view", pages.view(page, Language.of(locale), zone));
        return "platform/static-page";
    }

    @GetMapping("/admin/pages")
    String overview(Model model) {
        model.addAttribute("overview", pages.overview());
        return "platform/admin-pages";
    }

    @GetMapping("/admin/pages/{page}/{lang}")
    String edit(@PathVariable String page, @PathVariable String lang, Model model) {
        model.addAttribute("edit", pages.edit(page(page), language(lang), null));
        model.addAttribute("errors", null);
        return "platform/admin-page-edit";
    }

    @PostMapping("/admin/pages/{page}/{lang}")
    String save(
            @PathVariable String page,
            @PathVariable String lang,
            @RequestParam(required = false) String body,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var staticPage = page(page);
        var language = language(lang);
        try {
            boolean changed = pages.save(staticPage, language, body, me);
            redirect.addFlashAttribute("notice", changed ? "admin.pages.saved" : "admin.pages.unchanged");
            return "redirect:/admin/pages/" + staticPage.code() + "/" + language.code();
        } catch (Refused refused) {
            model.addAttribute("errors", refused.shownAgain(response));
            model.addAttribute("edit", pages.edit(staticPage, language, body == null ? "" : body));
            return "platform/admin-page-edit";
        }
    }

    private static StaticPage page(String code) {
        return StaticPage.fromCode(code).orElseThrow(NotFound::new);
    }

    private static Language language(String code) {
        // fromCode trims and lower-cases; the address names a language exactly or not at all.
        return Language.fromCode(code).filter(l -> l.code().equals(code)).orElseThrow(NotFound::new);
    }
}
