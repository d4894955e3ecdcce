package org.cocrea.plans.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.cocrea.platform.Formats;
import org.junit.jupiter.api.Test;

/** The access log's technical details read in the reader's language (issue 14: "(page 1)" on an Italian page). */
class AuditDetailTest {
    private static final Map<String, String> ITALIAN = Map.of(
            "plans.audit.word.page", "pagina",
            "plans.audit.word.until", "fino al",
            "plans.audit.word.action", "azione",
            "plans.audit.word.done", "fatta",
            "plans.audit.word.person", "persona",
            "member.role.owner", "referente");

    private static String italian(String detail) {
        return AuditDetail.shown(detail, new Formats(Locale.ITALIAN, Formats.DEFAULT_ZONE), ITALIAN::get);
    }

    @Test
    void wordsAreTranslatedAndMomentsShownInRome() {
        assertThat(italian("page 1")).isEqualTo("pagina 1");
        assertThat(italian("action 5 done")).isEqualTo("azione 5 fatta");
        assertThat(italian("until 2026-12-03T14:42:00Z")).isEqualTo("fino al 3 dicembre 2026, 15:42");
        assertThat(italian("person 7: owner → none")).isEqualTo("persona 7: referente → none");
    }

    @Test
    void unknownWordsVersionsAndEmptyDetailsStayAsTheyAre() {
        assertThat(italian("v3")).isEqualTo("v3");
        assertThat(italian("v1-v2")).isEqualTo("v1-v2");
        assertThat(italian("json")).isEqualTo("json");
        assertThat(italian(null)).isEmpty();
        assertThat(italian("until 2026-99-99T00:00:00Z")).isEqualTo("fino al 2026-99-99T00:00:00Z");
    }
}
