package org.cocrea.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of {@link Notification}; each person chooses, per kind, how they are mailed. A new kind needs its
 * label, {@code notifications.kind.<code>}, in English and Italian.
 */
public enum NotificationKind {
    PHASE("phase"),
    IDEA_ANSWER("idea-answer"),
    CARE_TEAM("care-team"),
    PLAN_REASSIGNED("plan-reassigned"),
    EMERGENCY_ACCESS("emergency-access"),
    DECISION_PROPOSED("decision-proposed"),
    DECISION_REVISED("decision-revised"),
    DECISION_OUTCOME("decision-outcome"),
    DECISION_REVIEW("decision-review"),
    MENTION("mention"),
    MEETING("meeting"),
    DRAFT_AMENDMENT("draft-amendment"),
    PACT_APPROVED("pact-approved"),
    PACT_SIGNATURE("pact-signature"),
    PACT_ACTIVE("pact-active"),
    PACT_SUSPENDED("pact-suspended"),
    TRACKING("tracking"),
    SHIFT("shift"),
    SURVEY("survey"),
    MY_DATA("my-data");

    private final String code;

    NotificationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NotificationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
