/**
 * Evidence of what initiatives achieve and who takes part in them (issue 18). The sub-package {@code population}
 * compares who took part in an initiative with the population of its organisation: the margins an organisation's
 * professionals upload as CSV ({@code /evidence/organisations/{id}/population}), the optional self-description a
 * person gives at {@code /evidence/me} (withdrawn at any time, deleted with the account) and the comparison page
 * {@code /evidence/initiatives/{id}/representation} (bars per band, a representativeness index per dimension, small
 * groups suppressed), linked from the initiative page through an {@link org.cocrea.initiatives.InitiativeSection}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.evidence;
