package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The image and image_variant tables on H2 and PostgreSQL: bytes back as stored, alt text required, owners' links. */
class ImageRepositoryTest {

    private static long initiative(JdbcClient jdbc) {
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
        return jdbc.sql("SELECT id FROM initiative").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void storesEverySizeAndReadsAListInOneGo(TestDatabase db) throws Exception {
        var jdbc = db.jdbc();
        var images = new ImageRepository(jdbc);
        long owner = initiative(jdbc);
        var wide = ImageProcessing.process(TestImages.jpeg(2000, 1000));
        var small = ImageProcessing.process(TestImages.transparentPng(300, 300));
        long a = images.insert(owner, "Lanes", null, wide, null);
        long b = images.insert(owner, null, "Un cerchio", small, null);

        var pictures = images.pictures(List.of(a, b, 999_999L));
        assertThat(pictures).containsOnlyKeys(a, b);
        assertThat(pictures.get(a)).isEqualTo(new Picture(a, "Lanes", null, 2000, 1000, List.of(480, 960, 1600)));
        assertThat(pictures.get(b).widths()).containsExactly(300);
        assertThat(pictures.get(b).alt("en")).isEqualTo("Un cerchio");
        assertThat(images.pictures(List.of())).isEmpty();

        var stored = images.variant(a, 960).orElseThrow();
        assertThat(stored.ownerId()).isEqualTo(owner);
        assertThat(stored.contentType()).isEqualTo(FileTypes.JPEG);
        assertThat(stored.content()).isEqualTo(wide.variants().get(1).bytes());
        assertThat(images.variant(b, 300).orElseThrow().contentType()).isEqualTo(FileTypes.PNG);
        assertThat(images.variant(a, 700)).isEmpty();
        assertThat(images.owner(a)).contains(owner);

        // An owner's link is cleared when its image is deleted; the sizes go with the image.
        jdbc.sql("UPDATE initiative SET image_id = ? WHERE id = ?")
                .param(a)
                .param(owner)
                .update();
        images.delete(a);
        assertThat(images.variant(a, 960)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM image_variant WHERE image_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT image_id FROM initiative WHERE id = ?")
                        .param(owner)
                        .query(Long.class)
                        .optional())
                .isEmpty();
        // Deleting the initiative deletes its images.
        jdbc.sql("UPDATE initiative SET image_id = ? WHERE id = ?")
                .param(b)
                .param(owner)
                .update();
        jdbc.sql("DELETE FROM initiative WHERE id = ?").param(owner).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM image").query(Long.class).single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anImageWithoutAltTextOrOfAnotherTypeIsRefusedByTheDatabaseToo(TestDatabase db) throws Exception {
        var jdbc = db.jdbc();
        long owner = initiative(jdbc);
        var result = ImageProcessing.process(TestImages.png(100, 50));
        assertThatThrownBy(() -> new ImageRepository(jdbc).insert(owner, "", null, result, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> new ImageRepository(jdbc).insert(owner, null, "  ".strip(), result, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        long id = new ImageRepository(jdbc).insert(owner, "ok", null, result, null);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO image_variant (image_id, width, height, content_type, content)
                        VALUES (?, 10, 5, 'image/svg+xml', ?)
                        """).param(id).param(new byte[] {1}).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO image_variant (image_id, width, height, content_type, content)
                        VALUES (?, 100, 50, 'image/png', ?)
                        """).param(id).param(new byte[] {1}).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
