package org.cocrea.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The view model every page receives as {@code ui}: translations, the CSRF field, who is signed in,
 * the current path (for the language switch) and a one-off notice after a redirect.
 */
public final class Ui {
    private final MessageSource messages;
    private final Language language;
    private final Csrf csrf;
    private final SignedInPerson person;
    private final String path;
    private final String notice;
    private final boolean devMailbox;
    private java.time.ZoneId zone = Formats.DEFAULT_ZONE;
    private CocreaSettings.Maps map = CocreaSettings.Maps.OPENSTREETMAP;
    private java.util.function.LongSupplier unreadSource;
    private Long unread;

    /** The CSRF form field; {@code null} values mean the request carries none. */
    public record Csrf(String parameterName, String token) {}

    public Ui(MessageSource messages, Language language, Csrf csrf, SignedInPerson person, String path, String notice) {
        this(messages, language, csrf, person, path, notice, false);
    }

    /** With {@code devMailbox}, every page says that mails are kept in the dev mailbox, not sent. */
    public Ui(
            MessageSource messages,
            Language language,
            Csrf csrf,
            SignedInPerson person,
            String path,
            String notice,
            boolean devMailbox) {
        this.devMailbox = devMailbox;
        this.messages = messages;
        this.language = language;
        this.csrf = csrf;
        this.person = person;
        this.path = path;
        this.notice = notice;
    }

    /** Where the header's unread count comes from; asked once, and only by a page that shows it. */
    public Ui unreadFrom(java.util.function.LongSupplier source) {
        this.unreadSource = source;
        return this;
    }

    /** The organisation's time zone, in which every time on the page is shown (Europe/Rome unless configured). */
    public Ui inZone(java.time.ZoneId zone) {
        this.zone = zone;
        return this;
    }

    /** The map that forms show to pick a point or draw an area ({@code cocrea.map.*}). */
    public Ui withMap(CocreaSettings.Maps map) {
        this.map = map;
        return this;
    }

    public CocreaSettings.Maps map() {
        return map;
    }

    /** Numbers, amounts, dates and times in the page's language and the organisation's time zone. */
    public Formats formats() {
        return new Formats(language.locale(), zone);
    }

    /** {@code 200.000,00 €} in Italian, {@code €200,000.00} in English. */
    public String money(java.math.BigDecimal amount, String currency) {
        return formats().money(amount, currency);
    }

    public String number(Number value) {
        return formats().number(value);
    }

    /** A number with exactly {@code digits} decimals: averages ({@code 3,0}, {@code 3,3}). */
    public String decimal(Number value, int digits) {
        return formats().decimal(value, digits);
    }

    /** A date in words: {@code 3 dicembre 2026}. */
    public String date(java.time.LocalDate date) {
        return formats().date(date);
    }

    /** A month in words: {@code dicembre 2026}. */
    public String month(java.time.YearMonth month) {
        return formats().month(month);
    }

    /** A date and time in the organisation's time zone: {@code 3 dicembre 2026, 15:42}. */
    public String dateTime(java.time.Instant instant) {
        return formats().dateTime(instant);
    }

    /** The same for a time stored with an offset (database timestamps). */
    public String dateTime(java.time.OffsetDateTime time) {
        return formats().dateTime(time);
    }

    public String time(java.time.Instant instant) {
        return formats().time(instant);
    }

    /** An amount without decimals when it is whole: {@code 120.000 €} for an estimate or a list of costs. */
    public String wholeMoney(java.math.BigDecimal amount, String currency) {
        return formats().wholeMoney(amount, currency);
    }

    /** The date, in the organisation's time zone, of a time stored with an offset, in words. */
    public String date(java.time.OffsetDateTime time) {
        return time == null ? "" : formats().date(time.atZoneSameInstant(zone).toLocalDate());
    }

    /** Today in the organisation's time zone. */
    public java.time.LocalDate today() {
        return formats().today();
    }

    /** The signed-in person's unread notifications (0 when nobody is signed in). */
    public long unread() {
        if (unread == null) {
            unread = person == null || unreadSource == null ? 0L : unreadSource.getAsLong();
        }
        return unread;
    }

    public boolean devMailbox() {
        return devMailbox;
    }

    /** The translation of {@code key}; a missing key shows itself rather than failing the page. */
    public String t(String key, Object... args) {
        try {
            return messages.getMessage(key, formats().arguments(args), language.locale());
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    public String lang() {
        return language.code();
    }

    public Locale locale() {
        return language.locale();
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.parameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.token();
    }

    public boolean signedIn() {
        return person != null;
    }

    public SignedInPerson person() {
        return person;
    }

    public String personName() {
        return person == null ? "" : person.displayName();
    }

    public boolean admin() {
        return person != null && person.isAdmin();
    }

    public boolean professional() {
        return person != null && person.isProfessional();
    }

    public String path() {
        return path;
    }

    public String notice() {
        return notice == null ? null : t(notice);
    }

    /** Whether the notice says a participation was refused for an unconfirmed address (the layout offers a resend). */
    public boolean noticeUnconfirmed() {
        return Refused.UNCONFIRMED.equals(notice);
    }

    /** The translated errors of one form field, for templates that tie errors to their fields. */
    public List<String> errors(BindingResult result, String field) {
        if (result == null) {
            return List.of();
        }
        return result.getFieldErrors(field).stream().map(this::message).toList();
    }

    public List<String> globalErrors(BindingResult result) {
        if (result == null) {
            return List.of();
        }
        return result.getGlobalErrors().stream()
                .map(e -> t(e.getCode() == null ? "error.generic" : e.getCode(), e.getArguments()))
                .toList();
    }

    /** Whether a refusal is for an unconfirmed address, so the page offers to resend the confirmation mail. */
    public boolean unconfirmed(BindingResult result) {
        return result != null && result.getAllErrors().stream().anyMatch(e -> Refused.UNCONFIRMED.equals(e.getCode()));
    }

    public boolean hasErrors(BindingResult result, String field) {
        return result != null && result.hasFieldErrors(field);
    }

    private String message(FieldError error) {
        String key = error.getDefaultMessage();
        if (key != null && key.startsWith("{") && key.endsWith("}")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key == null || key.isBlank()) {
            key = "error.invalid";
        }
        return t(key, error.getArguments() == null ? new Object[0] : argumentsWithoutResolvable(error));
    }

    private static Object[] argumentsWithoutResolvable(FieldError error) {
        return java.util.Arrays.stream(error.getArguments())
                .filter(a -> !(a instanceof org.springframework.context.MessageSourceResolvable))
                .toArray();
    }

    /** Convenience for templates that need a value from a map with a default. */
    public static String get(Map<String, String> map, String key) {
        return map == null ? "" : map.getOrDefault(key, "");
    }
}
