package org.cocrea.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SecretTokens;
import org.cocrea.platform.SignedInPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** An organisation's webhook subscriptions and the outbox rows made for them. */
@Service
class WebhookService {
    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The events a subscription may ask for, in the order the form offers them. */
    static final String BUDGET_RESULTS = "budget.results-published";

    static final String SURVEY_CLOSED = "survey.closed";

    static final String PHASE_CHANGED = "initiative.phase-changed";

    static final String PROPOSAL_ANSWERED = "proposal.answered";

    static final String PACT_SIGNED = "pact.signed";

    static final String PROJECT_PROGRESS = "project.progress";

    static final List<String> EVENTS =
            List.of(PHASE_CHANGED, PROPOSAL_ANSWERED, BUDGET_RESULTS, SURVEY_CLOSED, PACT_SIGNED, PROJECT_PROGRESS);

    static final String TEST = "test";
    static final int MAX_SUBSCRIPTIONS = 20;

    private final WebhookRepository webhooks;
    private final Accounts accounts;
    Addresses.Resolver resolver = Addresses.DNS;

    WebhookService(WebhookRepository webhooks, Accounts accounts) {
        this.webhooks = webhooks;
        this.accounts = accounts;
    }

    record Created(long id, String secret) {}

    /**
     * The organisation if the person is one of its professionals (its officers, as for the ledger's rates) or a
     * platform administrator; 404 otherwise, so outsiders learn nothing.
     */
    Organisation officerOf(long organisationId, SignedInPerson me) {
        return accounts.officeOf(organisationId, me);
    }

    List<WebhookView> of(Organisation organisation) {
        return webhooks.ofOrganisation(organisation.id()).stream()
                .map(WebhookRepository.Subscription::view)
                .toList();
    }

    WebhookView subscription(Organisation organisation, long id) {
        return webhooks.subscription(organisation.id(), id)
                .map(WebhookRepository.Subscription::view)
                .orElseThrow(NotFound::new);
    }

    List<DeliveryView> log(Organisation organisation, long id) {
        subscription(organisation, id);
        return webhooks.log(id, 100);
    }

    @Transactional
    Created subscribe(Organisation organisation, WebhookForm form, SignedInPerson me) {
        var problems = new ArrayList<Refused.Problem>();
        boolean allowPrivate = "yes".equals(form.allowPrivate());
        if (allowPrivate && !me.isAdmin()) {
            problems.add(new Refused.Problem("allowPrivate", "api.webhook.allowPrivate.adminsOnly"));
        }
        String url = form.url() == null ? "" : form.url().strip();
        Addresses.refusal(url, allowPrivate && me.isAdmin(), resolver)
                .ifPresent(key -> problems.add(new Refused.Problem("url", key)));
        var events = form.events() == null
                ? List.<String>of()
                : form.events().stream().distinct().toList();
        if (events.isEmpty()) {
            problems.add(new Refused.Problem("events", "api.webhook.events.none"));
        } else if (!EVENTS.containsAll(events)) {
            problems.add(new Refused.Problem("events", "api.webhook.events.invalid"));
        }
        if (webhooks.ofOrganisation(organisation.id()).size() >= MAX_SUBSCRIPTIONS) {
            problems.add(new Refused.Problem("url", "api.webhook.tooMany", MAX_SUBSCRIPTIONS));
        }
        if (!problems.isEmpty()) {
            if (problems.stream().anyMatch(p -> p.key().equals("api.webhook.url.private"))) {
                log.warn(
                        "Webhook of organisation {} refused: {} reaches a private or loopback address",
                        organisation.id(),
                        url);
            }
            throw new Refused(problems);
        }
        String secret = "whsec_" + SecretTokens.newToken();
        long id = webhooks.subscribe(
                organisation.id(),
                url,
                EVENTS.stream().filter(events::contains).toList(),
                secret,
                allowPrivate ? me.personId() : null,
                me.personId(),
                ApiTokens.now());
        log.info(
                "Webhook {} of organisation {} subscribed by person {}{}",
                id,
                organisation.id(),
                me.personId(),
                allowPrivate ? ", private addresses allowed by this administrator" : "");
        return new Created(id, secret);
    }

    @Transactional
    boolean remove(Organisation organisation, long id) {
        return webhooks.remove(organisation.id(), id, ApiTokens.now());
    }

    /** A test event to one subscription, whatever it subscribed to: the "send a test event" button. */
    @Transactional
    String test(Organisation organisation, long id) {
        var subscription = webhooks.subscription(organisation.id(), id).orElseThrow(NotFound::new);
        var data = new LinkedHashMap<String, Object>();
        data.put("organisation", organisation.id());
        data.put("message", "A test event from Cocrea.");
        return enqueue(subscription, TEST, TEST + ":" + UUID.randomUUID(), data).orElseThrow();
    }

    /**
     * Rows in the outbox for an event of an organisation's initiative: one per subscription that asked for its
     * type, UNIQUE by (subscription, event key), so the event replayed adds nothing.
     */
    @Transactional
    int publish(long organisationId, String type, String eventKey, Map<String, Object> data) {
        int added = 0;
        for (var subscription : webhooks.ofOrganisation(organisationId)) {
            if (subscription.events().contains(type)
                    && enqueue(subscription, type, eventKey, data).isPresent()) {
                added++;
            }
        }
        return added;
    }

    private java.util.Optional<String> enqueue(
            WebhookRepository.Subscription subscription, String type, String eventKey, Map<String, Object> data) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = ApiTokens.now();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("type", type);
        body.put("createdAt", now.toString());
        body.put("data", data);
        boolean added = webhooks.enqueue(id, subscription.id(), eventKey, type, JSON.writeValueAsString(body), now);
        return added ? java.util.Optional.of(id) : java.util.Optional.empty();
    }
}
