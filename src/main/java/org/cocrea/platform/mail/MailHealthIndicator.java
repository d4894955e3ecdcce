package org.cocrea.platform.mail;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The "mail" component of /actuator/health (its details for administrators only): how mail leaves and how many
 * mails wait in the outbox. Without a server it is UNKNOWN, which does not pull the overall status down (a node
 * without mail still serves pages), but tells the operator that mail is not going out.
 */
@Component
class MailHealthIndicator implements HealthIndicator {
    private final MailSettings settings;
    private final MailOutbox outbox;

    MailHealthIndicator(MailSettings settings, MailOutbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        long queued;
        try {
            queued = outbox.count();
        } catch (DataAccessException databaseAway) {
            // The "db" component already says DOWN; an exception here would turn the whole health answer into an
            // error page instead of the JSON that load balancers read.
            return Health.unknown()
                    .withDetail("queued", "unknown: the database does not answer")
                    .build();
        }
        if (settings.smtp()) {
            return Health.up()
                    .withDetail("mode", "smtp")
                    .withDetail("queued", queued)
                    .build();
        }
        return Health.unknown()
                .withDetail("mode", settings.devMailbox() ? "dev-mailbox" : "no mail server")
                .withDetail("queued", queued)
                .build();
    }
}
