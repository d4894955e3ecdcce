package org.cocrea.plans.needs;

import java.util.Arrays;
import java.util.Optional;

/** The life domains a need belongs to; the code is stored and used in message keys. */
public enum LifeDomain {
    HEALTH("health"),
    DAILY_LIVING("daily-living"),
    HOME("home"),
    MONEY("money"),
    RELATIONSHIPS("relationships"),
    WORK_SCHOOL("work-school"),
    SAFETY("safety"),
    WELLBEING("wellbeing");

    private final String code;

    LifeDomain(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<LifeDomain> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
