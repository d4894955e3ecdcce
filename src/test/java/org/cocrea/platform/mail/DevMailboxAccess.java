package org.cocrea.platform.mail;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test access to the package-private parts of the dev mailbox. */
public final class DevMailboxAccess {
    private DevMailboxAccess() {}

    public static DevMailbox on(JdbcClient jdbc) {
        return new DevMailbox(jdbc);
    }

    public static void store(DevMailbox mailbox, String to, String subject, String body) {
        mailbox.store(to, subject, body);
    }
}
