package org.cocrea.ideas;

/** The settings form as typed. */
public record SettingsForm(String categories, String supportsPerPerson, String supportThreshold, String reportsToHide) {
    static SettingsForm of(IdeaSettings s) {
        return new SettingsForm(
                s.categories(),
                String.valueOf(s.supportsPerPerson()),
                String.valueOf(s.supportThreshold()),
                String.valueOf(s.reportsToHide()));
    }
}
