package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The database-backed throttle on H2 and on PostgreSQL: exact under parallel requests, windows, delays. */
class ThrottleRepositoryTest {

    /** Time that only moves when the test says so. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-06-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void fortyParallelRequestsGetExactlyTheLimit(TestDatabase db) throws Exception {
        var throttle = new Throttle(db.jdbc(), new TestClock());
        var limit = Throttle.Limit.growingDelays("test-parallel", 5, Duration.ofHours(1), Duration.ofMinutes(15));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(40);
        var answers = new ArrayList<Future<Boolean>>();
        try {
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return throttle.tryAcquire(limit, "victim@example.org");
                }));
            }
            start.countDown();
            int granted = 0;
            for (var answer : answers) {
                granted += answer.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void pastTheLimitSlotsOpenAfterGrowingDelaysUpToTheCap(TestDatabase db) {
        var clock = new TestClock();
        var throttle = new Throttle(db.jdbc(), clock);
        var limit = Throttle.Limit.growingDelays("test-delays", 3, Duration.ofDays(1), Duration.ofSeconds(8));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire(limit, "k")).isTrue();
        }
        assertThat(throttle.tryAcquire(limit, "k")).as("right after the limit").isFalse();
        assertThat(throttle.tryAcquire(limit, "other key"))
                .as("other keys are not held back")
                .isTrue();
        long[] delays = {1, 2, 4, 8, 8};
        for (long delay : delays) {
            clock.advance(Duration.ofSeconds(delay).minusMillis(1));
            assertThat(throttle.tryAcquire(limit, "k")).as("before %d s", delay).isFalse();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.tryAcquire(limit, "k")).as("after %d s", delay).isTrue();
        }
        throttle.reset(limit, "k");
        assertThat(throttle.tryAcquire(limit, "k")).as("after a reset").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aHardLimitHoldsUntilTheWindowEndsAndReleasedSlotsComeBack(TestDatabase db) {
        var clock = new TestClock();
        var throttle = new Throttle(db.jdbc(), clock);
        var limit = Throttle.Limit.hard("test-hard", 2, Duration.ofDays(1));
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).isTrue();
        clock.advance(Duration.ofHours(23));
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).isFalse();
        throttle.release(limit, "10.0.0.1");
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).as("a released slot").isTrue();
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.tryAcquire(limit, "10.0.0.1")).as("a new window").isTrue();
        assertThat(db.jdbc()
                        .sql("SELECT COUNT(*) FROM throttle WHERE key_hash LIKE '10.%'")
                        .query(Long.class)
                        .single())
                .as("keys are stored only as hashes")
                .isZero();
        clock.advance(Duration.ofDays(2));
        throttle.purge();
        assertThat(db.jdbc()
                        .sql("SELECT COUNT(*) FROM throttle")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
