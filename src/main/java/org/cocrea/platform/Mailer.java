package org.cocrea.platform;

/** Sends a plain-text mail: through SMTP when configured, otherwise into the dev mailbox and the log. */
public interface Mailer {
    void send(String recipient, String subject, String body);
}
