/**
 * Collaboration pacts ("pacts", issue 17, ADR 0018): a pact between citizens, an association and the organisation's
 * office for the care of a common good, with the parts of Bologna's regulation of 2014; proposed by members or
 * facilitators, approved by the office (a complex pact also by a further act with its number and date), signed by
 * every party over the SHA-256 of its canonical text ({@code PactText}; an edit visibly breaks older signatures),
 * active once every signature matches; suspended, revoked or ended by the office. The citizen parties file
 * periodic reports with hours, materials and a photo, each published to the ledger as a
 * {@link org.cocrea.ledger.ContributionRecorded} in the same transaction. A public register per instance and
 * across the public initiatives, with a map (GeoJSON). {@link org.cocrea.pacts.BulkPacts} serves the generator.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Collaboration pacts tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "ledger"})
package org.cocrea.pacts;
