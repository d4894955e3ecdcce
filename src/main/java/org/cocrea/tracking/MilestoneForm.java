package org.cocrea.tracking;

/** (Public because the precompiled templates read it.) A new milestone as typed: title and planned date. */
public record MilestoneForm(String title, String plannedOn) {
    public static MilestoneForm empty() {
        return new MilestoneForm("", "");
    }
}
