package org.cocrea.notifications;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.cocrea.platform.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_setting} table: per person and kind, how to mail; no row means at once. */
@Repository
class SettingRepository {
    private final JdbcClient jdbc;

    SettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind with the person's choice, at once where they chose nothing. */
    Map<NotificationKind, Delivery> of(long person) {
        var choices = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            choices.put(kind, Delivery.NOW);
        }
        jdbc.sql("SELECT kind, delivery FROM notification_setting WHERE person_id = :person")
                .param("person", person)
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("delivery")))
                .list()
                .forEach(row -> NotificationKind.fromCode(row.getKey())
                        .ifPresent(k -> Delivery.fromCode(row.getValue()).ifPresent(d -> choices.put(k, d))));
        return choices;
    }

    /** The choices of these people for one kind; people without a choice are absent. */
    Map<Long, Delivery> of(Collection<Long> people, NotificationKind kind) {
        var choices = new HashMap<Long, Delivery>();
        if (people.isEmpty()) {
            return choices;
        }
        jdbc.sql("SELECT person_id, delivery FROM notification_setting WHERE kind = :kind AND person_id IN (:people)")
                .param("kind", kind.code())
                .param("people", people)
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getString("delivery")))
                .list()
                .forEach(row -> Delivery.fromCode(row.getValue()).ifPresent(d -> choices.put(row.getKey(), d)));
        return choices;
    }

    /** Replaces the person's choices in one transaction of the caller. */
    void save(long person, Map<NotificationKind, Delivery> choices) {
        jdbc.sql("DELETE FROM notification_setting WHERE person_id = :person")
                .param("person", person)
                .update();
        for (var e : choices.entrySet()) {
            if (e.getValue() == Delivery.NOW) {
                continue; // the default needs no row
            }
            jdbc.sql("INSERT INTO notification_setting (person_id, kind, delivery) VALUES (:person, :kind, :delivery)")
                    .param("person", person)
                    .param("kind", e.getKey().code())
                    .param("delivery", e.getValue().code())
                    .update();
        }
    }
}
