/**
 * The meetings tool ("meetings", UI "Incontri" / "Meetings", ADR 7 and 13): workshops and meetings in person, online
 * or hybrid, with an address and a map point, registration up to a capacity and a waitlist that moves up in arrival
 * order, an optional registration question, reminders the day before, attendance and minutes; iCalendar files per
 * meeting, a feed per public initiative and a private tokenised feed per person, written with biweekly. Every
 * permission is asked of {@link org.cocrea.initiatives.Initiatives}; notifications are
 * {@link org.cocrea.platform.Notification} events; the person's coming meetings are a {@link org.cocrea.platform.ToDo}.
 * Nothing in the root package is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meetings tool",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.meetings;
