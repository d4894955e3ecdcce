package org.cocrea.plans.ladder;

import java.time.LocalDate;
import java.util.Map;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.care.Side;

/** One reading of the ladder: who scored (and on which side), the date, and a score 1–10 per area id. */
public record LadderReading(long id, Long scoredBy, MemberRole role, LocalDate readOn, Map<Long, Integer> scores) {
    public Side side() {
        return Side.of(role).orElse(Side.PROFESSIONAL);
    }

    /** The mean of the scored areas, or null when none was scored. */
    public Double mean() {
        return scores.isEmpty()
                ? null
                : scores.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    public Integer score(long areaId) {
        return scores.get(areaId);
    }
}
