/**
 * What the plan tools share: PlanGate (the one place that decides role, consent and emergency access for every
 * plan tool), OpenPlanTool and RemoteAddress for handlers, CareAccess for the tools around the plan, the security
 * rules of the plan routes and the care tools' demo data.
 */
package org.cocrea.plans.care;
