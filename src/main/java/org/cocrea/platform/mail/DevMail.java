package org.cocrea.platform.mail;

import java.time.OffsetDateTime;

/** A mail kept in the dev mailbox because no SMTP server is configured. */
public record DevMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt) {}
