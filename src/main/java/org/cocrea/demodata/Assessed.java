package org.cocrea.demodata;

import java.util.List;
import java.util.Random;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * What the co-assessment steps (indicators, surveys, ratings) share about a generated initiative: the citizens who
 * take part in it, the phase its tools sit in (its active phase, so every cell of the typology gets measures) and how
 * well it goes, one draw per initiative that every step reads alike, so an initiative that reaches its targets is also
 * the one its citizens are satisfied with.
 */
@Component
class Assessed {
    private final Initiatives initiatives;

    Assessed(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /**
     * At most this many citizens of one initiative answer its survey or rate it: a participatory budget's initiative
     * has some ten thousand voters among its members, of whom a satisfaction survey reaches hundreds, not 80%.
     */
    static final int MOST_TAKING_PART = 500;

    /**
     * The citizens of initiative {@code k} who take part in its co-assessment: all of them (by join order) up to
     * {@link #MOST_TAKING_PART}, else that many drawn at random.
     */
    List<Long> takingPart(Run r, int k, Random random) {
        var all = citizens(r, k);
        if (all.size() <= MOST_TAKING_PART) {
            return all;
        }
        var drawn = new java.util.ArrayList<>(all);
        java.util.Collections.shuffle(drawn, random);
        return drawn.subList(0, MOST_TAKING_PART);
    }

    /** The citizens of initiative {@code k} (members, the citizen and proxies; not its professionals), by join order. */
    private List<Long> citizens(Run r, int k) {
        return initiatives.roles(r.initiativeIds.get(k)).entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.MEMBER
                        || e.getValue() == MemberRole.CITIZEN
                        || e.getValue() == MemberRole.PROXY)
                .map(e -> e.getKey())
                .toList();
    }

    static Phase phase(int k) {
        return InitiativesStep.phase(k);
    }

    /** How well initiative {@code k} goes, 1 (badly) to 5 (very well), the same for every step of a seed. */
    static int quality(Run r, int k) {
        Random random = r.random("quality", k);
        int[] weights = {1, 2, 4, 5, 3};
        int pick = random.nextInt(15);
        for (int q = 0; q < weights.length; q++) {
            pick -= weights[q];
            if (pick < 0) {
                return q + 1;
            }
        }
        return 5;
    }

    /** A 1-5 value around {@code quality}. */
    static int around(Random random, int quality) {
        return Math.max(1, Math.min(5, quality + random.nextInt(3) - 1));
    }
}
