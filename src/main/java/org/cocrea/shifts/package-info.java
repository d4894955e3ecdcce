/**
 * The shifts tool ("shifts", UI "Attività e turni" / "Activities and shifts", issue 17, ADR 17): volunteer activities
 * of the co-delivery phase with shifts (date and time in the organisation's time zone, a place with a map point, a
 * minimum and a maximum headcount, weekly series stored as separate shifts); sign-ups with a waitlist that moves up
 * in arrival order, an optional phone number and minors signed up by a guardian with their consent recorded, all
 * seen only by the coordinator; reminders the day before; check-in, check-out and hour corrections, each published
 * as {@link org.cocrea.ledger.ContributionRecorded} in the same transaction; a person's "my shifts" page with a
 * private iCalendar feed and a PDF certificate of volunteering hours. Its activities are
 * {@link org.cocrea.initiatives.DeliveryWork}. The root package holds {@link org.cocrea.shifts.BulkShifts} (for the
 * demo-data generator) and the records its templates read.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shifts tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "ledger"})
package org.cocrea.shifts;
