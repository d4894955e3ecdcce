package org.cocrea.opinions.analysis;

/** Finds the opinion groups of a conversation; deterministic for a seed. Pure Java, no Spring. */
public final class Analysis {
    private Analysis() {}

    /** The opinion map of {@code conversation} by {@code method}, the same for the same seed. */
    public static OpinionMap analyse(Conversation conversation, Method method, long seed) {
        // The contract the tool's pages code against; the computation is issue 16's opinions-core work.
        throw new UnsupportedOperationException("opinion analysis not built yet");
    }
}
