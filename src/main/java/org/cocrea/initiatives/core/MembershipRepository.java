package org.cocrea.initiatives.core;

import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.MemberRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members, followers, invitations and join requests of initiatives. */
@Repository
public class MembershipRepository {
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Without batch inserts (repository tests of the single-row methods). */
    MembershipRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    MembershipRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The roles of the given people in one initiative (people without a role are absent). */
    public java.util.Map<Long, MemberRole> roles(long initiativeId, java.util.Collection<Long> people) {
        var roles = new java.util.HashMap<Long, MemberRole>();
        var all = List.copyOf(people);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("SELECT person_id, role FROM initiative_member WHERE initiative_id = :i AND person_id IN (:p)")
                    .param("i", initiativeId)
                    .param("p", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        long person = rs.getLong(1);
                        MemberRole.fromCode(rs.getString(2)).ifPresent(r -> roles.put(person, r));
                    });
        }
        return roles;
    }

    /** Adds new members in one JDBC batch; the caller has left out people who already have a role. */
    void addAll(long initiativeId, List<Long> people, MemberRole role) {
        var now = InitiativeRepository.now();
        batch.batchUpdate(
                "INSERT INTO initiative_member (initiative_id, person_id, role, joined_at) VALUES (?, ?, ?, ?)",
                people,
                500,
                (ps, person) -> {
                    ps.setLong(1, initiativeId);
                    ps.setLong(2, person);
                    ps.setString(3, role.code());
                    ps.setObject(4, now);
                });
    }

    /** Adds or changes a person's role; one role per person per initiative. */
    public void put(long initiativeId, long personId, MemberRole role) {
        int updated = jdbc.sql("UPDATE initiative_member SET role = :role WHERE initiative_id = :i AND person_id = :p")
                .param("role", role.code())
                .param("i", initiativeId)
                .param("p", personId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                    VALUES (:i, :p, :role, :now)
                    """)
                    .param("i", initiativeId)
                    .param("p", personId)
                    .param("role", role.code())
                    .param("now", InitiativeRepository.now())
                    .update();
        }
        deleteFrom("initiative_invitation", initiativeId, personId);
        deleteFrom("initiative_join_request", initiativeId, personId);
    }

    public void remove(long initiativeId, long personId) {
        deleteFrom("initiative_member", initiativeId, personId);
    }

    public Optional<MemberRole> role(long initiativeId, long personId) {
        return jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiativeId)
                .param("p", personId)
                .query(String.class)
                .optional()
                .flatMap(MemberRole::fromCode);
    }

    /** A person's role, without their name: names come from the accounts module. */
    public record Membership(long personId, MemberRole role) {}

    public List<Membership> members(long initiativeId) {
        return jdbc.sql("""
                SELECT person_id, role FROM initiative_member
                WHERE initiative_id = :i ORDER BY joined_at, person_id
                """)
                .param("i", initiativeId)
                .query((rs, n) -> new Membership(
                        rs.getLong(1), MemberRole.fromCode(rs.getString(2)).orElseThrow()))
                .list();
    }

    /** The first {@code limit} members in the order they joined (owners first, as they joined first). */
    public List<Membership> members(long initiativeId, int limit) {
        return jdbc.sql("""
                SELECT person_id, role FROM initiative_member
                WHERE initiative_id = :i ORDER BY joined_at, person_id FETCH FIRST :limit ROWS ONLY
                """)
                .param("i", initiativeId)
                .param("limit", limit)
                .query((rs, n) -> new Membership(
                        rs.getLong(1), MemberRole.fromCode(rs.getString(2)).orElseThrow()))
                .list();
    }

    public long count(long initiativeId) {
        return jdbc.sql("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query(Long.class)
                .single();
    }

    public java.util.Map<Long, Integer> counts(java.util.Collection<Long> initiativeIds) {
        var counts = new java.util.HashMap<Long, Integer>();
        if (initiativeIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT initiative_id, COUNT(*) FROM initiative_member
                WHERE initiative_id IN (:ids) GROUP BY initiative_id
                """)
                .param("ids", initiativeIds)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }

    boolean follow(long initiativeId, long personId) {
        if (isFollowing(initiativeId, personId)) {
            return false;
        }
        return jdbc.sql("INSERT INTO initiative_follow (initiative_id, person_id, followed_at) VALUES (:i, :p, :now)")
                        .param("i", initiativeId)
                        .param("p", personId)
                        .param("now", InitiativeRepository.now())
                        .update()
                == 1;
    }

    void unfollow(long initiativeId, long personId) {
        deleteFrom("initiative_follow", initiativeId, personId);
    }

    public boolean isFollowing(long initiativeId, long personId) {
        return exists("initiative_follow", initiativeId, personId);
    }

    public List<Long> followers(long initiativeId) {
        return jdbc.sql("SELECT person_id FROM initiative_follow WHERE initiative_id = :i ORDER BY person_id")
                .param("i", initiativeId)
                .query(Long.class)
                .list();
    }

    public void invite(long initiativeId, long personId, long invitedBy) {
        if (!isInvited(initiativeId, personId)) {
            jdbc.sql("""
                    INSERT INTO initiative_invitation (initiative_id, person_id, invited_by, invited_at)
                    VALUES (:i, :p, :by, :now)
                    """)
                    .param("i", initiativeId)
                    .param("p", personId)
                    .param("by", invitedBy)
                    .param("now", InitiativeRepository.now())
                    .update();
        }
    }

    /** Ends an account's pending invitation (withdrawn, or used by someone else holding its link). */
    public void uninvite(long initiativeId, long personId) {
        deleteFrom("initiative_invitation", initiativeId, personId);
    }

    public boolean isInvited(long initiativeId, long personId) {
        return exists("initiative_invitation", initiativeId, personId);
    }

    void request(long initiativeId, long personId) {
        if (!hasRequested(initiativeId, personId)) {
            jdbc.sql(
                            "INSERT INTO initiative_join_request (initiative_id, person_id, requested_at) VALUES (:i, :p, :now)")
                    .param("i", initiativeId)
                    .param("p", personId)
                    .param("now", InitiativeRepository.now())
                    .update();
        }
    }

    public boolean hasRequested(long initiativeId, long personId) {
        return exists("initiative_join_request", initiativeId, personId);
    }

    void declineRequest(long initiativeId, long personId) {
        deleteFrom("initiative_join_request", initiativeId, personId);
    }

    /** People with a pending join request. */
    public List<Long> requests(long initiativeId) {
        return jdbc.sql("SELECT person_id FROM initiative_join_request WHERE initiative_id = :i ORDER BY requested_at")
                .param("i", initiativeId)
                .query(Long.class)
                .list();
    }

    private boolean exists(String table, long initiativeId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE initiative_id = :i AND person_id = :p")
                        .param("i", initiativeId)
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void deleteFrom(String table, long initiativeId, long personId) {
        jdbc.sql("DELETE FROM " + table + " WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiativeId)
                .param("p", personId)
                .update();
    }
}
