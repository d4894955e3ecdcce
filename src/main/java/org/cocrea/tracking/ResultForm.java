package org.cocrea.tracking;

/** (Public because the precompiled templates read it.) A result added by hand, as typed; the budget in euros. */
public record ResultForm(String title, String description, String budget) {
    public static ResultForm empty() {
        return new ResultForm("", "", "");
    }
}
