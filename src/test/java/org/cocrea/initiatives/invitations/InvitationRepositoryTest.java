package org.cocrea.initiatives.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

class InvitationRepositoryTest {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    private static final OffsetDateTime LATER = NOW.plusDays(14);

    private record Fixture(InvitationRepository repo, long initiative, long facilitator, long invitee) {}

    private static Fixture fixture(TestDatabase db) {
        var initiatives = new InitiativeRepository(db.jdbc());
        long id = initiatives.insert(
                Rows.details(Rows.organisation(db.jdbc(), "O"), Level.GROUP, "G"), Status.OPEN, null);
        return new Fixture(
                new InvitationRepository(db.jdbc()),
                id,
                Rows.person(db.jdbc(), "facilitator@example.org"),
                Rows.person(db.jdbc(), "invitee@example.org"));
    }

    private static long count(TestDatabase db, String sql) {
        return db.jdbc().sql(sql).query(Long.class).single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void storesOnlyTheHashAndFindsAnInvitationByItsToken(TestDatabase db) {
        var f = fixture(db);
        String token = f.repo().invite(f.initiative(), "new@example.org", null, f.facilitator(), NOW, LATER);

        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(count(db, "SELECT COUNT(*) FROM initiative_mail_invitation WHERE token_hash = '" + token + "'"))
                .isZero();
        assertThat(db.jdbc()
                        .sql("SELECT token_hash FROM initiative_mail_invitation")
                        .query(String.class)
                        .single()
                        .trim())
                .isEqualTo(InvitationRepository.hash(token));
        var found = f.repo().byToken(f.initiative(), token).orElseThrow();
        assertThat(found.email()).isEqualTo("new@example.org");
        assertThat(found.personId()).isNull();
        assertThat(found.pending()).isTrue();
        assertThat(f.repo().byToken(f.initiative() + 1, token)).isEmpty();
        assertThat(f.repo().byToken(f.initiative(), token + "x")).isEmpty();
        assertThat(f.repo().byToken(f.initiative(), "short")).isEmpty();
        assertThat(f.repo().pending(f.initiative())).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aDeletedAccountsInvitationsAreForgotten(TestDatabase db) {
        var f = fixture(db);
        f.repo().invite(f.initiative(), "invitee@example.org", f.invitee(), f.facilitator(), NOW, LATER);
        String used = f.repo().invite(f.initiative(), "other@example.org", null, f.facilitator(), NOW, LATER);
        f.repo().use(f.repo().byToken(f.initiative(), used).orElseThrow().id(), f.invitee(), NOW);
        f.repo().invite(f.initiative(), "stranger@example.org", null, f.facilitator(), NOW, LATER);

        f.repo().forget(f.invitee());

        assertThat(db.jdbc()
                        .sql("SELECT email FROM initiative_mail_invitation")
                        .query(String.class)
                        .list())
                .containsExactly("stranger@example.org");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void invitingAgainRefreshesTheOnePendingInvitationAndVoidsTheOldToken(TestDatabase db) {
        var f = fixture(db);
        String first = f.repo().invite(f.initiative(), "a@example.org", f.invitee(), f.facilitator(), NOW, LATER);
        String second =
                f.repo().invite(f.initiative(), "a@example.org", f.invitee(), f.facilitator(), NOW.plusHours(1), LATER);

        assertThat(second).isNotEqualTo(first);
        assertThat(f.repo().byToken(f.initiative(), first)).isEmpty();
        assertThat(f.repo().byToken(f.initiative(), second)).isPresent();
        assertThat(f.repo().pending(f.initiative())).hasSize(1);
        assertThat(f.repo().pending(f.initiative()).get(0).personId()).isEqualTo(f.invitee());
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseAllowsOnePendingInvitationPerAddressAndInitiative(TestDatabase db) {
        var f = fixture(db);
        f.repo().invite(f.initiative(), "a@example.org", null, f.facilitator(), NOW, LATER);
        var insert = """
                INSERT INTO initiative_mail_invitation
                    (initiative_id, email, token_hash, invited_by, invited_at, expires_at, pending)
                VALUES (:i, 'a@example.org', :hash, :by, :now, :later, 'Y')
                """;
        assertThatThrownBy(() -> db.jdbc()
                        .sql(insert)
                        .param("i", f.initiative())
                        .param("hash", InvitationRepository.hash("other"))
                        .param("by", f.facilitator())
                        .param("now", NOW)
                        .param("later", LATER)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
        // A used or withdrawn invitation no longer counts: the address may be invited again.
        long id = f.repo().pending(f.initiative()).get(0).id();
        assertThat(f.repo().withdraw(f.initiative(), id, NOW)).isTrue();
        assertThat(f.repo().withdraw(f.initiative(), id, NOW)).isFalse();
        String again = f.repo().invite(f.initiative(), "a@example.org", null, f.facilitator(), NOW, LATER);
        assertThat(f.repo().byToken(f.initiative(), again).orElseThrow().id()).isNotEqualTo(id);
        assertThat(count(db, "SELECT COUNT(*) FROM initiative_mail_invitation")).isEqualTo(2);
        // The state check: a used invitation needs who used it and cannot stay pending.
        assertThatThrownBy(() -> db.jdbc()
                        .sql("UPDATE initiative_mail_invitation SET used_at = :now WHERE pending = 'Y'")
                        .param("now", NOW)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // The same token hash twice is refused too.
        assertThatThrownBy(() -> db.jdbc()
                        .sql(insert.replace("'a@example.org'", "'b@example.org'"))
                        .param("i", f.initiative())
                        .param("hash", InvitationRepository.hash(again))
                        .param("by", f.facilitator())
                        .param("now", NOW)
                        .param("later", LATER)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anInvitationIsUsedOnceAndNotAfterItExpires(TestDatabase db) {
        var f = fixture(db);
        String token = f.repo().invite(f.initiative(), "a@example.org", f.invitee(), f.facilitator(), NOW, LATER);
        long id = f.repo().byToken(f.initiative(), token).orElseThrow().id();

        assertThat(f.repo().use(id, f.invitee(), LATER.plusSeconds(1))).isFalse();
        assertThat(f.repo().use(id, f.invitee(), NOW.plusMinutes(1))).isTrue();
        assertThat(f.repo().use(id, f.facilitator(), NOW.plusMinutes(2))).isFalse();
        var used = f.repo().byToken(f.initiative(), token).orElseThrow();
        assertThat(used.pending()).isFalse();
        assertThat(used.usedAt()).isNotNull();
        assertThat(f.repo().withdraw(f.initiative(), id, NOW)).isFalse();
        assertThat(f.repo().pending(f.initiative())).isEmpty();

        String other = f.repo().invite(f.initiative(), "b@example.org", f.invitee(), f.facilitator(), NOW, LATER);
        f.repo().useAllOf(f.initiative(), f.invitee(), NOW);
        assertThat(f.repo().byToken(f.initiative(), other).orElseThrow().pending())
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneJoinLinkPerInitiativeReplacedOrSwitchedOff(TestDatabase db) {
        var f = fixture(db);
        assertThat(f.repo().link(f.initiative())).isEmpty();
        String first = f.repo().makeLink(f.initiative(), f.facilitator(), NOW, NOW.plusDays(30));
        assertThat(f.repo().linkByToken(f.initiative(), first)).isPresent();
        String second = f.repo().makeLink(f.initiative(), f.facilitator(), NOW, NOW.plusDays(30));
        assertThat(f.repo().linkByToken(f.initiative(), first)).isEmpty();
        assertThat(f.repo().linkByToken(f.initiative(), second)).isPresent();
        assertThat(f.repo().linkByToken(f.initiative() + 1, second)).isEmpty();
        assertThat(count(db, "SELECT COUNT(*) FROM initiative_join_link")).isEqualTo(1);
        assertThat(f.repo().link(f.initiative()).orElseThrow().expired(NOW.plusDays(31)))
                .isTrue();

        assertThatThrownBy(() -> db.jdbc()
                        .sql("""
                                INSERT INTO initiative_join_link (initiative_id, token_hash, created_by, created_at, expires_at)
                                VALUES (:i, :hash, :by, :now, :later)
                                """)
                        .param("i", f.initiative())
                        .param("hash", InvitationRepository.hash("x"))
                        .param("by", f.facilitator())
                        .param("now", NOW)
                        .param("later", LATER)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(f.repo().switchOffLink(f.initiative())).isTrue();
        assertThat(f.repo().linkByToken(f.initiative(), second)).isEmpty();
        assertThat(f.repo().switchOffLink(f.initiative())).isFalse();
    }
}
