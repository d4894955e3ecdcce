package org.cocrea.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cocrea.platform.JobLock;
import org.cocrea.platform.Notification;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (issue 19, GDPR art. 15 and 20; ADR 0027): a person asks, a background round (every 15 seconds,
 * under a {@link JobLock}) gathers what each module's {@link PersonalData} holds about them into a zip (one JSON file
 * per module and a readable {@code index.html}), stores it and tells them with a {@link Notification}; it is kept for
 * a week, then an hourly round deletes it. The in-process tests run both rounds by hand
 * ({@code test.my-data.prepare-every}), so no background round changes a table while the crawling nets compare row
 * hashes.
 */
@Service
class MyData {
    private static final Logger log = LoggerFactory.getLogger(MyData.class);
    static final Duration KEPT = Duration.ofDays(7);
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MyDataRepository exports;
    private final PersonRepository people;
    private final List<PersonalData> modules;
    private final JobLock lock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    /** The organisation's time zone: the archive says when it was made as people read the time. */
    private final java.time.ZoneId zone;

    private final TransactionTemplate transactions;
    private final Clock clock;

    MyData(
            MyDataRepository exports,
            PersonRepository people,
            List<PersonalData> modules,
            JobLock lock,
            ApplicationEventPublisher events,
            MessageSource messages,
            TransactionTemplate transactions,
            ObjectProvider<Clock> clock,
            org.cocrea.platform.CocreaSettings settings) {
        this.exports = exports;
        this.people = people;
        this.modules = modules.stream()
                .sorted(Comparator.comparing(PersonalData::module))
                .toList();
        this.lock = lock;
        this.events = events;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.zone = settings.timeZone();
    }

    /** The modules whose data the archive holds, in its order. */
    List<String> modules() {
        return modules.stream().map(PersonalData::module).toList();
    }

    boolean request(long personId) {
        boolean asked = Boolean.TRUE.equals(transactions.execute(s -> exports.request(personId, clock.instant())));
        if (asked) {
            log.info("Person {} asked for an archive of their data", personId);
        }
        return asked;
    }

    @Scheduled(
            initialDelayString = "${test.my-data.prepare-every:PT15S}",
            fixedDelayString = "${test.my-data.prepare-every:PT15S}")
    void prepareInTheBackground() {
        if (lock.tryAcquire("my-data-prepare", Duration.ofSeconds(10))) {
            prepareWaiting();
        }
    }

    @Scheduled(
            initialDelayString = "${test.my-data.prepare-every:PT1M}",
            fixedDelayString = "${test.my-data.prepare-every:PT1H}")
    void deleteExpiredInTheBackground() {
        if (lock.tryAcquire("my-data-expiry", Duration.ofMinutes(30))) {
            deleteExpired();
        }
    }

    /** Prepares the waiting archives (a few per round); gives how many it made. */
    int prepareWaiting() {
        int made = 0;
        for (var export : exports.waiting(5)) {
            var person = people.findById(export.personId());
            if (person.isEmpty()) {
                continue;
            }
            byte[] zip = archive(person.get());
            Instant now = clock.instant();
            Instant expires = now.plus(KEPT);
            Boolean stored = transactions.execute(s -> {
                if (!exports.ready(export.id(), zip, now, expires)) {
                    return false;
                }
                events.publishEvent(Notification.to(
                                List.of(export.personId()),
                                NotificationKind.MY_DATA,
                                "myData.mail.subject",
                                "myData.mail.body",
                                "/profile/data")
                        .bodyArgs(Notification.Arg.dateTime(expires)));
                return true;
            });
            if (Boolean.TRUE.equals(stored)) {
                made++;
                log.info("Archive of the data of person {} ready: {} bytes", export.personId(), zip.length);
            }
        }
        return made;
    }

    int deleteExpired() {
        int deleted = exports.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} archives of personal data kept for a week", deleted);
        }
        return deleted;
    }

    /** The archive: {@code index.html} and one {@code <module>.json} per module. */
    byte[] archive(Person person) {
        var bytes = new ByteArrayOutputStream();
        var locale = person.language().locale();
        var index = new StringBuilder();
        index.append("<!DOCTYPE html>\n<html lang=\"")
                .append(person.language().code())
                .append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(text("myData.index.title", locale))
                .append("</title></head>\n<body>\n<h1>")
                .append(text("myData.index.title", locale))
                .append("</h1>\n<p>")
                .append(HtmlUtils.htmlEscape(messages.getMessage(
                        "myData.index.intro",
                        new Object[] {
                            person.name(), new org.cocrea.platform.Formats(locale, zone).dateTime(clock.instant())
                        },
                        locale)))
                .append("</p>\n");
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var module : modules) {
                Object data = module.of(person.id());
                String file = module.module() + ".json";
                zip.putNextEntry(new ZipEntry(file));
                zip.write(JSON.writeValueAsBytes(data));
                zip.closeEntry();
                index.append("<section>\n<h2>")
                        .append(HtmlUtils.htmlEscape(
                                messages.getMessage("myData.module." + module.module(), null, module.module(), locale)))
                        .append("</h2>\n<p><a href=\"")
                        .append(HtmlUtils.htmlEscape(file))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(file))
                        .append("</a> — ")
                        .append(HtmlUtils.htmlEscape(messages.getMessage(
                                "myData.index.entries", new Object[] {PersonalData.entries(data)}, locale)))
                        .append("</p>\n");
                html(data, index);
                index.append("</section>\n");
            }
            index.append("</body>\n</html>\n");
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String text(String key, java.util.Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }

    /** The data as nested lists, every value escaped. */
    private static void html(Object data, StringBuilder out) {
        if (data instanceof Map<?, ?> map) {
            out.append("<dl>\n");
            map.forEach((key, value) -> {
                out.append("<dt>")
                        .append(HtmlUtils.htmlEscape(String.valueOf(key)))
                        .append("</dt><dd>");
                html(value, out);
                out.append("</dd>\n");
            });
            out.append("</dl>\n");
        } else if (data instanceof Collection<?> list) {
            out.append("<ol>\n");
            for (Object item : list) {
                out.append("<li>");
                html(item, out);
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        } else if (data instanceof Record record) {
            html(JSON.convertValue(record, Map.class), out);
        } else {
            out.append(HtmlUtils.htmlEscape(String.valueOf(data)));
        }
    }

    java.util.Optional<MyDataRepository.Export> export(long personId) {
        return exports.of(personId);
    }

    java.util.Optional<byte[]> download(long personId) {
        return exports.content(personId, clock.instant());
    }
}
