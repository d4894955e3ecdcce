package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.testing.TestDatabase;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The population tables on H2 and PostgreSQL: margins replaced whole and in their order, a refused upload inside the
 * transaction leaving the old margins, self-descriptions saved, replaced, read in slices and forgotten, deleted with
 * the person's row, and the constraints that guard both tables.
 */
class PopulationRepositoryTest {
    record Setup(PopulationRepository repo, JdbcClient jdbc, TransactionTemplate tx, long org, long person) {}

    static Setup setup(TestDatabase db) {
        var jdbc = db.jdbc();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        TestPeople.ensure(jdbc, "describer@example.org", "citizen", null);
        return new Setup(
                new PopulationRepository(jdbc),
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                jdbc.sql("SELECT id FROM organisation").query(Long.class).single(),
                jdbc.sql("SELECT id FROM app_user WHERE email = 'describer@example.org'")
                        .query(Long.class)
                        .single());
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void marginsAreReplacedWholeOrNotAtAll(TestDatabase db) {
        var s = setup(db);
        var first = MarginsCsv.parse("age,0-17,10\nage,18+,90\ndistrict,Nord,4\ndistrict,Sud,6\n".getBytes());
        s.tx().executeWithoutResult(t -> s.repo().replace(s.org(), first, s.person()));
        assertThat(s.repo().margins(s.org())).isEqualTo(first);
        assertThat(s.repo().districts())
                .containsExactly(
                        new PopulationRepository.District(s.org(), "Nord"),
                        new PopulationRepository.District(s.org(), "Sud"));
        var second = MarginsCsv.parse("gender,female,50%\ngender,male,50%\n".getBytes());
        s.tx().executeWithoutResult(t -> s.repo().replace(s.org(), second, s.person()));
        assertThat(s.repo().margins(s.org())).isEqualTo(second);
        // a failure after the delete rolls the whole replacement back
        assertThatThrownBy(() -> s.tx().executeWithoutResult(t -> {
                    s.repo().replace(s.org(), first, s.person());
                    throw new IllegalStateException("refused after writing");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(s.repo().margins(s.org())).isEqualTo(second);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void selfDescriptionsAreSavedReplacedReadAndForgotten(TestDatabase db) {
        var s = setup(db);
        s.repo().save(new SelfDescription(s.person(), 1980, null, "female", s.org(), "Nord"));
        s.repo().save(new SelfDescription(s.person(), null, "35-44", null, null, null));
        assertThat(s.repo().description(s.person()))
                .contains(new SelfDescription(s.person(), null, "35-44", null, null, null));
        var ids = new ArrayList<Long>();
        for (long i = 0; i < PopulationRepository.SLICE + 10; i++) {
            ids.add(-i);
        }
        ids.add(s.person());
        assertThat(s.repo().descriptions(ids))
                .extracting(SelfDescription::personId)
                .containsExactly(s.person());
        assertThat(s.repo().forget(s.person())).isTrue();
        assertThat(s.repo().forget(s.person())).isFalse();
        assertThat(s.repo().description(s.person())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPersonsRowTakesTheirSelfDescriptionWithIt(TestDatabase db) {
        var s = setup(db);
        s.repo().save(new SelfDescription(s.person(), 1990, null, "male", s.org(), "Nord"));
        s.jdbc()
                .sql("DELETE FROM app_user WHERE id = :p")
                .param("p", s.person())
                .update();
        assertThat(s.jdbc()
                        .sql("SELECT COUNT(*) FROM evidence_self_description")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseBrokenRows(TestDatabase db) {
        var s = setup(db);
        for (String values : List.of(
                "1980, '35-44', NULL, NULL, NULL",
                "1800, NULL, NULL, NULL, NULL",
                "NULL, NULL, 'robot', NULL, NULL",
                "NULL, NULL, NULL, " + s.org() + ", NULL")) {
            assertThatThrownBy(() -> s.jdbc()
                            .sql("""
                            INSERT INTO evidence_self_description
                                (person_id, birth_year, age_band, gender, district_organisation_id, district, given_at)
                            VALUES (:p, %s, CURRENT_TIMESTAMP)""".formatted(values))
                            .param("p", s.person())
                            .update())
                    .as(values)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        for (String values :
                List.of("'colour', 'a', 0, 1, FALSE", "'age', '1-2', 0, -1, FALSE", "'gender', 'f', 0, 101, TRUE")) {
            assertThatThrownBy(() -> s.jdbc()
                            .sql("""
                            INSERT INTO evidence_population_margin
                                (organisation_id, dimension, band, position, amount, is_share, uploaded_at)
                            VALUES (:o, %s, CURRENT_TIMESTAMP)""".formatted(values))
                            .param("o", s.org())
                            .update())
                    .as(values)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        s.jdbc().sql("""
                        INSERT INTO evidence_population_margin
                            (organisation_id, dimension, band, position, amount, is_share, uploaded_at)
                        VALUES (:o, 'district', 'A', 0, 1, FALSE, CURRENT_TIMESTAMP)""").param("o", s.org()).update();
        assertThatThrownBy(() -> s.jdbc().sql("""
                        INSERT INTO evidence_population_margin
                            (organisation_id, dimension, band, position, amount, is_share, uploaded_at)
                        VALUES (:o, 'district', 'A', 1, 2, FALSE, CURRENT_TIMESTAMP)""").param("o", s.org()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
