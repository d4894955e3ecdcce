package org.cocrea.initiatives.invitations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations to group initiatives by mail and the initiatives' shareable join links. Tokens are random
 * (256 bits) and only their SHA-256 is stored, as for account tokens: a database dump opens nothing.
 */
@Repository
public class InvitationRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An invitation by mail; {@code pending} until used or withdrawn. */
    public record MailInvitation(
            long id,
            long initiativeId,
            String email,
            Long personId,
            long invitedBy,
            OffsetDateTime invitedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime usedAt,
            OffsetDateTime withdrawnAt) {
        boolean pending() {
            return usedAt == null && withdrawnAt == null;
        }

        boolean expired(OffsetDateTime now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** A join link; its token is known only to whoever received it when it was made. */
    record JoinLink(long initiativeId, long createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        boolean expired(OffsetDateTime now) {
            return !expiresAt.isAfter(now);
        }
    }

    private static final String MAIL_COLUMNS = """
            id, initiative_id, email, person_id, invited_by, invited_at, expires_at, used_at, withdrawn_at""";

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string from a URL can be a token at all; anything else is not looked up. */
    static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
    }

    /**
     * Stores a pending invitation for the address, or refreshes the one already pending (new token, expiry and
     * inviter), and returns the new token. Two facilitators inviting the same address at once: the unique
     * constraint lets one insert and the other gets a {@link org.springframework.dao.DuplicateKeyException}
     * (on PostgreSQL the transaction cannot go on after it, so the caller asks the person to try again).
     */
    public String invite(
            long initiativeId,
            String email,
            Long personId,
            long invitedBy,
            OffsetDateTime now,
            OffsetDateTime expires) {
        String token = newToken();
        if (refresh(initiativeId, email, personId, invitedBy, hash(token), now, expires) == 1) {
            return token;
        }
        jdbc.sql("""
                INSERT INTO initiative_mail_invitation
                    (initiative_id, email, person_id, token_hash, invited_by, invited_at, expires_at, pending)
                VALUES (:i, :email, :person, :hash, :by, :now, :expires, 'Y')
                """)
                .param("i", initiativeId)
                .param("email", email)
                .param("person", personId)
                .param("hash", hash(token))
                .param("by", invitedBy)
                .param("now", now)
                .param("expires", expires)
                .update();
        return token;
    }

    private int refresh(
            long initiativeId,
            String email,
            Long personId,
            long invitedBy,
            String hash,
            OffsetDateTime now,
            OffsetDateTime expires) {
        return jdbc.sql("""
                UPDATE initiative_mail_invitation
                SET token_hash = :hash, person_id = :person, invited_by = :by, invited_at = :now, expires_at = :expires
                WHERE initiative_id = :i AND email = :email AND pending = 'Y'
                """)
                .param("hash", hash)
                .param("person", personId)
                .param("by", invitedBy)
                .param("now", now)
                .param("expires", expires)
                .param("i", initiativeId)
                .param("email", email)
                .update();
    }

    /** The invitation with this token, in any state, if it is one of this initiative's. */
    public Optional<MailInvitation> byToken(long initiativeId, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + MAIL_COLUMNS
                        + " FROM initiative_mail_invitation WHERE token_hash = :hash AND initiative_id = :i")
                .param("hash", hash(token))
                .param("i", initiativeId)
                .query(InvitationRepository::invitation)
                .optional();
    }

    Optional<MailInvitation> find(long initiativeId, long invitationId) {
        return jdbc.sql("SELECT " + MAIL_COLUMNS
                        + " FROM initiative_mail_invitation WHERE id = :id AND initiative_id = :i")
                .param("id", invitationId)
                .param("i", initiativeId)
                .query(InvitationRepository::invitation)
                .optional();
    }

    /** The pending invitations (expired ones too, so the facilitator can see and renew them), newest first. */
    List<MailInvitation> pending(long initiativeId) {
        return jdbc.sql("SELECT " + MAIL_COLUMNS + """
                         FROM initiative_mail_invitation WHERE initiative_id = :i AND pending = 'Y'
                        ORDER BY invited_at DESC, id DESC
                        """)
                .param("i", initiativeId)
                .query(InvitationRepository::invitation)
                .list();
    }

    /**
     * Marks the invitation used by {@code personId} if it is still pending and unexpired; a conditional UPDATE,
     * so of two people (or two nodes) accepting at once exactly one succeeds.
     */
    boolean use(long invitationId, long personId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE initiative_mail_invitation SET pending = NULL, used_at = :now, used_by = :p
                        WHERE id = :id AND pending = 'Y' AND expires_at > :now
                        """)
                        .param("now", now)
                        .param("p", personId)
                        .param("id", invitationId)
                        .update()
                == 1;
    }

    /** A person who joined another way (from the page, by request) uses their pending invitations up. */
    public void useAllOf(long initiativeId, long personId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE initiative_mail_invitation SET pending = NULL, used_at = :now, used_by = :p
                WHERE initiative_id = :i AND person_id = :p AND pending = 'Y'
                """)
                .param("now", now)
                .param("p", personId)
                .param("i", initiativeId)
                .update();
    }

    /** A deleted account: its invitations, with the address they were sent to, go. */
    void forget(long personId) {
        jdbc.sql("DELETE FROM initiative_mail_invitation WHERE person_id = :p OR used_by = :p")
                .param("p", personId)
                .update();
        jdbc.sql("DELETE FROM initiative_invitation WHERE person_id = :p")
                .param("p", personId)
                .update();
    }

    boolean withdraw(long initiativeId, long invitationId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE initiative_mail_invitation SET pending = NULL, withdrawn_at = :now
                        WHERE id = :id AND initiative_id = :i AND pending = 'Y'
                        """)
                        .param("now", now)
                        .param("id", invitationId)
                        .param("i", initiativeId)
                        .update()
                == 1;
    }

    /** Makes (or remakes, invalidating the previous token) the initiative's join link; returns the token. */
    public String makeLink(long initiativeId, long createdBy, OffsetDateTime now, OffsetDateTime expires) {
        String token = newToken();
        // A concurrent second first "make" loses on the primary key (DuplicateKeyException, for the caller).
        if (replaceLink(initiativeId, createdBy, hash(token), now, expires) == 0) {
            jdbc.sql("""
                    INSERT INTO initiative_join_link (initiative_id, token_hash, created_by, created_at, expires_at)
                    VALUES (:i, :hash, :by, :now, :expires)
                    """)
                    .param("i", initiativeId)
                    .param("hash", hash(token))
                    .param("by", createdBy)
                    .param("now", now)
                    .param("expires", expires)
                    .update();
        }
        return token;
    }

    private int replaceLink(
            long initiativeId, long createdBy, String hash, OffsetDateTime now, OffsetDateTime expires) {
        return jdbc.sql("""
                UPDATE initiative_join_link SET token_hash = :hash, created_by = :by, created_at = :now, expires_at = :expires
                WHERE initiative_id = :i
                """)
                .param("hash", hash)
                .param("by", createdBy)
                .param("now", now)
                .param("expires", expires)
                .param("i", initiativeId)
                .update();
    }

    Optional<JoinLink> link(long initiativeId) {
        return jdbc.sql("""
                SELECT initiative_id, created_by, created_at, expires_at FROM initiative_join_link
                WHERE initiative_id = :i
                """)
                .param("i", initiativeId)
                .query(InvitationRepository::link)
                .optional();
    }

    /** The initiative's current link if {@code token} is its token (expired or not). */
    Optional<JoinLink> linkByToken(long initiativeId, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT initiative_id, created_by, created_at, expires_at FROM initiative_join_link
                WHERE initiative_id = :i AND token_hash = :hash
                """)
                .param("i", initiativeId)
                .param("hash", hash(token))
                .query(InvitationRepository::link)
                .optional();
    }

    boolean switchOffLink(long initiativeId) {
        return jdbc.sql("DELETE FROM initiative_join_link WHERE initiative_id = :i")
                        .param("i", initiativeId)
                        .update()
                == 1;
    }

    private static MailInvitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        return new MailInvitation(
                rs.getLong("id"),
                rs.getLong("initiative_id"),
                rs.getString("email"),
                personId,
                rs.getLong("invited_by"),
                rs.getObject("invited_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("used_at", OffsetDateTime.class),
                rs.getObject("withdrawn_at", OffsetDateTime.class));
    }

    private static JoinLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new JoinLink(
                rs.getLong("initiative_id"),
                rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class));
    }
}
