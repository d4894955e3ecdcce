/**
 * The initiatives module's part of the personal home: the person's initiatives by group (their own, a
 * professional's caseload, the ones they facilitate) and what waits for them here (invitations to accept, join
 * requests to answer), each in a fixed number of statements whatever the number of initiatives.
 */
package org.cocrea.initiatives.home;
