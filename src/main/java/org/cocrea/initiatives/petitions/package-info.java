/** Petitions: a citizen's proposal to an organisation, supported by other citizens; at the organisation's threshold it must be answered by a deadline (accepted as a new initiative, or declined with public reasons). The old /proposals addresses redirect here (OldProposalAddresses). */
package org.cocrea.initiatives.petitions;
