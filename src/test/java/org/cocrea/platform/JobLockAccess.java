package org.cocrea.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test access to the package-private constructor of {@link JobLock}. */
public final class JobLockAccess {
    private JobLockAccess() {}

    public static JobLock on(JdbcClient jdbc) {
        return new JobLock(jdbc);
    }
}
