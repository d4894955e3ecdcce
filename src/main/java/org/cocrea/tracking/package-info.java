/**
 * Tracking funded projects ("tracking", issue 17, after Decidim's accountability and CONSUL's budget executions):
 * each project a participatory budget funded ({@link org.cocrea.budget.FundedProjects}) or each accepted proposal
 * ({@link org.cocrea.ideas.Ideas#accepted}) becomes a tracked result when a facilitator imports it (once in the whole
 * organisation), or one is added by hand. A result has a status (planned, in progress, completed, cancelled with a
 * reason), milestones with planned and actual dates, a progress in per cent, the money spent against its budgeted
 * cost, dated updates with a photo (every change of status, progress or money is one), and links to the activities
 * and pacts that deliver it ({@link org.cocrea.initiatives.DeliveryWork}). Public pages per instance and per result,
 * the organisation-wide page {@code /tracking}, and streamed CSV and JSON exports of both. Every route of an
 * instance opens it once with {@link org.cocrea.initiatives.OpenTool}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tracking funded projects",
        allowedDependencies = {"platform", "accounts", "initiatives", "budget", "ideas"})
package org.cocrea.tracking;
