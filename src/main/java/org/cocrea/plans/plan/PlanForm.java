package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cocrea.plans.PlanContent;
import org.cocrea.platform.Refused;

/** A proposed version as submitted; the review date stays text until it is checked. */
public record PlanForm(
        String objectives,
        String services,
        String providers,
        String caseManager,
        String resources,
        String economic,
        String evaluation,
        String reviewDate) {

    static PlanForm of(PlanContent c) {
        return new PlanForm(
                c.objectives(),
                c.services(),
                c.providers(),
                c.caseManager(),
                c.resources(),
                c.economic(),
                c.evaluation(),
                c.reviewDate() == null ? "" : c.reviewDate().toString());
    }

    PlanContent content() {
        LocalDate date = null;
        if (reviewDate != null && !reviewDate.isBlank()) {
            try {
                date = LocalDate.parse(reviewDate.strip());
            } catch (DateTimeParseException e) {
                throw new Refused("reviewDate", "plans.reviewDate.invalid");
            }
        }
        return new PlanContent(objectives, services, providers, caseManager, resources, economic, evaluation, date);
    }

    public String value(String section) {
        String v = raw(section);
        return v == null ? "" : v;
    }

    private String raw(String section) {
        return switch (section) {
            case "objectives" -> objectives;
            case "services" -> services;
            case "providers" -> providers;
            case "caseManager" -> caseManager;
            case "resources" -> resources;
            case "economic" -> economic;
            case "evaluation" -> evaluation;
            default -> reviewDate;
        };
    }
}
