package org.cocrea.shifts;

/**
 * A shift as typed: date and times in the organisation's time zone (a shift may end after midnight: an end time
 * before the start time is the next day), a place and map point, the headcount, and optionally "weekly until" a date.
 */
public record ShiftForm(
        String date,
        String startTime,
        String endTime,
        String place,
        String latitude,
        String longitude,
        String minPeople,
        String maxPeople,
        String repeatUntil) {

    public static ShiftForm empty() {
        return new ShiftForm("", "", "", "", "", "", "1", "", "");
    }
}
