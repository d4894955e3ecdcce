package org.cocrea.opinions;

import org.cocrea.ideas.TestIdeas;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Conversations of their own for web tests, in copies of the demo initiatives (which the crawling nets read). */
final class TestOpinions {
    static final String COLLECTIVE = OpinionsDemoData.BIKES;
    static final String GROUP = OpinionsDemoData.SCHOOL;

    private TestOpinions() {}

    /** A new, empty conversation in a copy of the demo initiative with its members. */
    static long newConversation(JdbcClient jdbc, String title) {
        return TestIdeas.addTool(jdbc, TestIdeas.copy(jdbc, title), OpinionsTool.ID);
    }

    /** The demo conversation of an initiative. */
    static long demoConversation(JdbcClient jdbc, String title) {
        return jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :title AND t.tool_id = 'opinions'
                """).param("title", title).query(Long.class).single();
    }

    /** A published statement stored directly. */
    static long statement(JdbcClient jdbc, long instance, String text) {
        jdbc.sql("""
                INSERT INTO opinion_statement (tool_instance_id, seeded, body, normalised, status, created_at)
                VALUES (:t, TRUE, :b, :n, 'published', CURRENT_TIMESTAMP)
                """)
                .param("t", instance)
                .param("b", text)
                .param("n", Texts.normalised(text))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM opinion_statement")
                .query(Long.class)
                .single();
    }

    static long count(JdbcClient jdbc, String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }
}
