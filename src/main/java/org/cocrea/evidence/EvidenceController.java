package org.cocrea.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The evidence pages: an initiative's evidence, the portfolio with its filters, and the open data packages. */
@Controller
class EvidenceController {
    private final EvidenceService service;

    EvidenceController(EvidenceService service) {
        this.service = service;
    }

    @GetMapping("/evidence/initiatives/{id:\\d+}")
    String initiative(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var initiative = service.readable(id, me);
        model.addAttribute("evidence", service.of(initiative));
        return "evidence/initiative";
    }

    /** The portfolio; the filters are GET parameters, so it works without JavaScript and a link keeps them. */
    @GetMapping("/evidence")
    String portfolio(
            @RequestParam(required = false) String cell,
            @RequestParam(required = false) String factor,
            @AuthenticationPrincipal SignedInPerson me,
            Model model) {
        var reader = service.portfolioReader(me);
        model.addAttribute("portfolio", service.portfolio(reader, cell, factor));
        model.addAttribute("organisationId", reader.organisationId());
        return "evidence/portfolio";
    }

    /** The public initiatives' open data, for anyone. */
    @GetMapping("/evidence/opendata.zip")
    void openData(HttpServletResponse response) throws IOException {
        var resources = service.openData(null);
        zip(response, "cocrea-evidence", "Cocrea: co-production evidence of public initiatives", resources, false);
    }

    /** An organisation's open data, its non-public initiatives included, for its officers; 404 for anyone else. */
    @GetMapping("/evidence/organisations/{id:\\d+}/opendata.zip")
    void organisationData(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response)
            throws IOException {
        var organisation = service.officerOf(id, me);
        var resources = service.openData(organisation.id());
        zip(
                response,
                "cocrea-evidence-organisation-" + id,
                "Cocrea: co-production evidence of " + organisation.name(),
                resources,
                true);
    }

    private static void zip(
            HttpServletResponse response,
            String name,
            String title,
            java.util.List<OpenData.Resource> resources,
            boolean restricted)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".zip\"");
        if (restricted) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, Downloads.PRIVATE.getHeaderValue());
        }
        OpenData.write(response.getOutputStream(), name, title, resources);
    }
}
