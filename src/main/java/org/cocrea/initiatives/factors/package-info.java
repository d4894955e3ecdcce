/** Influential-factor questionnaires: members' answers, and averages shown from a snapshot replaced only after five confirmed people answered, changed or withdrew. */
package org.cocrea.initiatives.factors;
