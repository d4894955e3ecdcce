package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts take the singular for one and the plural otherwise, in both languages (issue 14, point 4). */
class PluralsTest {
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames(
                "messages/platform",
                "messages/accounts",
                "messages/initiatives",
                "messages/budget",
                "messages/care",
                "messages/vote",
                "messages/ideas");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static String it(String key, Object... args) {
        return MESSAGES.getMessage(key, args, Locale.ITALIAN);
    }

    private static String en(String key, Object... args) {
        return MESSAGES.getMessage(key, args, Locale.ENGLISH);
    }

    @Test
    void oneIsSingularInItalianAndEnglish() {
        assertThat(it("petition.supports", 1L, 50)).isEqualTo("1 sostegno su 50");
        assertThat(en("petition.supports", 1L, 50)).isEqualTo("1 support of 50");
        assertThat(it("budget.ballots", 1)).isEqualTo("1 scheda votata");
        assertThat(en("budget.ballots", 1)).isEqualTo("1 ballot cast");
        assertThat(en("vote.ballots", 1L)).isEqualTo("1 ballot cast.");
        assertThat(it("vote.results.ballots", 1L)).isEqualTo("1 scheda.");
        assertThat(it("budget.ballot.tooFew", 1)).isEqualTo("Scegli almeno 1 progetto.");
        assertThat(it("typology.cell.label", "Collettivo", "Co-progettazione", 1L))
                .isEqualTo("Collettivo, Co-progettazione: 1 iniziativa che puoi aprire");
        assertThat(en("care.diary.totals", 1L, "0 h 30 min")).isEqualTo("1 entry · time spent 0 h 30 min");
        assertThat(it("ideas.threshold", 0L, 1)).isEqualTo("0 di 1 sostegno necessario");
        assertThat(en("residents.state", 1, "3 December 2026")).startsWith("The current list holds 1 identifier,");
    }

    @Test
    void manyArePluralWithTheLanguagesGrouping() {
        assertThat(it("petition.supports", 1200L, 1500)).isEqualTo("1.200 sostegni su 1.500");
        assertThat(en("petition.supports", 1200L, 1500)).isEqualTo("1,200 supports of 1,500");
        assertThat(it("budget.ballots", 0)).isEqualTo("nessuna scheda votata");
        assertThat(en("budget.ballots", 12)).isEqualTo("12 ballots cast");
        assertThat(it("ideas.threshold", 3L, 4)).isEqualTo("3 dei 4 sostegni necessari");
        assertThat(it("petition.deadline.none", 30)).isEqualTo("entro 30 giorni dal raggiungimento della soglia");
    }
}
