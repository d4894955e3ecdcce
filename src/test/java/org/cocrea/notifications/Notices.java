package org.cocrea.notifications;

import java.util.List;
import java.util.UUID;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.testing.TestPeople;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Test people and notifications published as a module publishes them: inside a transaction, delivered after it. */
final class Notices {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Notices(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    /** A new confirmed citizen (or professional, or admin); returns the address. */
    String person(String kind, boolean admin) {
        String email = "nt." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long organisation = "professional".equals(kind)
                ? jdbc.sql("SELECT MIN(id) FROM organisation").query(Long.class).single()
                : null;
        TestPeople.ensure(jdbc, email, kind, organisation);
        if (admin) {
            jdbc.sql("UPDATE app_user SET admin = TRUE WHERE email = :e")
                    .param("e", email)
                    .update();
        }
        return email;
    }

    long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** Publishes a phase notification naming {@code title} to the people, in a transaction, as a module does. */
    Notification publish(String title, NotificationKind kind, Long... people) {
        var notification = Notification.to(
                        List.of(people), kind, "mail.phase.subject", "mail.phase.body", "/initiatives")
                .subjectArgs(Arg.text(title))
                .bodyArgs(Arg.text(title), Arg.message("phase.co-design"), Arg.link("/initiatives"));
        transactions.executeWithoutResult(status -> events.publishEvent(notification));
        return notification;
    }

    long stored(long person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    long unread(long person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND read_at IS NULL")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    long notificationId(long person, String title) {
        return jdbc.sql("SELECT id FROM notification WHERE person_id = :p AND subject LIKE :t")
                .param("p", person)
                .param("t", "%" + title + "%")
                .query(Long.class)
                .single();
    }

    List<String> mailsTo(String email) {
        return jdbc.sql("SELECT subject FROM dev_mail WHERE recipient = :r ORDER BY id")
                .param("r", email)
                .query(String.class)
                .list();
    }

    String setting(long person, NotificationKind kind) {
        return jdbc.sql("SELECT delivery FROM notification_setting WHERE person_id = :p AND kind = :k")
                .param("p", person)
                .param("k", kind.code())
                .query(String.class)
                .optional()
                .orElse("now");
    }
}
