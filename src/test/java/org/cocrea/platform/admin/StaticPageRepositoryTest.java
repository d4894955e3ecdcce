package org.cocrea.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.cocrea.platform.Language;
import org.cocrea.platform.Statistic;
import org.cocrea.testing.TestDatabase;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The static pages' tables (V17_5) and the statistics' count by month, on H2 and on PostgreSQL. */
class StaticPageRepositoryTest {

    private static long person(TestDatabase db, String email) {
        TestPeople.ensure(db.jdbc(), email, "citizen", null);
        return db.jdbc()
                .sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPageKeepsItsTextPerLanguageAndEveryRevision(TestDatabase db) {
        var pages = new StaticPageRepository(db.jdbc());
        long admin = person(db, "pages.admin." + System.nanoTime() + "@example.org");
        assertThat(pages.find(StaticPage.TERMS, Language.IT)).isEmpty();

        assertThat(pages.save(StaticPage.TERMS, Language.IT, "Prima versione", admin, "Ada"))
                .isTrue();
        assertThat(pages.save(StaticPage.TERMS, Language.IT, "Seconda versione", admin, "Ada"))
                .isTrue();
        assertThat(pages.save(StaticPage.TERMS, Language.EN, "First version", admin, "Ada"))
                .isTrue();
        // The same text again stores nothing and records no revision.
        assertThat(pages.save(StaticPage.TERMS, Language.IT, "Seconda versione", admin, "Ada"))
                .isFalse();

        assertThat(pages.find(StaticPage.TERMS, Language.IT).orElseThrow().body())
                .isEqualTo("Seconda versione");
        assertThat(pages.find(StaticPage.TERMS, Language.EN).orElseThrow().body())
                .isEqualTo("First version");
        assertThat(pages.find(StaticPage.PRIVACY, Language.IT)).isEmpty();
        assertThat(pages.revisions(StaticPage.TERMS, Language.IT, 20))
                .extracting(StaticPageRepository.Revision::body)
                .containsExactly("Seconda versione", "Prima versione");
        assertThat(pages.revisions(StaticPage.TERMS, Language.IT, 20))
                .allSatisfy(r -> assertThat(r.changedBy()).isEqualTo("Ada"));
        assertThat(pages.revisions(StaticPage.TERMS, Language.IT, 1)).hasSize(1);
        assertThat(pages.updated()).containsOnlyKeys("terms/it", "terms/en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theTablesRefuseUnknownPagesLanguagesAndEmptyTexts(TestDatabase db) {
        var jdbc = db.jdbc();
        for (String values : new String[] {"'contact', 'it', 'x'", "'terms', 'de', 'x'", "'terms', 'it', ''"}) {
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO static_page (page, language, body, updated_at) VALUES ("
                                    + values + ", CURRENT_TIMESTAMP)")
                            .update())
                    .as(values)
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
        jdbc.sql(
                        "INSERT INTO static_page (page, language, body, updated_at) VALUES ('about', 'it', 'x', CURRENT_TIMESTAMP)")
                .update();
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO static_page (page, language, body, updated_at) VALUES ('about', 'it', 'y', CURRENT_TIMESTAMP)")
                        .update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void countsByMonthUseTheOrganisationsTimeZone(TestDatabase db) {
        var jdbc = db.jdbc();
        String marker = "months." + System.nanoTime();
        // 23:30 UTC on 31 January is already February in Rome; 22:30 UTC on 30 June is still June (summer time).
        for (var at : new OffsetDateTime[] {
            OffsetDateTime.of(2025, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2025, 6, 30, 21, 30, 0, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2025, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC)
        }) {
            String email = marker + "." + at.toEpochSecond() + "@example.org";
            person(db, email);
            jdbc.sql("UPDATE app_user SET created_at = :at WHERE email = :e")
                    .param("at", at)
                    .param("e", email)
                    .update();
        }
        var months = Statistic.countByMonth(
                jdbc,
                "created_at",
                "app_user WHERE email LIKE :m",
                Map.of("m", marker + "%"),
                ZoneId.of("Europe/Rome"));
        assertThat(months).containsExactly(Map.entry(YearMonth.of(2025, 2), 1L), Map.entry(YearMonth.of(2025, 6), 2L));
        assertThat(Statistic.monthly(Statistic.GROWTH, "k", months).count()).isEqualTo(3);

        // Several kinds in one query: each keeps its own months, and a kind with no rows has none.
        var kinds = Statistic.countByMonth(
                jdbc,
                java.util.List.of(
                        new Statistic.Dated("people", "created_at", "app_user WHERE email LIKE '" + marker + "%'"),
                        new Statistic.Dated("nobody", "created_at", "app_user WHERE 1 = 0")),
                ZoneId.of("Europe/Rome"));
        assertThat(kinds.get("people")).isEqualTo(months);
        assertThat(kinds.get("nobody")).isEmpty();
    }
}
