package org.cocrea.api;

import java.util.LinkedHashMap;
import org.cocrea.budget.BudgetResultsPublished;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.survey.SurveyClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The modules' events that organisations may subscribe to, turned into outbox rows after the changing transaction
 * committed (Modulith keeps the publication until this listener completed, so none is lost to a crash). The event
 * key makes a replay add nothing.
 */
@Component
class WebhookEvents {
    private final WebhookService webhooks;
    private final Initiatives initiatives;

    WebhookEvents(WebhookService webhooks, Initiatives initiatives) {
        this.webhooks = webhooks;
        this.initiatives = initiatives;
    }

    @ApplicationModuleListener
    void on(BudgetResultsPublished event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("budget", event.instanceId());
        data.put("closedAt", event.closedAt().toString());
        data.put("results", "/api/v1/budgets/" + event.instanceId() + "/results");
        initiatives
                .organisationOf(event.initiativeId())
                .ifPresent(organisation -> webhooks.publish(
                        organisation, WebhookService.BUDGET_RESULTS, "budget-results:" + event.budgetId(), data));
    }

    @ApplicationModuleListener
    void on(SurveyClosed event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("survey", event.instanceId());
        data.put("phase", event.phase().code());
        data.put("responses", event.responses());
        data.put("closedAt", event.closedAt().toString());
        initiatives
                .organisationOf(event.initiativeId())
                .ifPresent(organisation -> webhooks.publish(
                        organisation, WebhookService.SURVEY_CLOSED, "survey-closed:" + event.instanceId(), data));
    }
}
