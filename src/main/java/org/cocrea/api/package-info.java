/**
 * Personal API tokens, the JSON API {@code /api/v1/**} and organisations' webhooks (issue 19, parts 3 and 4; ADR
 * 0026). Not a tool: it reads the tools through their public query APIs.
 *
 * <p>Tokens ({@code ApiTokens}, page {@code /api/tokens}): 256 random bits after the prefix
 * {@code cocrea_}, shown once, stored as SHA-256 in {@code api_token} with scopes ({@code read:public},
 * {@code read:mine}, {@code ballot}, {@code manage}), an expiry (90 days by default, a year at most), the account's
 * rights stamp at creation (a change of rights or a deleted account stops the token at once) and the last use,
 * written at most once a minute. {@code BearerTokens}, a filter in the API's own stateless filter chain
 * ({@code ApiSecurity}, only {@code /api/v1/**}, no session, no cookies), checks the {@code Authorization: Bearer}
 * header on every request, takes a slot of the per-token {@link org.cocrea.platform.Throttle} and answers a
 * guessed, expired, revoked or stale token with 401 JSON, logged; {@code ApiV1Controller} answers too little scope
 * with 403. Without a token, the API reads public initiatives only.
 *
 * <p>{@code ApiV1ToolsController} reads the tools' public data by tool instance (proposals, votes and their shown
 * results, meetings, surveys' published results, indicators, tracked projects), opening each instance as its page
 * does and reading through the tool's public query class, which keeps the tool's rules (hidden proposals never,
 * small anonymous surveys suppressed).
 *
 * <p>Webhooks ({@code /api/organisations/{id}/webhooks}, for the organisation's professionals and administrators):
 * {@code WebhookService} subscribes a URL after {@code Addresses} refused private, loopback, link-local and
 * non-http(s) targets (unless an administrator allows it for that subscription); {@code WebhookEvents} turns the
 * modules' events (phase changed, proposal answered, budget results published, survey closed, pact signed, project
 * progress) into rows of the {@code webhook_delivery} outbox, one per (subscription, event key);
 * {@code WebhookSender} sends them after commit under a {@link org.cocrea.platform.JobLock}, each row claimed by a
 * conditional UPDATE, signed by {@code Signatures} (HMAC-SHA256 of {@code timestamp.body}), without following
 * redirects, retried with growing delays for a day.
 *
 * <p>Public only for the templates: {@link org.cocrea.api.TokenView}, {@link org.cocrea.api.TokenForm},
 * {@link org.cocrea.api.WebhookView}, {@link org.cocrea.api.WebhookForm}, {@link org.cocrea.api.DeliveryView}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "API tokens and webhooks",
        allowedDependencies = {
            "platform",
            "accounts",
            "initiatives",
            "budget",
            "ballots",
            "voting",
            "survey",
            "ideas",
            "vote",
            "meetings",
            "indicators",
            "tracking",
            "pacts"
        })
package org.cocrea.api;
