package org.cocrea.voting.pabulib;

import java.util.Map;
import org.cocrea.voting.VoteType;

/**
 * The head of a Pabulib file, read without its votes.
 *
 * @param meta the META section
 * @param voteType the kind of ballots
 * @param hasSelected whether PROJECTS has a {@code selected} column
 */
public record PabulibPreview(Map<String, String> meta, VoteType voteType, boolean hasSelected) {

    public PabulibPreview {
        meta = Map.copyOf(meta);
    }

    /** The META {@code rule} value. */
    public String rule() {
        return meta.getOrDefault("rule", "unknown");
    }
}
