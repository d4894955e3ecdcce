package org.cocrea.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * (Public because the precompiled templates read it.) What is asked: a consent decision (agree, abstain, disagree,
 * block; disagree and block need a reason; a quorum; an outcome) or a quick sense check (agree, unsure, disagree;
 * no quorum, no outcome).
 */
public enum Kind {
    CONSENT("consent", List.of("agree", "abstain", "disagree", "block"), List.of("disagree", "block")),
    SENSE("sense", List.of("agree", "unsure", "disagree"), List.of());

    private final String code;
    private final List<String> positions;
    private final List<String> needReason;

    Kind(String code, List<String> positions, List<String> needReason) {
        this.code = code;
        this.positions = positions;
        this.needReason = needReason;
    }

    public String code() {
        return code;
    }

    /** The positions a person may take, in the order the form shows them. */
    public List<String> positions() {
        return positions;
    }

    public boolean needsReason(String position) {
        return needReason.contains(position);
    }

    /** Whether a decision of this kind has a quorum, a verdict and an outcome statement. */
    public boolean decides() {
        return this == CONSENT;
    }

    public static Optional<Kind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
