package org.cocrea.survey;

/**
 * (Public because the precompiled templates read it.) A survey's settings as typed: opening and closing as local
 * date and time in the organisation's time zone; {@code template} only when it is created; {@code codes} "yes"
 * when people may answer with a voting code.
 */
public record SettingsForm(
        String title, String intro, String anonymous, String opensAt, String closesAt, String template, String codes) {
    public SettingsForm {
        title = title == null ? "" : title;
        intro = intro == null ? "" : intro;
        anonymous = anonymous == null ? "" : anonymous;
        opensAt = opensAt == null ? "" : opensAt;
        closesAt = closesAt == null ? "" : closesAt;
        template = template == null ? "" : template;
        codes = codes == null ? "" : codes;
    }
}
