package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Random;
import java.util.function.IntToLongFunction;
import org.cocrea.initiatives.BulkInitiatives;
import org.springframework.stereotype.Component;

/** Initiatives: supports of the proposals, through {@link BulkInitiatives}. */
@Component
class SupportsStep implements Step {
    private final BulkInitiatives initiatives;
    private final Batches batches;

    SupportsStep(BulkInitiatives initiatives, Batches batches) {
        this.initiatives = initiatives;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "supports";
    }

    /**
     * Each proposal already has its proposer's support; the others are spread with a long tail (a few popular
     * proposals, most with a handful), in exact total.
     */
    static int[] supportAllocation(Scale.Counts n, long seed) {
        int extra = n.supports() - n.proposals();
        var random = new Random(seed ^ 0x5EED5EEDL);
        double[] weights = new double[n.proposals()];
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            weights[j] = Math.exp(1.3 * random.nextGaussian());
            sum += weights[j];
        }
        int[] counts = new int[weights.length];
        int given = 0;
        int cap = n.citizens() - 1;
        for (int j = 0; j < counts.length; j++) {
            counts[j] = Math.min(cap, (int) Math.floor(extra * weights[j] / sum));
            given += counts[j];
        }
        for (int j = 0; given < extra; j = (j + 1) % counts.length) {
            if (counts[j] < cap) {
                counts[j]++;
                given++;
            }
        }
        return counts;
    }

    @Override
    public void run(Run r) {
        int size = 100;
        int total = r.n.proposals();
        int[] allocation = supportAllocation(r.n, r.seed);
        IntToLongFunction units = b -> {
            long sum = 0;
            for (int j = b * size; j < b * size + Batches.sizeOf(b, total, size); j++) {
                sum += allocation[j];
            }
            return sum;
        };
        long extra = r.n.supports() - r.n.proposals();
        batches.run(r, "supports", Batches.count(total, size), extra, units, b -> {
            Random random = r.random("supports", b);
            for (int j = b * size; j < b * size + Batches.sizeOf(b, total, size); j++) {
                support(r, random, r.proposalIds.get(j), allocation[j]);
            }
        });
    }

    /** Adds exactly {@code wanted} supports from distinct citizens (the proposer, already counted, is skipped). */
    private void support(Run r, Random random, long proposal, int wanted) {
        var tried = new HashSet<Long>();
        int added = 0;
        while (added < wanted) {
            var people = new ArrayList<Long>();
            while (people.size() < wanted - added) {
                long person = r.person(r.citizenIndex(random));
                if (tried.add(person)) {
                    people.add(person);
                }
            }
            added += initiatives.supportAll(proposal, people);
        }
    }
}
