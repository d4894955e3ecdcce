package org.cocrea.plans.export;

import jakarta.servlet.http.HttpServletRequest;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads: all of the citizen's plan data (JSON, PDF) and one version as a PDF for the paper file. */
@Controller
class PlanExportController {
    /** Plan data is never kept by a shared cache (nor by the browser's). */
    static final org.springframework.http.CacheControl PRIVATE = org.cocrea.platform.Downloads.PRIVATE;

    private final PlanService plans;
    private final PlanExport export;
    private final PlanPdf pdf;
    private final PlanPrivacy privacy;

    PlanExportController(PlanService plans, PlanExport export, PlanPdf pdf, PlanPrivacy privacy) {
        this.privacy = privacy;
        this.plans = plans;
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/plans/{id:\\d+}/my-data.json")
    ResponseEntity<PlanData> json(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson me, HttpServletRequest request) {
        var data = export.data(wholeRecord(id, me, request, "json"), "json");
        return ResponseEntity.ok()
                .cacheControl(PRIVATE)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("plan-" + id + ".json"))
                .body(data);
    }

    @GetMapping("/plans/{id:\\d+}/my-data.pdf")
    ResponseEntity<byte[]> dataPdf(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson me, HttpServletRequest request) {
        var data = export.data(wholeRecord(id, me, request, "pdf"), "pdf");
        return pdf("plan-" + id + ".pdf", pdf.data(data, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/plans/{id:\\d+}/versions/{n:\\d{1,9}}/pdf")
    ResponseEntity<byte[]> versionPdf(
            @PathVariable long id,
            @PathVariable int n,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletRequest request) {
        var printable = export.printable(plans.open(id, me, request.getRemoteAddr()), n);
        return pdf("plan-" + id + "-v" + n + ".pdf", pdf.version(printable, LocaleContextHolder.getLocale()));
    }

    /** The plan opened for a download of the whole record: an emergency access must have been opened for it. */
    private PlanService.Access wholeRecord(long id, SignedInPerson me, HttpServletRequest request, String what) {
        var access = plans.open(id, me, request.getRemoteAddr());
        privacy.requireWholeRecordExport(access, what);
        return access;
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .cacheControl(PRIVATE)
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .body(bytes);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
