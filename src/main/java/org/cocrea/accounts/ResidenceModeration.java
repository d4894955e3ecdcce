package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.platform.ModerationItem;
import org.cocrea.platform.ModerationSource;
import org.cocrea.platform.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contested residence claims waiting for a decision, for the administrators' queue: one item per organisation
 * (how many claims, since when), decided on the organisation's residents page by its officers, administrators
 * included. Neither the identifier nor the claimant is shown. One query.
 */
@Component
class ResidenceModeration implements ModerationSource {
    private final JdbcClient jdbc;

    ResidenceModeration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ModerationItem> waiting(SignedInPerson admin) {
        return jdbc.sql("""
                        SELECT o.id, o.name, COUNT(*), MIN(c.claimed_at) AS since
                        FROM residence_contest c JOIN organisation o ON o.id = c.organisation_id
                        WHERE c.pending = 'Y'
                        GROUP BY o.id, o.name
                        ORDER BY since, o.id
                        """)
                .query((rs, n) -> new ModerationItem(
                        "admin.moderation.residence",
                        rs.getString(2),
                        "admin.moderation.contests",
                        List.of(rs.getLong(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        "/organisations/" + rs.getLong(1) + "/residents"))
                .list();
    }
}
