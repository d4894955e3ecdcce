/**
 * The individual plan tools: a versioned plan document agreed by signatures with goal attainment scaling, and the
 * tools around it (needs, actions and diary, ladder, reviews), each an instance in an individual initiative, with
 * an audit log of every access. Plan content is visible only to members of the individual initiative (the
 * citizen, proxies while the citizen consents and the care team); everyone else gets "not found". The citizen of
 * a plan is fixed once named; changes of the care team are logged and mailed to the citizen; only an
 * administrator reassigns a plan, with a stated reason.
 *
 * <p>This root package is the module's API: {@link org.cocrea.plans.BulkPlans} and
 * {@link org.cocrea.plans.PlanContent} for the demo-data generator, the event {@link org.cocrea.plans.OutcomeRecorded}
 * (a plan's first and latest GAS T-score or ladder mean, published after each score or reading, for the evidence
 * module, ADR 0028) and {@link org.cocrea.plans.PlanOutcomes}, which computes and publishes it and lists the current
 * ones for the demo seeds and the generator. A diary entry's time and resources go to the
 * contribution ledger as its event {@link org.cocrea.ledger.ContributionRecorded}. Everything else is internal, by concern: {@code plan} (the plan
 * document, signatures, goals), {@code needs}, {@code actions}, {@code ladder}, {@code review}, {@code privacy}
 * (consent, emergency access, erasure, reassignment, the access log), {@code export} (JSON, PDF, FHIR) and
 * {@code care} (what the tools share: {@code PlanGate}, the one place that decides consent and emergency access
 * for every plan tool, and how a handler opens a tool through it).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Individual plan tools",
        allowedDependencies = {"platform", "accounts", "initiatives", "ledger", "indicators"})
package org.cocrea.plans;
