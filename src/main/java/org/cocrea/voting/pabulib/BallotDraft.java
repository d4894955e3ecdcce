package org.cocrea.voting.pabulib;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.VoteType;

/** A distinct ballot while parsing, with the number of voters who cast it so far. */
final class BallotDraft {

    private final int[] projects;
    private final long[] points;
    int count;

    private BallotDraft(int[] projects, long[] points) {
        this.projects = projects;
        this.points = points;
    }

    Ballot toBallot() {
        return new Ballot(projects, points, count);
    }

    /**
     * Resolves project ids. A project listed twice (a few real files do this) is approved once,
     * keeps its first rank, or has its points added up.
     */
    static BallotDraft parse(
            String vote,
            String pointsText,
            VoteType type,
            Map<String, Integer> index,
            Function<String, PabulibFormatException> error)
            throws PabulibFormatException {
        String[] ids = splitCommas(vote);
        String[] pts = splitCommas(pointsText);
        boolean withPoints = type.hasPoints() && pts.length > 0;
        if (withPoints && pts.length != ids.length) {
            throw error.apply(ids.length + " projects but " + pts.length + " points");
        }
        // Ballots are short, so a linear scan for repeats beats allocating per-project arrays.
        int[] order = new int[ids.length];
        long[] given = new long[ids.length];
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            Integer p = index.get(ids[i]);
            if (p == null) {
                p = index.get(ids[i].strip()); // padding is rare, so strip only when needed
            }
            if (p == null) {
                throw error.apply("unknown project '" + ids[i].strip() + "' in vote");
            }
            int at = 0;
            while (at < distinct && order[at] != p) {
                at++;
            }
            if (at == distinct) {
                order[distinct++] = p;
            }
            given[at] += withPoints ? parsePoints(pts[i], error) : 1;
        }
        if (type != VoteType.ORDINAL) {
            sortTogether(order, given, distinct);
        }
        int[] projects = Arrays.copyOf(order, distinct);
        long[] points = withPoints ? Arrays.copyOf(given, distinct) : new long[0];
        return new BallotDraft(projects, points);
    }

    private static void sortTogether(int[] keys, long[] values, int length) {
        for (int i = 1; i < length; i++) {
            int key = keys[i];
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }

    /** Splits on commas; a blank text has no items. Simpler and faster than String.split. */
    private static String[] splitCommas(String text) {
        if (text.isBlank()) {
            return new String[0];
        }
        int count = 1;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            count++;
        }
        String[] items = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = text.indexOf(',', start);
            end = end < 0 ? text.length() : end;
            items[k] = text.substring(start, end);
            start = end + 1;
        }
        return items;
    }

    private static long parsePoints(String text, Function<String, PabulibFormatException> error)
            throws PabulibFormatException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw error.apply("points are not whole numbers: '" + text + "'");
        }
    }
}
