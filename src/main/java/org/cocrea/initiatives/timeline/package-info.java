/** Phases in cycles: the timeline rules, the hourly phase clock (under a JobLock) and the announcer that mails followers when the active phase changes. */
package org.cocrea.initiatives.timeline;
