package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The residents register: officers (professionals of the organisation) and platform admins upload the census
 * list and decide contested claims; everybody else gets 404. Citizens claim residence from their profile ({@link ProfileController}).
 */
@Controller
class ResidentsController {
    private final Residents residents;
    private final OrganisationRepository organisations;
    private final Accounts accounts;

    ResidentsController(Residents residents, OrganisationRepository organisations, Accounts accounts) {
        this.residents = residents;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @GetMapping("/organisations/{id:\\d+}/residents")
    String register(@PathVariable long id, @AuthenticationPrincipal CocreaUser me, Model model) {
        return page(officerOf(id, me), model, null);
    }

    @PostMapping("/organisations/{id:\\d+}/residents")
    String upload(
            @PathVariable long id,
            @AuthenticationPrincipal CocreaUser me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        var organisation = officerOf(id, me);
        try {
            byte[] bytes = file == null ? new byte[0] : limited(file);
            residents.upload(id, me.id(), bytes);
            redirect.addFlashAttribute("notice", "residents.uploaded");
            return "redirect:/organisations/" + id + "/residents";
        } catch (Refused refused) {
            return page(organisation, model, refused.shownAgain(response));
        }
    }

    /** An officer moves a contested identifier's verification to the new claimant. */
    @PostMapping("/organisations/{id:\\d+}/residents/contests/{contest:\\d+}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable long contest,
            @AuthenticationPrincipal CocreaUser me,
            RedirectAttributes redirect) {
        return decide(id, contest, true, me, redirect);
    }

    /** An officer leaves a contested identifier's verification where it is. */
    @PostMapping("/organisations/{id:\\d+}/residents/contests/{contest:\\d+}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long contest,
            @AuthenticationPrincipal CocreaUser me,
            RedirectAttributes redirect) {
        return decide(id, contest, false, me, redirect);
    }

    private String decide(long id, long contest, boolean confirmed, CocreaUser me, RedirectAttributes redirect) {
        officerOf(id, me);
        if (!residents.decide(id, contest, confirmed, me.id())) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("notice", confirmed ? "residents.contest.confirmed" : "residents.contest.rejected");
        return "redirect:/organisations/" + id + "/residents";
    }

    /** The file's bytes, without reading more than the limit (and one byte to tell it was over). */
    private static byte[] limited(MultipartFile file) throws IOException {
        if (file.getSize() > CensusCsv.MAX_BYTES) {
            throw CensusCsv.refused("residents.csv.tooLarge", 0);
        }
        try (var in = file.getInputStream()) {
            return in.readNBytes(CensusCsv.MAX_BYTES + 1);
        }
    }

    private String page(Organisation organisation, Model model, BindingResult errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "census",
                residents
                        .census(organisation.id())
                        .map(c -> CensusView.of(c.entries(), c.uploadedAt()))
                        .orElse(null));
        model.addAttribute("contests", residents.openContests(organisation.id()));
        model.addAttribute("errors", errors);
        return "accounts/residents";
    }

    /** The organisation, if the person may keep its register; 404 otherwise, so outsiders learn nothing. */
    private Organisation officerOf(long id, CocreaUser me) {
        return accounts.officeOf(id, me);
    }
}
