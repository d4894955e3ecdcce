package org.cocrea.evidence;

import java.time.LocalDate;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.plans.OutcomeRecorded;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the tools publish, taken into the evidence tables: Modulith module listeners (after the publishing
 * transaction commits, asynchronously, each in its own transaction, the publication kept in
 * {@code event_publication} until it returns and resubmitted otherwise). Each item is kept once by its key
 * (ADR 0023), so a replayed or resubmitted event counts once. The demo seed feeds the tools' demo data, which is
 * stored without events, through these same methods.
 */
@Component
class Intake {
    private final EvidenceRepository evidence;
    private final CocreaSettings settings;

    Intake(EvidenceRepository evidence, CocreaSettings settings) {
        this.evidence = evidence;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(IndicatorRead reading) {
        evidence.reading(reading);
    }

    @ApplicationModuleListener
    void on(ContributionRecorded contribution) {
        evidence.contribution(contribution);
    }

    @ApplicationModuleListener
    void on(ResponseSubmitted response) {
        response(response, LocalDate.now(settings.timeZone()));
    }

    @ApplicationModuleListener
    void on(RatingGiven rating) {
        evidence.rating(rating);
    }

    @ApplicationModuleListener
    void on(OutcomeRecorded outcome) {
        evidence.outcome(outcome);
    }

    boolean response(ResponseSubmitted response, LocalDate on) {
        return evidence.response(response, on);
    }
}
