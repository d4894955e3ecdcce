package org.cocrea.evidence;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.plans.OutcomeRecorded;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: the events its bulk services return instead of publishing (a reading, a contribution,
 * a response with its day, a face, a plan's outcome), taken in by the code {@link Intake}'s listeners run (the
 * repository's methods, as {@link EvidenceDemoData} does; not the listeners themselves, which would run asynchronously
 * in transactions of their own), in the generator's batch transaction, so the evidence tables hold exactly what the
 * listeners would have stored, each item once by its key.
 */
@Service
public class BulkEvidence {
    private final Intake intake;
    private final EvidenceRepository evidence;

    BulkEvidence(Intake intake, EvidenceRepository evidence) {
        this.intake = intake;
        this.evidence = evidence;
    }

    @Transactional
    public void readings(List<IndicatorRead> readings) {
        readings.forEach(evidence::reading);
    }

    @Transactional
    public void contributions(List<ContributionRecorded> contributions) {
        contributions.forEach(evidence::contribution);
    }

    @Transactional
    public void response(ResponseSubmitted response, LocalDate on) {
        intake.response(response, on);
    }

    @Transactional
    public void ratings(List<RatingGiven> ratings) {
        ratings.forEach(evidence::rating);
    }

    @Transactional
    public void outcomes(List<OutcomeRecorded> outcomes) {
        outcomes.forEach(evidence::outcome);
    }
}
