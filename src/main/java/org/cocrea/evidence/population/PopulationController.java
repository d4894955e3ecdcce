package org.cocrea.evidence.population;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The population pages: an organisation's margins (upload, table, CSV), a person's self-description and an
 * initiative's comparison with the population.
 */
@Controller
class PopulationController {
    private final PopulationService service;

    PopulationController(PopulationService service) {
        this.service = service;
    }

    @GetMapping("/evidence/organisations/{id:\\d+}/population")
    String margins(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var organisation = service.managed(id, me);
        return margins(service.margins(organisation), null, model);
    }

    @PostMapping("/evidence/organisations/{id:\\d+}/population")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        var organisation = service.managed(id, me);
        try {
            if (file != null && file.getSize() > MarginsCsv.MAX_BYTES) {
                throw new Refused(MarginsCsv.FIELD, "population.upload.tooLarge", MarginsCsv.MAX_BYTES / 1024);
            }
            int bands = service.upload(organisation, file == null ? new byte[0] : file.getBytes(), me);
            redirect.addFlashAttribute("notice", "population.upload.done");
            redirect.addFlashAttribute("bands", bands);
            return "redirect:/evidence/organisations/" + id + "/population";
        } catch (Refused r) {
            return margins(service.margins(organisation), r.shownAgain(response), model);
        }
    }

    @GetMapping("/evidence/organisations/{id:\\d+}/population.csv")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me) {
        var organisation = service.managed(id, me);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"population-organisation-" + id + ".csv\"")
                .cacheControl(Downloads.PRIVATE)
                .body(service.csv(organisation).getBytes(StandardCharsets.UTF_8));
    }

    private String margins(Pages.Margins page, BindingResult errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        return "evidence/population/margins";
    }

    @GetMapping("/evidence/me")
    String me(@AuthenticationPrincipal SignedInPerson me, Model model) {
        var page = service.me(me);
        return me(page, SelfDescriptionForm.of(page.current()), null, model);
    }

    @PostMapping("/evidence/me")
    String describe(
            @ModelAttribute("form") SelfDescriptionForm form,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.describe(me, form);
            redirect.addFlashAttribute("notice", "population.me.saved");
            return "redirect:/evidence/me";
        } catch (Refused r) {
            return me(service.me(me), form, r.shownAgain(response), model);
        }
    }

    @PostMapping("/evidence/me/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        boolean had = service.withdraw(me);
        redirect.addFlashAttribute("notice", had ? "population.me.withdrawn" : "population.me.nothingToWithdraw");
        return "redirect:/evidence/me";
    }

    private String me(Pages.Me page, SelfDescriptionForm form, BindingResult errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "evidence/population/me";
    }

    @GetMapping("/evidence/initiatives/{id:\\d+}/representation")
    String representation(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("page", service.comparison(id, me));
        return "evidence/population/representation";
    }
}
