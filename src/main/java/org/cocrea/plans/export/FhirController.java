package org.cocrea.plans.export;

import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.care.RemoteAddress;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.privacy.ConsentRequired;
import org.cocrea.plans.privacy.ExportRefused;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plans/{initiativeId}/fhir}: the plan as a FHIR R4 Bundle, for the same people as the plan
 * pages (everyone else gets 404), and only while the citizen consents to their plan data being shared.
 */
@RestController
class FhirController {
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final Initiatives initiatives;
    private final PlanService plans;
    private final PlanPrivacy privacy;
    private final FhirExport fhir;

    FhirController(Initiatives initiatives, PlanService plans, PlanPrivacy privacy, FhirExport fhir) {
        this.initiatives = initiatives;
        this.plans = plans;
        this.privacy = privacy;
        this.fhir = fhir;
    }

    @GetMapping("/api/plans/{id:\\d+}/fhir")
    ResponseEntity<String> bundle(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson me, @RemoteAddress String from) {
        if (me == null) {
            throw new NotFound();
        }
        long instance = initiatives.toolInstancesOf(id).stream()
                .filter(i -> i.toolId().equals(PlanTool.ID))
                .mapToLong(ToolInstance::id)
                .min()
                .orElseThrow(NotFound::new);
        var access = plans.open(instance, me, from);
        if (!privacy.sharingAllowed(access.initiative().id())) {
            return outcome(HttpStatus.FORBIDDEN, "The citizen has not consented to sharing their plan data.");
        }
        try {
            privacy.requireWholeRecordExport(access, "fhir");
        } catch (ExportRefused e) {
            return outcome(
                    HttpStatus.FORBIDDEN,
                    "This emergency access was not opened for the export of the whole record; the attempt is logged.");
        }
        return ResponseEntity.ok()
                .cacheControl(org.cocrea.platform.Downloads.PRIVATE)
                .contentType(FHIR_JSON)
                .body(fhir.json(access));
    }

    @ExceptionHandler(ConsentRequired.class)
    ResponseEntity<String> consentRequired() {
        return outcome(HttpStatus.FORBIDDEN, "The citizen has not consented to this proxy acting for them.");
    }

    private ResponseEntity<String> outcome(HttpStatus status, String text) {
        var outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.FORBIDDEN)
                .setDiagnostics(text);
        return ResponseEntity.status(status)
                .cacheControl(org.cocrea.platform.Downloads.PRIVATE)
                .contentType(FHIR_JSON)
                .body(fhir.context().newJsonParser().encodeResourceToString(outcome));
    }
}
