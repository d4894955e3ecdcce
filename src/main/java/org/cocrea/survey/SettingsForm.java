package org.cocrea.survey;

/**
 * (Public because the precompiled templates read it.) A survey's settings as typed: opening and closing as local
 * date and time in the organisation's time zone; {@code template} only when it is created.
 */
public record SettingsForm(
        String title, String intro, String anonymous, String opensAt, String closesAt, String template) {
    public SettingsForm {
        title = title == null ? "" : title;
        intro = intro == null ? "" : intro;
        anonymous = anonymous == null ? "" : anonymous;
        opensAt = opensAt == null ? "" : opensAt;
        closesAt = closesAt == null ? "" : closesAt;
        template = template == null ? "" : template;
    }
}
