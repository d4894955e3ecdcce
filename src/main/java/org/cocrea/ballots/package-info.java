/**
 * The ballot-tool core shared by the participatory budget ({@code budget}) and the prioritisation vote
 * ({@code vote}): one eligibility rule with an explicit "facilitators vote" setting ({@link
 * org.cocrea.ballots.Voters}, {@link org.cocrea.ballots.Eligibility}), one lifecycle (draft → open → closed, only a
 * draft may change) and one results-visibility rule ({@link org.cocrea.ballots.Lifecycle}), one ballot box that
 * replaces a ballot in one transaction, idempotently, and counts exactly under concurrency ({@link
 * org.cocrea.ballots.BallotBox}), the settings both share ({@link org.cocrea.ballots.BallotSettings}) and the
 * skeleton of the facilitators' page ({@link org.cocrea.ballots.ManagePage}; its shared routes, the page, the
 * settings, opening and closing of {@code /budget/{id}} and {@code /vote/{id}}, in {@code ballots.web}, which asks
 * each tool's {@link org.cocrea.ballots.BallotTool} to draw the page and its {@link
 * org.cocrea.ballots.Facilitating} service to change it; template fragment {@code jte/ballots/who-votes.jte}). It has
 * no tables: each tool keeps its own, and its own routes for projects, options, ballots and results.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Ballot-tool core",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.ballots;
