/**
 * The evidence module (issue 18, ADR 0023): whether co-production met each initiative's declared objectives, per
 * initiative and across the portfolio. {@code Intake}, Modulith module listeners, takes what the tools publish into
 * the module's own tables, each item once by its key ({@code indicators.IndicatorRead} by reading,
 * {@code ledger.ContributionRecorded} by key and revision, {@code survey.ResponseSubmitted} by response,
 * {@code rating.RatingGiven} by rating and revision, {@code plans.OutcomeRecorded} by plan, scale and revision, for
 * the portfolio's GAS and ladder measures, ADR 0028); the initiative page still reads the individual plans' mean GAS
 * T-score and outcome ladder on demand through the plans' {@link org.cocrea.indicators.MeasureSource}.
 *
 * <p>This root package is the module's API, only the records its templates read: {@link
 * org.cocrea.evidence.InitiativeEvidence}, {@link org.cocrea.evidence.Figure}, {@link org.cocrea.evidence.Portfolio}
 * and {@link org.cocrea.evidence.EvidenceLink}. Inside: {@code EvidenceRepository} (the tables and grouped queries),
 * {@code EvidenceService} (the pages' models and who may read them), {@code Measures} (one value per initiative,
 * phase and measure, suppressed under five people), {@code Aggregation} (the portfolio's groups and filters),
 * {@code Bootstrap} (medians with seeded bootstrap 95% intervals), {@code OpenData} (the Frictionless Data Package),
 * {@code EvidenceSection} (the initiative page's link) and {@code EvidenceDemoData}. Pages:
 * {@code /evidence/initiatives/{id}}, {@code /evidence}, {@code /evidence/opendata.zip} and
 * {@code /evidence/organisations/{id}/opendata.zip}.
 *
 * <p>The sub-package {@code population} (ADR 0024) compares who took part in an initiative with the population of
 * its organisation: the margins kept by whoever acts for the organisation ({@code
 * /evidence/organisations/{id}/population}, a CSV), the optional self-description a person gives at {@code
 * /evidence/me} (withdrawn at any time, deleted with the account) and the comparison page {@code
 * /evidence/initiatives/{id}/representation} (bars per band, a representativeness index per dimension, small groups
 * suppressed), linked from the initiative page through an {@link org.cocrea.initiatives.InitiativeSection}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {
            "platform",
            "accounts",
            "initiatives",
            "indicators",
            "ledger",
            "survey",
            "rating",
            "plans"
        })
package org.cocrea.evidence;
