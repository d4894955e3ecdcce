package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.opinions.analysis.Analysis;
import org.cocrea.opinions.analysis.Method;
import org.junit.jupiter.api.Test;

/** The background computation keeps Polis' k smoother from one update to the next, as Polis' math worker does. */
class RecomputeTest {
    /** 60 people in two camps voting on 12 statements: the camps agree on the first 6 and split on the rest. */
    private static List<OpinionRepository.VoteRow> twoCamps() {
        var random = new Random(7);
        var votes = new ArrayList<OpinionRepository.VoteRow>();
        for (int p = 1; p <= 60; p++) {
            for (int s = 1; s <= 12; s++) {
                int vote = s <= 6 ? 1 : (p % 2 == 0 ? 1 : -1);
                if (random.nextInt(10) == 0) {
                    vote = 0;
                }
                votes.add(new OpinionRepository.VoteRow(p, s, vote, OpinionRepository.now()));
            }
        }
        return votes;
    }

    @Test
    void polisUpdatesCarryTheSmootherForwardAndTheLatentClassMethodKeepsNone() {
        var first = Recompute.analyse(twoCamps(), Method.POLIS, 1, null);
        assertThat(first.smoother()).isNotNull();
        assertThat(first.smoother().lastKCount()).isEqualTo(1);
        assertThat(first.smoother().smoothedK()).isEqualTo(first.smoother().lastK());
        assertThat(first.map().map().groups()).hasSize(first.smoother().smoothedK());

        var second = Recompute.analyse(twoCamps(), Method.POLIS, 1, first.smoother());
        assertThat(second.smoother().lastK()).isEqualTo(first.smoother().lastK());
        assertThat(second.smoother().lastKCount()).isEqualTo(2);

        // A k found best once does not replace the k in use until it has been best BUFFER times in a row.
        var held = new Analysis.KSmoother(5, 1, 5);
        var third = Recompute.analyse(twoCamps(), Method.POLIS, 1, held);
        assertThat(third.smoother().smoothedK()).isEqualTo(5);
        assertThat(third.smoother().lastKCount()).isEqualTo(1);

        assertThat(Recompute.analyse(twoCamps(), Method.COCREA, 1, null).smoother())
                .isNull();
    }
}
