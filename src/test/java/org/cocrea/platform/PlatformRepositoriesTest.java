package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cocrea.platform.mail.DevMailboxAccess;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The platform's tables on H2 and on PostgreSQL. */
class PlatformRepositoriesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aJobLockIsHeldByOneNodeUntilItExpires(TestDatabase db) {
        var lock = new JobLock(db.jdbc());
        assertThat(lock.tryAcquire("phase-changes", Duration.ofMinutes(1))).isTrue();
        assertThat(lock.tryAcquire("phase-changes", Duration.ofMinutes(1))).isFalse();
        assertThat(lock.tryAcquire("deadlines", Duration.ofMinutes(1))).isTrue();

        var expiring = new JobLock(db.jdbc());
        assertThat(expiring.tryAcquire("mails", Duration.ZERO)).isTrue();
        assertThat(expiring.tryAcquire("mails", Duration.ofMinutes(1))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDevMailboxKeepsMailsNewestFirst(TestDatabase db) {
        var mailbox = DevMailboxAccess.on(db.jdbc());
        DevMailboxAccess.store(mailbox, "a@example.org", "First", "Body 1");
        DevMailboxAccess.store(mailbox, "b@example.org", "Second", "Body 2 with a link https://x/verify?token=abc");
        assertThat(mailbox.latest(10)).extracting(m -> m.subject()).containsExactly("Second", "First");
        assertThat(mailbox.to("a@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("Body 1"));
    }
}
