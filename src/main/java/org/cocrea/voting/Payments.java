package org.cocrea.voting;

import java.util.List;
import java.util.function.Supplier;

/**
 * What each voter paid under an equal-shares rule. Computed exactly, and only when first asked
 * for, because exact payments cost far more than the selection itself.
 */
public final class Payments {

    /** For rules without payments. */
    public static final Payments NONE = new Payments(List::of);

    private final Supplier<List<Rational>> source;
    private volatile List<Rational> perBallot;

    public Payments(Supplier<List<Rational>> source) {
        this.source = source;
    }

    /**
     * The total each voter of each ballot paid, indexed like {@link Election#ballots()}: every
     * voter of a ballot pays the same. Empty for rules without payments.
     */
    public List<Rational> perBallot() {
        List<Rational> result = perBallot;
        if (result == null) {
            synchronized (this) {
                if (perBallot == null) {
                    perBallot = List.copyOf(source.get());
                }
                result = perBallot;
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return this == NONE ? "Payments.NONE" : "Payments";
    }
}
