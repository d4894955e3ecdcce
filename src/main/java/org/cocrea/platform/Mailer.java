package org.cocrea.platform;

/** Sends a plain-text mail: through SMTP when configured, otherwise into the dev mailbox and the log. */
public interface Mailer {
    void send(String recipient, String subject, String body);

    /**
     * Sends a mail at most once per {@code key}, as part of the caller's transaction: the dev mailbox or the outbox
     * keeps it under that key in the same transaction, and through SMTP it leaves after the commit. A retried
     * delivery that finds its key already there sends nothing. (This default, for stand-ins in tests, just sends.)
     */
    default void sendOnce(String key, String recipient, String subject, String body) {
        send(recipient, subject, body);
    }
}
