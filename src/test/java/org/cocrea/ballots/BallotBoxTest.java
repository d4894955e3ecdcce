package org.cocrea.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The box's own rules, without a database (the races on H2 and PostgreSQL are the tools' concurrency tests, through
 * {@link BallotRace}): a first ballot, a replaced one, the same one again stores nothing, a refused one stores
 * nothing, and a lost race runs again.
 */
class BallotBoxTest {
    final BallotBox box = new BallotBox(mock(PlatformTransactionManager.class));

    /** A voter's place in memory; {@code losing} first attempts fail as if a concurrent ballot had won. */
    static final class Memory implements BallotBox.Slot {
        Map<Long, Integer> stored;
        final List<String> writes = new ArrayList<>();
        int losing;

        @Override
        public Map<Long, Integer> check(Map<Long, Integer> marks) {
            if (marks.isEmpty()) {
                throw new Refused("options", "test.empty");
            }
            // As a tool normalises (here: every mark counts as 1): what is compared is what would be stored.
            var normal = new HashMap<Long, Integer>();
            marks.forEach((k, v) -> normal.put(k, Math.min(v, 1)));
            return normal;
        }

        @Override
        public Optional<Map<Long, Integer>> current() {
            return Optional.ofNullable(stored);
        }

        @Override
        public void replace(Map<Long, Integer> marks, boolean hadOne) {
            if (losing > 0) {
                losing--;
                throw new DuplicateKeyException("a concurrent first ballot won");
            }
            writes.add((hadOne ? "replace " : "insert ") + marks);
            stored = marks;
        }
    }

    static final Refused LOST = new Refused("options", "test.again");

    @Test
    void aFirstBallotThenAChangeThenTheSameAgainWhichStoresNothing() {
        var slot = new Memory();
        assertThat(box.cast(slot, Map.of(1L, 1), LOST)).isEqualTo(BallotBox.Cast.FIRST);
        assertThat(box.cast(slot, Map.of(2L, 1), LOST)).isEqualTo(BallotBox.Cast.REPLACED);
        assertThat(box.cast(slot, Map.of(2L, 9), LOST)).isEqualTo(BallotBox.Cast.UNCHANGED);
        assertThat(slot.writes).containsExactly("insert {1=1}", "replace {2=1}");
        assertThat(BallotBox.Cast.UNCHANGED.again()).isTrue();
        assertThat(BallotBox.Cast.FIRST.again()).isFalse();
    }

    @Test
    void aRefusedBallotStoresNothing() {
        var slot = new Memory();
        assertThatThrownBy(() -> box.cast(slot, Map.of(), LOST)).hasMessage("test.empty");
        assertThat(slot.writes).isEmpty();
    }

    @Test
    void aLostRaceRunsAgainAndFindsTheWinner() {
        var slot = new Memory();
        slot.losing = 3;
        assertThat(box.cast(slot, Map.of(1L, 1), LOST)).isEqualTo(BallotBox.Cast.FIRST);
        assertThat(slot.writes).containsExactly("insert {1=1}");
        slot.losing = BallotBox.ATTEMPTS;
        assertThatThrownBy(() -> box.cast(slot, Map.of(2L, 1), LOST)).isSameAs(LOST);
        assertThat(slot.stored).isEqualTo(Map.of(1L, 1));
    }
}
