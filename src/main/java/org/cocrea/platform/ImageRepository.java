package org.cocrea.platform;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The image and image_variant tables. */
@Repository
class ImageRepository {
    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long ownerId, String altEn, String altIt, ImageProcessing.Result result, Long uploadedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO image (owner_id, alt_en, alt_it, width, height, uploaded_by, created_at)
                VALUES (:owner, :altEn, :altIt, :width, :height, :by, :now)
                """)
                .param("owner", ownerId)
                .param("altEn", altEn)
                .param("altIt", altIt)
                .param("width", result.width())
                .param("height", result.height())
                .param("by", uploadedBy)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var v : result.variants()) {
            jdbc.sql("""
                    INSERT INTO image_variant (image_id, width, height, content_type, content)
                    VALUES (:id, :width, :height, :type, :content)
                    """)
                    .param("id", id)
                    .param("width", v.width())
                    .param("height", v.height())
                    .param("type", v.contentType())
                    .param("content", v.bytes())
                    .update();
        }
        return id;
    }

    /** The pictures of these images in one statement, by id; ids with no image are left out. */
    Map<Long, Picture> pictures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        record Row(long id, String altEn, String altIt, int width, int height, int variantWidth) {}
        var rows = jdbc.sql("""
                SELECT i.id, i.alt_en, i.alt_it, i.width, i.height, v.width AS variant_width
                FROM image i JOIN image_variant v ON v.image_id = i.id
                WHERE i.id IN (:ids)
                ORDER BY i.id, v.width
                """)
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("alt_en"),
                        rs.getString("alt_it"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getInt("variant_width")))
                .list();
        var widths = new LinkedHashMap<Long, List<Integer>>();
        var first = new LinkedHashMap<Long, Row>();
        for (Row r : rows) {
            widths.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.variantWidth());
            first.putIfAbsent(r.id(), r);
        }
        var pictures = new LinkedHashMap<Long, Picture>();
        first.forEach((id, r) ->
                pictures.put(id, new Picture(id, r.altEn(), r.altIt(), r.width(), r.height(), widths.get(id))));
        return pictures;
    }

    /** A stored size of an image with its owner, for serving it. */
    record Stored(long ownerId, String contentType, byte[] content) {}

    Optional<Stored> variant(long imageId, int width) {
        return jdbc.sql("""
                SELECT i.owner_id, v.content_type, v.content
                FROM image i JOIN image_variant v ON v.image_id = i.id
                WHERE i.id = :id AND v.width = :width
                """)
                .param("id", imageId)
                .param("width", width)
                .query((rs, n) ->
                        new Stored(rs.getLong("owner_id"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    Optional<Long> owner(long imageId) {
        return jdbc.sql("SELECT owner_id FROM image WHERE id = :id")
                .param("id", imageId)
                .query(Long.class)
                .optional();
    }

    void delete(long imageId) {
        jdbc.sql("DELETE FROM image WHERE id = :id").param("id", imageId).update();
    }
}
