/**
 * The consent decision tool ("decision"), after Loomio: a facilitator puts a proposal to the members, who take a
 * position (agree, abstain, disagree, block; disagree and block with a reason), change it until the close and see
 * the live counts with the reasons; the facilitator may revise the proposal while it is open (the old text stays
 * readable, positions stay and are marked as given on the earlier text, those who took one are told); the decision
 * closes at its closing time ({@link org.cocrea.decision.DecisionClock}, under a {@link org.cocrea.platform.JobLock})
 * or by the facilitator, who then writes the outcome with a review date, a reminder sent once. It passes when the
 * quorum is reached and nobody blocks ({@link org.cocrea.decision.Verdict}). A sense check (agree, unsure, disagree)
 * is the same decision of another kind, without quorum or outcome. Every route opens the instance once with
 * {@link org.cocrea.initiatives.OpenTool}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consent decision tool",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.decision;
