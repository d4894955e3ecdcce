package org.cocrea.demodata;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** What one run knows: the counts, and the ids of what earlier steps created, in creation order. */
final class Run {
    final Scale.Counts n;
    final long seed;
    final PrintStream err;
    final LocalDate today;
    List<Long> personIds;
    List<Long> organisationIds;
    List<Long> initiativeIds;
    List<Long> proposalIds;

    Run(Scale.Counts n, long seed, PrintStream err, LocalDate today) {
        this.n = n;
        this.seed = seed;
        this.err = err;
        this.today = today;
    }

    Random random(String step, int batch) {
        return new Random(seed ^ (step.hashCode() * 0x9E3779B97F4A7C15L) ^ ((batch + 1) * 0xC2B2AE3D27D4EB4FL));
    }

    long person(int index) {
        return personIds.get(index);
    }

    /** A citizen (not one of the professionals, who come first). */
    int citizenIndex(Random random) {
        return n.professionals() + random.nextInt(n.citizens());
    }

    /** Professional {@code i} works for organisation {@code i % organisations}. */
    long organisationOf(int professional) {
        return organisationIds.get(professional % n.organisations());
    }

    static String email(int index) {
        return String.format("p%07d@%s", index, Generator.DOMAIN);
    }
}
