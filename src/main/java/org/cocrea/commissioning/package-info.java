/**
 * Co-commissioning tools. The participatory budget ("budget" tool): a budget per tool instance, projects,
 * approval, knapsack or cumulative ballots (one per voter, code or resident, enforced by the database) and an outcome computed by the
 * {@link org.cocrea.voting} engine. Every permission is asked of {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-commissioning tools")
package org.cocrea.commissioning;
