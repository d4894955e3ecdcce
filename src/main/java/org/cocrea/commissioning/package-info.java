/**
 * Co-commissioning tools. The participatory budget ("budget" tool): a budget per tool instance, projects,
 * approval or knapsack ballots (one per voter, enforced by the database) and an outcome computed by the
 * {@link org.cocrea.voting} engine. Every permission is asked of {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-commissioning tools")
package org.cocrea.commissioning;
