package org.cocrea.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation gets demo data on first start: {@code cocrea.demo} when set, otherwise
 * only on the embedded H2 database, so a production PostgreSQL never receives demo accounts by accident.
 */
@Component
public class DemoMode {
    private final boolean enabled;
    private final JobLock lock;
    private Boolean claimed;

    DemoMode(CocreaSettings settings, Environment environment, JobLock lock) {
        this.lock = lock;
        if (settings.demo() != null) {
            enabled = settings.demo();
        } else {
            enabled = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Whether this node creates the demo data. When several nodes start together on an empty database,
     * the first to take the lock creates all of it, in order; the others create none.
     */
    public synchronized boolean claimed() {
        if (claimed == null) {
            claimed = enabled && lock.tryAcquire("demo-data", java.time.Duration.ofMinutes(10));
        }
        return claimed;
    }
}
