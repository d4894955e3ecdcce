package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdeaRepositoryTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xFF, 0};

    /** An organisation, an initiative and a proposals tool instance; returns the instance id. */
    static long toolInstance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'environment-and-parks', 'collective', 'open',
                    :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-commissioning', 'ideas', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    /** People {@code person-0..person-(n-1)}, in one statement. */
    static List<Long> people(JdbcClient jdbc, int n) {
        var sql = new StringBuilder(
                "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at) VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("('person-")
                    .append(i)
                    .append("@example.org', 'Person ")
                    .append(i)
                    .append("', 'it', 'citizen', :now, :now)");
        }
        jdbc.sql(sql.toString())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM app_user WHERE email LIKE 'person-%' ORDER BY id")
                .query(Long.class)
                .list();
    }

    static IdeaRepository.Draft draft(String title, Long cost) {
        return new IdeaRepository.Draft(
                title, "Body **bold**", "mobilità", new BigDecimal("44.4949"), new BigDecimal("11.3426"), cost);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void proposalsRoundTripWithCountsFiltersAndOrders(TestDatabase db) {
        var ideas = new IdeaRepository(db.jdbc());
        var talk = new TalkRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        var people = people(db.jdbc(), 3);
        long a = ideas.insert(instance, people.get(0), draft("Lanes", 120_000_00L));
        long b = ideas.insert(instance, people.get(1), new IdeaRepository.Draft("Racks", "x", null, null, null, null));
        long c = ideas.insert(instance, people.get(2), draft("Lights", 65_000_00L));
        db.jdbc()
                .sql("INSERT INTO idea_support (idea_id, person_id, supported_at) VALUES (:i, :p, CURRENT_TIMESTAMP)")
                .param("i", b)
                .param("p", people.get(0))
                .update();
        db.jdbc()
                .sql("INSERT INTO idea_support (idea_id, person_id, supported_at) VALUES (:i, :p, CURRENT_TIMESTAMP)")
                .param("i", b)
                .param("p", people.get(1))
                .update();

        var lanes = ideas.find(a).orElseThrow();
        assertThat(lanes.latitude()).isEqualByComparingTo("44.4949");
        assertThat(lanes.costCents()).isEqualTo(120_000_00L);
        assertThat(lanes.status()).isEqualTo(IdeaStatus.OPEN);
        assertThat(ideas.find(b).orElseThrow().supports()).isEqualTo(2);

        var all = new IdeaRepository.Query(null, null, IdeaRepository.Sort.RECENT, 0, false);
        assertThat(ideas.page(instance, all, 10, 0)).extracting(Idea::id).containsExactly(c, b, a);
        var supported = new IdeaRepository.Query(null, null, IdeaRepository.Sort.SUPPORTED, 0, false);
        assertThat(ideas.page(instance, supported, 1, 0)).extracting(Idea::id).containsExactly(b);
        var mobility = new IdeaRepository.Query("mobilità", null, IdeaRepository.Sort.RECENT, 0, false);
        assertThat(ideas.count(instance, mobility)).isEqualTo(2);
        assertThat(ideas.categoriesInUse(instance)).containsExactly("mobilità");
        // The random order is the same for the same seed, and its pages cover every proposal once.
        var random = new IdeaRepository.Query(null, null, IdeaRepository.Sort.RANDOM, 12345, false);
        var first = ideas.page(instance, random, 10, 0);
        assertThat(ideas.page(instance, random, 10, 0)).isEqualTo(first);
        var paged = new java.util.ArrayList<>(ideas.page(instance, random, 2, 0));
        paged.addAll(ideas.page(instance, random, 2, 2));
        assertThat(paged)
                .extracting(Idea::id)
                .containsExactlyElementsOf(first.stream().map(Idea::id).toList());

        ideas.answer(a, IdeaStatus.ACCEPTED, null);
        ideas.answer(c, IdeaStatus.ACCEPTED, "Yes");
        assertThat(ideas.accepted(List.of(instance))).extracting(Idea::id).containsExactly(a, c);
        assertThat(ideas.hideForReview(c)).isTrue();
        assertThat(ideas.accepted(List.of(instance))).extracting(Idea::id).containsExactly(a);
        assertThat(ideas.count(instance, all)).isEqualTo(2);
        assertThat(ideas.count(instance, new IdeaRepository.Query(null, null, IdeaRepository.Sort.RECENT, 0, true)))
                .isEqualTo(3);
        ideas.moderate(c, "cleared");
        assertThat(ideas.hideForReview(c))
                .as("a reviewed proposal is not hidden again by reports")
                .isFalse();
        var status = new IdeaRepository.Query(null, IdeaStatus.ACCEPTED, IdeaRepository.Sort.RECENT, 0, false);
        assertThat(ideas.count(instance, status)).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseRefusesWhatTheRulesForbid(TestDatabase db) {
        var ideas = new IdeaRepository(db.jdbc());
        var talk = new TalkRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long person = people(db.jdbc(), 1).get(0);
        long idea = ideas.insert(instance, person, draft("Lanes", null));
        // A rejection without a public reason.
        assertThatThrownBy(() -> ideas.answer(idea, IdeaStatus.REJECTED, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        // A point out of range, a negative cost.
        assertThatThrownBy(() -> ideas.insert(
                        instance,
                        person,
                        new IdeaRepository.Draft("x", "y", null, new BigDecimal("91"), BigDecimal.ONE, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> ideas.insert(instance, person, new IdeaRepository.Draft("x", "y", null, null, null, -1L)))
                .isInstanceOf(DataIntegrityViolationException.class);
        // One report per person.
        talk.report(idea, person, "spam");
        assertThatThrownBy(() -> talk.report(idea, person, "again")).isInstanceOf(DuplicateKeyException.class);
        assertThat(talk.reports(idea)).isEqualTo(1);
        // Comments, their replies and their constraints are the comments module's (CommentRepositoryTest).
        // Following twice is following once.
        talk.follow(idea, person);
        talk.follow(idea, person);
        assertThat(talk.followers(idea)).containsExactly(person);
        talk.unfollow(idea, person);
        assertThat(talk.followers(idea)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void attachmentsKeepTheirBytesAndSettingsTheirValues(TestDatabase db) {
        var ideas = new IdeaRepository(db.jdbc());
        var talk = new TalkRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long person = people(db.jdbc(), 1).get(0);
        long idea = ideas.insert(instance, person, draft("Lanes", null));
        long file = talk.attach(idea, "plan.png", "image/png", PNG);
        assertThat(talk.attachments(idea)).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("plan.png");
            assertThat(a.sizeBytes()).isEqualTo(PNG.length);
        });
        assertThat(talk.file(idea, file).orElseThrow().content()).isEqualTo(PNG);
        assertThat(talk.file(idea + 1, file))
                .as("a file is reached through its own proposal only")
                .isEmpty();
        assertThatThrownBy(() -> talk.attach(idea, "x.exe", "application/x-msdownload", PNG))
                .isInstanceOf(DataIntegrityViolationException.class);
        var big = new byte[Uploads.MAX_BYTES];
        big[0] = '%';
        talk.attach(idea, "big.pdf", "application/pdf", big);
        assertThat(talk.attachments(idea)).hasSize(2);

        assertThat(ideas.settings(instance)).isEqualTo(IdeaSettings.DEFAULTS);
        ideas.saveSettings(instance, new IdeaSettings("a\nb", 2, 10, 4));
        ideas.saveSettings(instance, new IdeaSettings("a\nb\nc", 3, 10, 4));
        assertThat(ideas.settings(instance).categoryList()).containsExactly("a", "b", "c");
        assertThat(ideas.settings(instance).supportsPerPerson()).isEqualTo(3);
        var mine = talk.mine(instance, idea, person);
        assertThat(mine).isEqualTo(new Mine(false, false, false, 0));
    }
}
