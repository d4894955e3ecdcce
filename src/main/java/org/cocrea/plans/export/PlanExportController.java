package org.cocrea.plans.export;

import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<PlanData> json(@PathVariable long id, @OpenPlanTool(PlanTool.ID) PlanService.Access access) {
        var data = export.data(wholeRecord(access, "json"), "json");
        return ResponseEntity.ok()
                .cacheControl(PRIVATE)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("plan-" + id + ".json"))
                .body(data);
    }

    @GetMapping("/plans/{id:\\d+}/my-data.pdf")
    ResponseEntity<byte[]> dataPdf(@PathVariable long id, @OpenPlanTool(PlanTool.ID) PlanService.Access access) {
        var data = export.data(wholeRecord(access, "pdf"), "pdf");
        return pdf("plan-" + id + ".pdf", pdf.data(data, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/plans/{id:\\d+}/versions/{n:\\d{1,9}}/pdf")
    ResponseEntity<byte[]> versionPdf(
            @PathVariable long id, @PathVariable int n, @OpenPlanTool(PlanTool.ID) PlanService.Access a) {
        var printable = export.printable(a, n);
        return pdf("plan-" + id + "-v" + n + ".pdf", pdf.version(printable, LocaleContextHolder.getLocale()));
    }

    /** The plan opened for a download of the whole record: an emergency access must have been opened for it. */
    private PlanService.Access wholeRecord(PlanService.Access access, String what) {
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
