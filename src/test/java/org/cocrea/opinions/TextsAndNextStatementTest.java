package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsAndNextStatementTest {
    @Test
    void normalisedTextIgnoresCaseAccentsPunctuationAndSpaces() {
        assertThat(Texts.normalised("  Più piste, meno AUTO!  ")).isEqualTo("piu piste meno auto");
        assertThat(Texts.normalised("più   piste meno-auto")).isEqualTo("piu piste meno auto");
        assertThat(Texts.normalised("Perché?")).isEqualTo(Texts.normalised("perche"));
        assertThat(Texts.normalised("piste sicure")).isNotEqualTo(Texts.normalised("piste insicure"));
    }

    @Test
    void controlCharactersAreFound() {
        assertThat(Texts.hasControl("ok\nline")).isFalse();
        assertThat(Texts.hasControl("bell\u0007")).isTrue();
        assertThat(Texts.hasControl("nul\u0000")).isTrue();
        assertThat(Texts.hasControl("rtl\u202e")).isTrue();
        assertThat(Texts.cleaned(" a \n b ")).isEqualTo("a b");
    }

    private static Statement statement(long id, long votes) {
        return new Statement(id, 1, null, false, "s" + id, "published", votes, null);
    }

    @Test
    void newerAndLessVotedStatementsComeFirstWithSomeRandomness() {
        var unvoted = List.of(statement(1, 50), statement(2, 50), statement(3, 0), statement(4, 50));
        var random = new Random(1);
        var picked = new HashMap<Long, Integer>();
        for (int i = 0; i < 2000; i++) {
            picked.merge(NextStatement.choose(unvoted, random).orElseThrow().id(), 1, Integer::sum);
        }
        assertThat(picked.keySet()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(picked.get(3L)).isGreaterThan(picked.get(4L) * 10);
        assertThat(picked.get(4L)).isGreaterThan(picked.get(1L));
        assertThat(NextStatement.choose(List.of(), random)).isEmpty();
    }
}
