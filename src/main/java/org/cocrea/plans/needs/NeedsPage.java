package org.cocrea.plans.needs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.care.Side;

/** Everything the needs assessment page shows to one member. */
public record NeedsPage(
        Initiative initiative,
        ToolInstance instance,
        List<Need> needs,
        List<Column> rankings,
        Agreed agreed,
        List<Agreed> pending,
        Map<Long, String> names,
        Side side,
        boolean mayDescribe,
        boolean mayRank,
        boolean mayAgree,
        boolean mayAudit) {

    /** One ranker's order, side by side with the others; {@code complete} is false once needs were added. */
    public record Column(long rankerId, MemberRole role, List<Need> order, boolean complete, OffsetDateTime at) {
        public String key() {
            return Ranking.key(order.stream().map(Need::id).toList());
        }
    }

    /** One person's confirmation of an order (the need ids, comma-separated). */
    public record Confirmation(String order, long personId, MemberRole role, OffsetDateTime at) {}

    /** An order and who confirmed it, when; agreed once both sides confirmed the same order. */
    public record Agreed(String key, List<Need> order, List<Confirmation> confirmations) {
        public boolean confirmedBy(long personId) {
            return confirmations.stream().anyMatch(c -> c.personId() == personId);
        }
    }

    public String name(long personId) {
        return names.getOrDefault(personId, "—");
    }

    /** The rank a ranker gave a need in their column, or 0 when none. */
    public int rankIn(Column column, long needId) {
        for (int i = 0; i < column.order().size(); i++) {
            if (column.order().get(i).id() == needId) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The signed-in member's own ranking column, if any. */
    public Column mine(long personId) {
        return rankings.stream()
                .filter(c -> c.rankerId() == personId)
                .findFirst()
                .orElse(null);
    }

    public boolean mayConfirm(Agreed order, long personId) {
        return mayAgree && !order.confirmedBy(personId);
    }
}
