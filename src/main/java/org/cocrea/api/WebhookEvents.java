package org.cocrea.api;

import java.util.LinkedHashMap;
import org.cocrea.budget.BudgetResultsPublished;
import org.cocrea.ideas.ProposalAnswered;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.PhaseChanged;
import org.cocrea.pacts.PactSigned;
import org.cocrea.survey.SurveyClosed;
import org.cocrea.tracking.ProjectProgressed;
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

    @ApplicationModuleListener
    void on(PhaseChanged event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("from", event.from() == null ? null : event.from().code());
        data.put("to", event.to().code());
        data.put("changedAt", event.changedAt().toString());
        data.put("phases", "/api/v1/initiatives/" + event.initiativeId() + "/phases");
        publish(
                event.initiativeId(),
                WebhookService.PHASE_CHANGED,
                "phase-changed:" + event.initiativeId() + ":" + event.to().code() + ":"
                        + event.changedAt().toInstant().toEpochMilli(),
                data);
    }

    @ApplicationModuleListener
    void on(ProposalAnswered event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("instance", event.instanceId());
        data.put("proposal", event.ideaId());
        data.put("status", event.status().code());
        data.put("answeredAt", event.answeredAt().toString());
        data.put("proposals", "/api/v1/proposals/" + event.instanceId());
        publish(
                event.initiativeId(),
                WebhookService.PROPOSAL_ANSWERED,
                "proposal-answered:" + event.ideaId() + ":"
                        + event.answeredAt().toInstant().toEpochMilli(),
                data);
    }

    @ApplicationModuleListener
    void on(PactSigned event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("instance", event.instanceId());
        data.put("pact", event.pactId());
        data.put("textSha256", event.textSha256());
        data.put("signedAt", event.signedAt().toString());
        publish(
                event.initiativeId(),
                WebhookService.PACT_SIGNED,
                "pact-signed:" + event.pactId() + ":" + event.textSha256(),
                data);
    }

    @ApplicationModuleListener
    void on(ProjectProgressed event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("initiative", event.initiativeId());
        data.put("instance", event.instanceId());
        data.put("project", event.resultId());
        data.put("update", event.updateId());
        data.put("status", event.status().code());
        data.put("progress", event.progress());
        data.put("spent", ApiV1Controller.cents(event.spentCents()));
        data.put("at", event.at().toString());
        data.put("projects", "/api/v1/tracking/" + event.instanceId());
        publish(event.initiativeId(), WebhookService.PROJECT_PROGRESS, "project-progress:" + event.updateId(), data);
    }

    /** Only the subscriptions of the organisation that owns the initiative; none when it has none. */
    private void publish(long initiativeId, String type, String key, LinkedHashMap<String, Object> data) {
        initiatives
                .organisationOf(initiativeId)
                .ifPresent(organisation -> webhooks.publish(organisation, type, key, data));
    }
}
