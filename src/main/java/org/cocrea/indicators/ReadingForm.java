package org.cocrea.indicators;

/** (Public because the precompiled templates read it.) A reading as typed by a facilitator. */
public record ReadingForm(String value, String on, String note) {
    public static ReadingForm empty(String today) {
        return new ReadingForm("", today, "");
    }
}
