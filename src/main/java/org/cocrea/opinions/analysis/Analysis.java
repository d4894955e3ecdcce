package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Finds the opinion groups of a conversation; deterministic for a seed. Pure Java, no Spring. */
public final class Analysis {
    /** Polis' number of base clusters. */
    static final int BASE_K = 100;
    /** Polis' largest number of groups. */
    static final int MAX_K = 5;
    /** At most this many consensus and divisive statements. */
    static final int LISTED = 10;

    private Analysis() {}

    /** The opinion map of {@code conversation} by {@code method}, the same for the same seed. */
    public static OpinionMap analyse(Conversation conversation, Method method, long seed) {
        return analyse(conversation, method, seed, java.util.Set.of());
    }

    /**
     * The opinion map leaving out the statements {@code moderatedOut} (indexes into the conversation's statements):
     * their votes are not analysed and they are never representative, consensus or divisive. Polis still counts
     * them when it scales a participant's position (see {@link Pca#project}), and still counts the votes on them
     * when it decides who has voted enough to be clustered; the polis method does the same.
     */
    public static OpinionMap analyse(
            Conversation conversation, Method method, long seed, java.util.Set<Integer> moderatedOut) {
        boolean[] excluded = excluded(conversation, moderatedOut);
        if (method == Method.POLIS && conversation.time() != null && conversation.value().length > 0) {
            return replay(conversation, excluded, seed);
        }
        return update(conversation, method, seed, excluded, null).map();
    }

    /**
     * One update of a live conversation, as Polis runs one whenever votes arrive: the opinion map, and for the polis
     * method the state of Polis' choice of k to pass to the next update ({@code previous} is the state the last
     * update returned, or null for the first). The cocrea method ignores {@code previous} and returns it unchanged.
     */
    public static Update update(
            Conversation conversation,
            Method method,
            long seed,
            java.util.Set<Integer> moderatedOut,
            KSmoother previous) {
        return update(conversation, method, seed, excluded(conversation, moderatedOut), previous);
    }

    private static Update update(
            Conversation conversation, Method method, long seed, boolean[] excluded, KSmoother previous) {
        VoteMatrix votes = VoteMatrix.of(conversation, excluded);
        Pca pca = Pca.of(votes, 2, seed);
        boolean[] inConversation = inConversation(votes);
        int[] group;
        KSmoother smoother = previous;
        if (method == Method.POLIS) {
            PolisGroups.Result result = PolisGroups.of(votes, pca, inConversation, previous);
            group = result.group();
            smoother = result.smoother();
        } else {
            group = LatentClass.groups(votes, inConversation, seed);
        }
        return new Update(map(method, votes, pca, group, excluded), smoother);
    }

    private static boolean[] excluded(Conversation conversation, java.util.Set<Integer> moderatedOut) {
        boolean[] excluded = new boolean[conversation.statements().size()];
        for (int s : moderatedOut) {
            excluded[s] = true;
        }
        return excluded;
    }

    /** An opinion map with the state of the polis method's choice of k after it (null for the cocrea method). */
    public record Update(OpinionMap map, KSmoother smoother) {}

    /**
     * Polis' {@code group-k-smoother} (conversation.clj): each update finds the k with the best silhouette
     * ({@code lastK}, best {@code lastKCount} updates in a row); the k used ({@code smoothedK}) changes to it only
     * once it has been best {@link #BUFFER} updates in a row ({@code group-k-buffer}). The first update uses its
     * best k.
     */
    public record KSmoother(int lastK, int lastKCount, int smoothedK) {
        /** Polis' {@code group-k-buffer}. */
        public static final int BUFFER = 4;

        /** The state after an update whose best k is {@code thisK}, from {@code previous} (null: the first update). */
        public static KSmoother next(KSmoother previous, int thisK) {
            boolean same = previous != null && previous.lastK == thisK;
            int count = same ? previous.lastKCount + 1 : 1;
            int smoothed = count >= BUFFER || previous == null || previous.smoothedK < 2 ? thisK : previous.smoothedK;
            return new KSmoother(thisK, count, smoothed);
        }
    }

    /**
     * Milliseconds of votes one replayed update takes in: Polis' math worker polls for new votes every second and
     * runs one update on all votes that arrived meanwhile, an update taking seconds; 10 s stands for that cadence.
     */
    static final long REPLAY_WINDOW = 10_000;

    /**
     * Replays timed votes in time order through Polis' updates, as its math worker ran them: one update per
     * {@link #REPLAY_WINDOW} that saw votes, each on all the votes cast so far (with the statements moderated out
     * at the end), its k-means started from the last update's clusters and its k from Polis' smoother
     * ({@link KSmoother}); the map is the last update's.
     */
    static OpinionMap replay(Conversation c, boolean[] excluded, long seed) {
        int n = c.value().length;
        long[] time = c.time();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> time[i]).thenComparingInt(i -> i));
        int[] participant = new int[n];
        int[] statement = new int[n];
        byte[] value = new byte[n];
        for (int j = 0; j < n; j++) {
            participant[j] = c.participant()[order[j]];
            statement[j] = c.statement()[order[j]];
            value[j] = c.value()[order[j]];
        }
        KSmoother smoother = null;
        PolisGroups.Memory memory = PolisGroups.Memory.EMPTY;
        Pca pca = null;
        int j = 0;
        while (true) {
            long end = time[order[j]] / REPLAY_WINDOW * REPLAY_WINDOW + REPLAY_WINDOW;
            while (j < n && time[order[j]] < end) {
                j++;
            }
            Conversation prefix = new Conversation(
                    c.participants(),
                    c.statements(),
                    Arrays.copyOf(participant, j),
                    Arrays.copyOf(statement, j),
                    Arrays.copyOf(value, j));
            VoteMatrix votes = VoteMatrix.of(prefix, excluded);
            pca = Pca.of(votes, 2, seed, pca);
            PolisGroups.Result result = PolisGroups.of(votes, pca, inConversation(votes), smoother, memory);
            if (j == n) {
                return map(Method.POLIS, votes, pca, result.group(), excluded);
            }
            smoother = result.smoother();
            memory = result.memory();
        }
    }

    /**
     * The latent-class model of the cocrea method told the number of groups: each participant's class (-1 when not
     * clustered). The yardstick the cocrea method's choice of k is measured against on planted data.
     */
    public static int[] latentClassGroups(Conversation conversation, int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        VoteMatrix votes = VoteMatrix.of(conversation);
        return LatentClass.groups(votes, inConversation(votes), seed, k);
    }

    /**
     * Polis' participants "in the conversation": at least min(7, statements) votes, the statements being the columns
     * of its rating matrix (those someone voted on, {@link VoteMatrix#columns}) and the votes counted on its raw
     * matrix (moderated-out statements included); when fewer than 15 qualify, the others with the most such votes
     * are added up to 15.
     */
    static boolean[] inConversation(VoteMatrix votes) {
        int threshold = Math.min(7, votes.columns);
        boolean[] in = new boolean[votes.participants];
        int count = 0;
        for (int p = 0; p < votes.participants; p++) {
            if (votes.allVotes[p] > 0 && votes.allVotes[p] >= threshold) {
                in[p] = true;
                count++;
            }
        }
        if (count < 15) {
            Integer[] others = new Integer[votes.participants];
            for (int p = 0; p < others.length; p++) {
                others[p] = p;
            }
            Arrays.sort(
                    others,
                    Comparator.comparingInt((Integer p) -> -votes.allVotes[p]).thenComparingInt(p -> p));
            for (int p : others) {
                if (count >= 15 || votes.allVotes[p] == 0) {
                    break;
                }
                if (!in[p]) {
                    in[p] = true;
                    count++;
                }
            }
        }
        return in;
    }

    /** Renumbers groups by size (largest first) and builds the map. */
    private static OpinionMap map(Method method, VoteMatrix votes, Pca pca, int[] rawGroup, boolean[] excluded) {
        int k = 0;
        for (int g : rawGroup) {
            k = Math.max(k, g + 1);
        }
        int[] size = new int[k];
        for (int g : rawGroup) {
            if (g >= 0) {
                size[g]++;
            }
        }
        Integer[] order = new Integer[k];
        for (int g = 0; g < k; g++) {
            order[g] = g;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer g) -> -size[g]).thenComparingInt(g -> g));
        int[] rename = new int[k];
        int groups = 0;
        for (int g : order) {
            rename[g] = size[g] > 0 ? groups++ : -1;
        }
        int[] group = new int[rawGroup.length];
        for (int p = 0; p < group.length; p++) {
            group[p] = rawGroup[p] < 0 ? -1 : rename[rawGroup[p]];
        }
        List<OpinionMap.Placed> placed = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int p = 0; p < votes.participants; p++) {
            if (votes.votesOf(p) == 0) {
                continue;
            }
            double[] xy = pca.project(votes, p);
            placed.add(new OpinionMap.Placed(p, xy[0], xy[1], group[p]));
            if (group[p] >= 0) {
                members.get(group[p]).add(p);
            }
        }
        Repness repness = new Repness(votes, group, groups, excluded);
        List<OpinionMap.Group> list = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            list.add(new OpinionMap.Group(g, List.copyOf(members.get(g)), repness.representative(g)));
        }
        return new OpinionMap(
                method,
                List.copyOf(placed),
                List.copyOf(list),
                repness.consensus(LISTED),
                repness.divisive(LISTED),
                repness.shares());
    }
}
