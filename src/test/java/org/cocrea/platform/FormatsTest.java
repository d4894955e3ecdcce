package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats italian = new Formats(Locale.ITALIAN, Formats.DEFAULT_ZONE);
    private final Formats english = new Formats(Locale.ENGLISH, Formats.DEFAULT_ZONE);

    @Test
    void amountsFollowTheLanguage() {
        assertThat(italian.money(new BigDecimal("200000.00"), "EUR")).isEqualTo("200.000,00\u00a0€");
        assertThat(english.money(new BigDecimal("200000.00"), "EUR")).isEqualTo("€200,000.00");
        assertThat(italian.wholeMoney(new BigDecimal("230000"), "EUR")).isEqualTo("230.000\u00a0€");
        assertThat(italian.wholeMoney(new BigDecimal("12.50"), "EUR")).isEqualTo("12,50\u00a0€");
        assertThat(italian.money(new BigDecimal("12"), "punti")).isEqualTo("12 punti");
        assertThat(italian.money(new BigDecimal("23.5"), "€")).isEqualTo("23,50\u00a0€");
        assertThat(italian.number(new BigDecimal("1234.50"))).isEqualTo("1.234,5");
        assertThat(english.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void datesInWordsAndTimesInRome() {
        assertThat(italian.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 dicembre 2026");
        assertThat(english.date(LocalDate.of(2026, 12, 3))).isEqualTo("December 3, 2026");
        // 14:42 UTC is 15:42 in Rome in winter and 16:42 in summer
        assertThat(italian.time(Instant.parse("2026-12-03T14:42:00Z"))).isEqualTo("15:42");
        assertThat(italian.time(Instant.parse("2026-07-03T14:42:00Z"))).isEqualTo("16:42");
        assertThat(italian.dateTime(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1 gennaio 2027, 00:30");
    }

    @Test
    void amountsInMessageArgumentsAreWrittenInTheReadersLanguage() {
        Object[] args = italian.arguments(new Formats.Amount(new BigDecimal("230000.00"), "EUR"), 40, "testo");
        assertThat(args).containsExactly("230.000,00\u00a0€", 40, "testo");
        assertThat(english.arguments(new Formats.Amount(new BigDecimal("230000"), "EUR")))
                .containsExactly("€230,000.00");
        assertThat(italian.arguments((Object[]) null)).isNull();
    }
}
