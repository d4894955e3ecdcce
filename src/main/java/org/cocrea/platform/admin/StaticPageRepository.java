package org.cocrea.platform.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The static_page and static_page_revision tables: a page's current text per language and every text it had. */
@Repository
class StaticPageRepository {
    private final JdbcClient jdbc;

    StaticPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(String body, OffsetDateTime updatedAt) {}

    record Revision(long id, String body, String changedBy, OffsetDateTime changedAt) {}

    Optional<Stored> find(StaticPage page, Language language) {
        return jdbc.sql("SELECT body, updated_at FROM static_page WHERE page = :page AND language = :lang")
                .param("page", page.code())
                .param("lang", language.code())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    /**
     * Stores the page's new text and its revision, in the caller's transaction. Saving the text a page already has
     * changes nothing and records no revision (a double click, a form sent again).
     */
    boolean save(StaticPage page, Language language, String body, long personId, String personName) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var current = find(page, language);
        if (current.map(c -> c.body().equals(body)).orElse(false)) {
            return false;
        }
        int updated = jdbc.sql("""
                        UPDATE static_page SET body = :body, updated_at = :now WHERE page = :page AND language = :lang
                        """)
                .param("body", body)
                .param("now", now)
                .param("page", page.code())
                .param("lang", language.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO static_page (page, language, body, updated_at)
                            VALUES (:page, :lang, :body, :now)
                            """)
                    .param("page", page.code())
                    .param("lang", language.code())
                    .param("body", body)
                    .param("now", now)
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO static_page_revision (page, language, body, changed_by, changed_by_name, changed_at)
                        VALUES (:page, :lang, :body, :by, :name, :now)
                        """)
                .param("page", page.code())
                .param("lang", language.code())
                .param("body", body)
                .param("by", personId)
                .param("name", personName)
                .param("now", now)
                .update();
        return true;
    }

    /** When each stored page was last changed, keyed "page/language", in one query. */
    java.util.Map<String, OffsetDateTime> updated() {
        var updated = new java.util.HashMap<String, OffsetDateTime>();
        jdbc.sql("SELECT page, language, updated_at FROM static_page")
                .query((rs, n) ->
                        updated.put(rs.getString(1) + "/" + rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
        return updated;
    }

    /** The newest revisions of a page in a language, newest first. */
    List<Revision> revisions(StaticPage page, Language language, int limit) {
        return jdbc.sql("""
                        SELECT id, body, changed_by_name, changed_at FROM static_page_revision
                        WHERE page = :page AND language = :lang
                        ORDER BY changed_at DESC, id DESC
                        LIMIT :limit
                        """)
                .param("page", page.code())
                .param("lang", language.code())
                .param("limit", limit)
                .query((rs, n) -> new Revision(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
