/**
 * The ballot-tool core shared by the participatory budget ({@code commissioning}) and the prioritisation vote
 * ({@code prioritisation}): one eligibility rule with an explicit "facilitators vote" setting ({@link
 * org.cocrea.ballots.Voters}, {@link org.cocrea.ballots.Eligibility}), one lifecycle (draft → open → closed, only a
 * draft may change) and one results-visibility rule ({@link org.cocrea.ballots.Lifecycle}), one ballot box that
 * replaces a ballot in one transaction, idempotently, and counts exactly under concurrency ({@link
 * org.cocrea.ballots.BallotBox}), the settings both share ({@link org.cocrea.ballots.BallotSettings}) and the
 * skeleton of the facilitators' page ({@link org.cocrea.ballots.ManagePage}, template fragments in
 * {@code jte/ballots/}). It has no tables and no routes: each tool keeps its own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Ballot-tool core",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.ballots;
