package org.cocrea.voting.pabulib;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.voting.Election;

/**
 * A parsed Pabulib file.
 *
 * @param election the election it describes
 * @param meta the META section as key/value pairs
 * @param selected the ids the PROJECTS {@code selected} column marks with 1, if it has one
 */
public record PabulibFile(Election election, Map<String, String> meta, Optional<Set<String>> selected) {

    public PabulibFile {
        meta = Map.copyOf(meta);
        selected = selected.map(Set::copyOf);
    }

    /** The META {@code rule} value, e.g. {@code greedy} or {@code equalshares/add1}. */
    public String rule() {
        return meta.getOrDefault("rule", "unknown");
    }
}
