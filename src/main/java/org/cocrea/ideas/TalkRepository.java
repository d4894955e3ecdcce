package org.cocrea.ideas;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Around a proposal: idea_report, idea_follow and idea_attachment (comments are the comments module's). */
@Repository
class TalkRepository {
    private final JdbcClient jdbc;

    TalkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the person looking at a proposal has done with it, in one statement. */
    Mine mine(long toolInstanceId, long ideaId, long personId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM idea_support WHERE idea_id = :i AND person_id = :p) AS supported,
                    (SELECT COUNT(*) FROM idea_follow WHERE idea_id = :i AND person_id = :p) AS followed,
                    (SELECT COUNT(*) FROM idea_report WHERE idea_id = :i AND person_id = :p) AS reported,
                    (SELECT COALESCE(MAX(used), 0) FROM idea_support_quota
                        WHERE tool_instance_id = :t AND person_id = :p) AS used
                """)
                .param("i", ideaId)
                .param("p", personId)
                .param("t", toolInstanceId)
                .query((rs, n) -> new Mine(
                        rs.getLong("supported") > 0,
                        rs.getLong("followed") > 0,
                        rs.getLong("reported") > 0,
                        rs.getInt("used")))
                .single();
    }

    /** Throws {@code DuplicateKeyException} when the person already reported the proposal. */
    void report(long ideaId, long personId, String reason) {
        jdbc.sql("""
                INSERT INTO idea_report (idea_id, person_id, reason, reported_at) VALUES (:i, :p, :reason, :now)
                """)
                .param("i", ideaId)
                .param("p", personId)
                .param("reason", reason)
                .param("now", IdeaRepository.now())
                .update();
    }

    long reports(long ideaId) {
        return jdbc.sql("SELECT COUNT(*) FROM idea_report WHERE idea_id = :i")
                .param("i", ideaId)
                .query(Long.class)
                .single();
    }

    /** The reasons given, for the facilitators reviewing a proposal. */
    List<String> reportReasons(long ideaId) {
        return jdbc.sql("SELECT reason FROM idea_report WHERE idea_id = :i ORDER BY reported_at")
                .param("i", ideaId)
                .query(String.class)
                .list();
    }

    void follow(long ideaId, long personId) {
        jdbc.sql("""
                INSERT INTO idea_follow (idea_id, person_id) SELECT :i, :p
                WHERE NOT EXISTS (SELECT 1 FROM idea_follow WHERE idea_id = :i AND person_id = :p)
                """).param("i", ideaId).param("p", personId).update();
    }

    void unfollow(long ideaId, long personId) {
        jdbc.sql("DELETE FROM idea_follow WHERE idea_id = :i AND person_id = :p")
                .param("i", ideaId)
                .param("p", personId)
                .update();
    }

    List<Long> followers(long ideaId) {
        return jdbc.sql("SELECT person_id FROM idea_follow WHERE idea_id = :i ORDER BY person_id")
                .param("i", ideaId)
                .query(Long.class)
                .list();
    }

    long attach(long ideaId, String fileName, String contentType, byte[] content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO idea_attachment (idea_id, file_name, content_type, size_bytes, content, created_at)
                VALUES (:i, :name, :type, :size, :content, :now)
                """)
                .param("i", ideaId)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("now", IdeaRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Attachment> attachments(long ideaId) {
        return jdbc.sql("""
                SELECT id, idea_id, file_name, content_type, size_bytes FROM idea_attachment WHERE idea_id = :i
                ORDER BY id
                """).param("i", ideaId).query(Attachment.class).list();
    }

    /** The file's description and bytes. */
    record File(Attachment attachment, byte[] content) {}

    Optional<File> file(long ideaId, long attachmentId) {
        return jdbc.sql("""
                SELECT id, idea_id, file_name, content_type, size_bytes, content FROM idea_attachment
                WHERE id = :a AND idea_id = :i
                """)
                .param("a", attachmentId)
                .param("i", ideaId)
                .query((rs, n) -> new File(
                        new Attachment(
                                rs.getLong("id"),
                                rs.getLong("idea_id"),
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getInt("size_bytes")),
                        rs.getBytes("content")))
                .optional();
    }
}
