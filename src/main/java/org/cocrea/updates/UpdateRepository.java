package org.cocrea.updates;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The update_post table, keyed by tool instance. */
@Repository
class UpdateRepository {
    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long toolInstanceId, Long authorId, String title, String body) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO update_post (tool_instance_id, author_id, title, body, posted_at)
                VALUES (:instance, :author, :title, :body, :now)
                """)
                .param("instance", toolInstanceId)
                .param("author", authorId)
                .param("title", title)
                .param("body", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<UpdatePost> of(long toolInstanceId) {
        return jdbc.sql("""
                SELECT id, tool_instance_id, author_id, title, body, posted_at FROM update_post
                WHERE tool_instance_id = :instance ORDER BY posted_at DESC, id DESC
                """)
                .param("instance", toolInstanceId)
                .query(UpdatePost.class)
                .list();
    }

    long count(long toolInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM update_post WHERE tool_instance_id = :instance")
                .param("instance", toolInstanceId)
                .query(Long.class)
                .single();
    }
}
