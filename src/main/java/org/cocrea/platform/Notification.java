package org.cocrea.platform;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Something to tell people, published by any module with {@code ApplicationEventPublisher} inside the transaction
 * that made it true; the notifications module receives it after the commit, stores it in each person's in-app list
 * and mails it as each person chose for its kind (at once, in the daily digest, or not). Deleted people are
 * skipped. Subject and body are message keys, put in each person's language with their arguments at delivery;
 * {@code link} is a path, made absolute with {@link CocreaSettings#link(String)}. {@code id} makes delivery
 * idempotent: a retried publication neither stores nor mails twice.
 */
public record Notification(
        UUID id,
        NotificationKind kind,
        List<Long> people,
        String subject,
        List<Arg> subjectArgs,
        String body,
        List<Arg> bodyArgs,
        String link) {

    public Notification {
        people = List.copyOf(people);
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
    }

    /** A notification of {@code kind} to {@code people}, with message keys and no arguments yet. */
    public static Notification to(
            Collection<Long> people, NotificationKind kind, String subject, String body, String link) {
        return new Notification(
                UUID.randomUUID(),
                kind,
                people.stream().distinct().toList(),
                subject,
                List.of(),
                body,
                List.of(),
                link);
    }

    public Notification subjectArgs(Arg... args) {
        return new Notification(id, kind, people, subject, List.of(args), body, bodyArgs, link);
    }

    public Notification bodyArgs(Arg... args) {
        return new Notification(id, kind, people, subject, subjectArgs, body, List.of(args), link);
    }

    /**
     * An argument of a message, resolved for each recipient: a text as is, a message key in their language, a
     * path made into an absolute link, a date written the long way in their language, or a moment as a date and
     * time in their language and the organisation's time zone ({@code cocrea.time-zone}), never in UTC.
     */
    public record Arg(Type type, String value) {
        public enum Type {
            TEXT,
            MESSAGE,
            LINK,
            DATE,
            DATE_TIME
        }

        public static Arg text(String text) {
            return new Arg(Type.TEXT, text);
        }

        public static Arg message(String key) {
            return new Arg(Type.MESSAGE, key);
        }

        public static Arg link(String path) {
            return new Arg(Type.LINK, path);
        }

        public static Arg date(LocalDate date) {
            return new Arg(Type.DATE, date.toString());
        }

        public static Arg dateTime(java.time.Instant moment) {
            return new Arg(Type.DATE_TIME, moment.toString());
        }
    }
}
