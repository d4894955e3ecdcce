/**
 * The contribution ledger (issue 17): who contributed what to co-delivery, hours, money, materials and kilometres, on
 * the citizen and on the professional side, per initiative, phase and tool. Tools publish
 * {@link org.cocrea.ledger.ContributionRecorded} inside the transaction that stores what was done; the ledger
 * records each once by its key (a replayed or retried event does not count twice; a correction carries a higher
 * revision).
 *
 * <p>This root package is the module's API: the event, {@link org.cocrea.ledger.BulkContributions} for the
 * demo-data generator, and the records its templates read ({@code Entry}, {@code Amount}, {@code Line},
 * {@code InitiativeLedger}, {@code MyContributions}, {@code Rate}, {@code RateForm}, {@code RatesPage}). Inside:
 * {@code Contributions} (the module listener, after commit), {@code Recorder} (exactly once by key and revision,
 * totals moved by the difference in the same transaction, ADR 0020), {@code LedgerService} (the pages' models,
 * valuation at the organisation's rates, who sets them), {@code LedgerMeasures} (the
 * {@link org.cocrea.indicators.MeasureSource} of the indicators tool: the only use of that module), the pages
 * {@code /ledger/mine}, {@code /ledger/initiatives/{id}} (and its CSV) and {@code /ledger/organisations/{id}/rates}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Contribution ledger",
        allowedDependencies = {"platform", "accounts", "initiatives", "indicators"})
package org.cocrea.ledger;
