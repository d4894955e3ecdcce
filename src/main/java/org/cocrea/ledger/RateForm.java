package org.cocrea.ledger;

/** (Public for the templates.) A rate as typed: which, how many euros, from which day. */
public record RateForm(String kind, String amount, String from) {
    public static RateForm empty() {
        return new RateForm("volunteer-hour", "", "");
    }
}
