package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Small operations on {@link Conversation}s. */
final class Conversations {
    private Conversations() {}

    /** The same conversation without the statements {@code drop} names (their votes go too). */
    static Conversation withoutStatements(Conversation c, IntPredicate drop) {
        int m = c.statements().size();
        int[] renumber = new int[m];
        List<String> kept = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            if (drop.test(s)) {
                renumber[s] = -1;
            } else {
                renumber[s] = kept.size();
                kept.add(c.statements().get(s));
            }
        }
        int count = 0;
        for (int s : c.statement()) {
            count += renumber[s] >= 0 ? 1 : 0;
        }
        int[] participant = new int[count];
        int[] statement = new int[count];
        byte[] value = new byte[count];
        long[] time = c.time() == null ? null : new long[count];
        int j = 0;
        for (int i = 0; i < c.value().length; i++) {
            int s = renumber[c.statement()[i]];
            if (s >= 0) {
                participant[j] = c.participant()[i];
                statement[j] = s;
                value[j] = c.value()[i];
                if (time != null) {
                    time[j] = c.time()[i];
                }
                j++;
            }
        }
        return new Conversation(c.participants(), List.copyOf(kept), participant, statement, value, time);
    }
}
