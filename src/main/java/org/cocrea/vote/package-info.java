/**
 * The prioritisation vote tool ("vote"): a question with options, approval, ranked, score or dot ballots, results
 * (Borda count and instant-runoff rounds for ranked ballots) with a chart and a CSV of anonymised ballots. What
 * every ballot tool shares is the {@link org.cocrea.ballots} core: who may vote (facilitators do, unless the vote
 * says otherwise), the draft → open → closed lifecycle and its lock, the results-visibility rule and the ballot box
 * (one ballot per voter, editable until the close); each request opens the vote once with
 * {@link org.cocrea.initiatives.OpenTool}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Prioritisation vote tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "ballots", "voting"})
package org.cocrea.vote;
