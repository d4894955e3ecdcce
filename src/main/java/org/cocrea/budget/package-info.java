/**
 * Co-commissioning tools. The participatory budget ("budget" tool): a budget per tool instance, its projects and
 * costs, approval, knapsack (optional minimum share) or cumulative ballots, in-person channels (one-time voting
 * codes, paper ballots) and an outcome computed by the {@link org.cocrea.voting} engine, with Pabulib export and
 * import. What every ballot tool shares is the {@link org.cocrea.ballots} core: who may vote (facilitators do not,
 * unless the budget says so), the draft → open → closed lifecycle and its lock, the ballot box; each request opens
 * the budget once with {@link org.cocrea.initiatives.OpenTool}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Co-commissioning tools",
        allowedDependencies = {"platform", "accounts", "initiatives", "ideas", "ballots", "voting", "voting :: pabulib"
        })
package org.cocrea.budget;
