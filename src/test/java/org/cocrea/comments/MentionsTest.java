package org.cocrea.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionsTest {
    private static final Map<Long, String> MEMBERS =
            Map.of(1L, "Anna", 2L, "Anna Maria Rossi", 3L, "Luca Bianchi", 4L, "Élodie");

    @Test
    void findsFullNamesIgnoringCaseAndPrefersTheLongest() {
        assertThat(Mentions.find("Ciao @anna maria rossi e @Luca Bianchi!", MEMBERS))
                .containsExactly(2L, 3L);
        assertThat(Mentions.find("@Anna, vieni?", MEMBERS)).containsExactly(1L);
        assertThat(Mentions.find("@élodie", MEMBERS)).containsExactly(4L);
    }

    @Test
    void ignoresAddressesPartialNamesAndStrangers() {
        assertThat(Mentions.find("scrivi a anna@example.org", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Annabella e @Luca", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Mario Verdi", MEMBERS)).isEmpty();
        assertThat(Mentions.find(null, MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Anna", Map.of())).isEmpty();
    }

    @Test
    void aCommentIsEditableForFifteenMinutes() {
        var written = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);
        var c = new Comment(1, null, 1L, "x", written, null, "none", 0, false);
        assertThat(c.editableAt(Instant.parse("2026-12-03T10:14:59Z"))).isTrue();
        assertThat(c.editableAt(Instant.parse("2026-12-03T10:15:00Z"))).isFalse();
    }

    @Test
    void kindsAreLowerCaseWordsAndOnlyThePageHasNoInstance() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CommentTarget(1, 2L, "Idea", 3))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CommentTarget(1, null, "idea", 3))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CommentTarget(1, 2L, "initiative", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CommentTarget(1, 2L, "idea", 3).path()).isEqualTo("/comments/tool/2/idea/3");
    }
}
