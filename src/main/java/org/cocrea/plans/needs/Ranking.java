package org.cocrea.plans.needs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cocrea.platform.Refused;

/**
 * A complete priority order of a plan's needs: every need exactly once, ranks 1..n with none repeated. The
 * form sends one field {@code rank-<need id>} per need; anything else is refused before anything is stored.
 */
public final class Ranking {
    static final String PREFIX = "rank-";

    private Ranking() {}

    /** The need ids from the first priority to the last. */
    static List<Long> parse(Map<String, String> form, Collection<Long> needs) {
        if (needs.isEmpty()) {
            throw new Refused(null, "care.rank.noNeeds");
        }
        var byRank = new TreeMap<Integer, Long>();
        for (var field : form.entrySet()) {
            if (!field.getKey().startsWith(PREFIX)) {
                continue;
            }
            long need = number(field.getKey().substring(PREFIX.length()), "care.rank.unknownNeed");
            if (!needs.contains(need)) {
                throw new Refused(null, "care.rank.unknownNeed");
            }
            int rank = (int) number(field.getValue(), "care.rank.invalid");
            if (rank < 1 || rank > needs.size()) {
                throw new Refused(null, "care.rank.invalid");
            }
            if (byRank.put(rank, need) != null) {
                throw new Refused(null, "care.rank.duplicate");
            }
        }
        if (byRank.size() != needs.size()) {
            throw new Refused(null, "care.rank.incomplete");
        }
        return new ArrayList<>(byRank.values());
    }

    /** The stored form of an order: the need ids, comma-separated. */
    public static String key(List<Long> order) {
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The order a key stands for, when it is a complete order of exactly {@code needs}. */
    static Optional<List<Long>> ofKey(String key, Collection<Long> needs) {
        if (key == null || key.isBlank() || key.length() > 2000) {
            return Optional.empty();
        }
        try {
            List<Long> order = Arrays.stream(key.split(","))
                    .map(String::strip)
                    .map(Long::valueOf)
                    .toList();
            Set<Long> distinct = new HashSet<>(order);
            boolean complete = distinct.size() == order.size() && distinct.equals(new HashSet<>(needs));
            return complete ? Optional.of(order) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a ranker's ranks (need → rank) still cover exactly the current needs. */
    static boolean complete(Map<Long, Integer> ranks, Collection<Long> needs) {
        return ranks.keySet().equals(new HashSet<>(needs)) && new HashSet<>(ranks.values()).size() == ranks.size();
    }

    private static long number(String text, String problem) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new Refused(null, problem);
        }
    }
}
