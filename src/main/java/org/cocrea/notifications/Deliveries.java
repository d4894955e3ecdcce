package org.cocrea.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.platform.AddressedMail;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Formats;
import org.cocrea.platform.Mailer;
import org.cocrea.platform.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications and addressed mails after the publishing transaction committed, each in its own
 * transaction (Modulith's {@code @ApplicationModuleListener}: asynchronous, transactional, its publication marked
 * complete only when this returns). Everything it writes (the stored notification, the dev mailbox or the outbox
 * row) carries the publication's key, so a resubmitted publication stores and mails nothing twice.
 */
@Component
class Deliveries {
    private final Accounts accounts;
    private final NotificationRepository notifications;
    private final SettingRepository settings;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CocreaSettings cocrea;
    private final Duration pause;

    Deliveries(
            Accounts accounts,
            NotificationRepository notifications,
            SettingRepository settings,
            Mailer mailer,
            MessageSource messages,
            CocreaSettings cocrea,
            // Only the crash test sets it (not a cocrea.* setting: no installation has a use for it): the delivery
            // waits this long after the commit, so the test can kill the node in that window.
            @Value("${test.notifications.pause-before-delivery:PT0S}") Duration pause) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.settings = settings;
        this.mailer = mailer;
        this.messages = messages;
        this.cocrea = cocrea;
        this.pause = pause;
    }

    @ApplicationModuleListener
    void deliver(Notification notification) {
        pause();
        var people = accounts.people(notification.people());
        var choices = settings.of(notification.people(), notification.kind());
        for (long id : notification.people()) {
            Person person = people.get(id);
            if (person == null || person.deleted()) {
                continue;
            }
            Locale locale = person.language().locale();
            String subject = text(notification.subject(), notification.subjectArgs(), locale);
            String body = text(notification.body(), notification.bodyArgs(), locale);
            Delivery delivery = choices.getOrDefault(id, Delivery.NOW);
            boolean stored = notifications.add(
                    notification.id(), id, notification.kind(), subject, body, notification.link(), delivery);
            if (stored && delivery == Delivery.NOW) {
                mailer.sendOnce(notification.id() + ":" + id, person.email(), subject, body);
            }
        }
    }

    @ApplicationModuleListener
    void deliver(AddressedMail mail) {
        pause();
        Locale locale = mail.language().locale();
        mailer.sendOnce(
                mail.id().toString(),
                mail.address(),
                text(mail.subject(), mail.subjectArgs(), locale),
                text(mail.body(), mail.bodyArgs(), locale));
    }

    private String text(String key, List<Notification.Arg> args, Locale locale) {
        Object[] values = args.stream().map(a -> value(a, locale)).toArray();
        return messages.getMessage(key, values.length == 0 ? null : values, locale);
    }

    private String value(Notification.Arg arg, Locale locale) {
        return switch (arg.type()) {
            case TEXT -> arg.value();
            case MESSAGE -> messages.getMessage(arg.value(), null, locale);
            case LINK -> cocrea.link(arg.value());
            case DATE -> new Formats(locale, cocrea.timeZone()).date(LocalDate.parse(arg.value()));
            case DATE_TIME -> new Formats(locale, cocrea.timeZone()).dateTime(Instant.parse(arg.value()));
        };
    }

    private void pause() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
