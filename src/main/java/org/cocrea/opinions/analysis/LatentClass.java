package org.cocrea.opinions.analysis;

/** Placeholder until the latent-class model lands: Polis' groups. */
final class LatentClass {
    private LatentClass() {}

    static int[] groups(VoteMatrix votes, boolean[] inConversation, long seed) {
        return PolisGroups.of(votes, Pca.of(votes, 2, seed), inConversation);
    }
}
