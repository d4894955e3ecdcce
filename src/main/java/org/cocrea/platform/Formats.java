package org.cocrea.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, amounts, dates and times as people read them in their language (issue 14): {@code 200.000,00 €} in
 * Italian and {@code €200,000.00} in English, dates in words, times in the organisation's time zone
 * ({@code cocrea.time-zone}, Europe/Rome by default) rather than the server's UTC. Templates reach it through
 * {@link Ui}; mails and exports may use it directly.
 */
public record Formats(Locale locale, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");

    /**
     * An amount as a message argument (a refusal's, say, made where the reader's language is not known): {@link
     * Ui#t} writes it with {@link #money} in the page's language, so no message shows {@code 230000.00 EUR}.
     */
    public record Amount(BigDecimal amount, String currency) {}

    /** The arguments of a message with each {@link Amount} written as money in this language. */
    public Object[] arguments(Object... args) {
        if (args == null) {
            return null;
        }
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Amount a) {
                written[i] = money(a.amount(), a.currency());
            }
        }
        return written;
    }

    /** An amount of {@code currency} (an ISO 4217 code such as EUR) with its symbol, two decimals when it has them. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        currency = iso(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            Currency c = Currency.getInstance(currency);
            format.setCurrency(c);
            format.setMinimumFractionDigits(c.getDefaultFractionDigits());
            format.setMaximumFractionDigits(c.getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException notIso) {
            // a currency that is not an ISO code (points, hours) is shown after the number, as written
            return number(amount) + " " + (currency == null ? "" : currency);
        }
        return format.format(amount);
    }

    /** An amount without decimals when it is whole (a price list, a budget round), with them otherwise. */
    public String wholeMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        currency = iso(currency);
        if (amount.stripTrailingZeros().scale() > 0) {
            return money(amount, currency);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException notIso) {
            return number(amount) + " " + (currency == null ? "" : currency);
        }
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** The euro typed as its sign (a diary's unit "€") is the euro: {@code 23,50 €}, not {@code 23,5 €}. */
    private static String iso(String currency) {
        return "€".equals(currency == null ? null : currency.strip()) ? "EUR" : currency;
    }

    /** A number with the language's grouping and decimal separators, as many decimals as it has (up to 2). */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value instanceof BigDecimal big ? big.stripTrailingZeros() : value);
    }

    /** A number with exactly {@code digits} decimals, as averages are read: {@code 3,0} beside {@code 3,3}. */
    public String decimal(Number value, int digits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A share such as 0.425 as {@code 42,5%}. */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A date in words: {@code 3 dicembre 2026}, {@code 3 December 2026}. */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    /** A month in words: {@code dicembre 2026}, {@code December 2026} (for counts by month). */
    public String month(java.time.YearMonth month) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** A short date for tables: {@code 03/12/26}, {@code 03/12/2026}. */
    public String shortDate(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** An instant as a date and time in the organisation's time zone: {@code 3 dicembre 2026, 15:42}. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return date(local.toLocalDate()) + ", " + time(instant);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** The time of day of an instant in the organisation's time zone: {@code 15:42}, {@code 3:42 PM}. */
    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }

    /** Today in the organisation's time zone (not the server's). */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
