/**
 * The contribution ledger (issue 17): who contributed what to co-delivery, hours, money, materials and kilometres, on
 * the citizen and on the professional side, per initiative, phase and tool. Tools publish
 * {@link org.cocrea.ledger.ContributionRecorded} inside the transaction that stores what was done; the ledger
 * records each once by its key (a replayed or retried event does not count twice; a correction carries a higher
 * revision).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Contribution ledger",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.ledger;
