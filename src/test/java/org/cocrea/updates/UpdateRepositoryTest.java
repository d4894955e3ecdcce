package org.cocrea.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class UpdateRepositoryTest {

    private static long toolInstance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'health', 'group', 'open', :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'updates', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void postsAreListedNewestFirst(TestDatabase db) {
        var repo = new UpdateRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        repo.add(instance, null, "First", "one");
        repo.add(instance, null, "Second", "**two** <script>x</script>");

        var posts = repo.of(instance);
        assertThat(posts).extracting(UpdatePost::title).containsExactly("Second", "First");
        assertThat(posts.get(0).bodyHtml().html())
                .contains("<strong>two</strong>")
                .doesNotContain("<script>");
        assertThat(repo.count(instance)).isEqualTo(2);
        assertThat(repo.count(instance + 1)).isZero();
    }
}
