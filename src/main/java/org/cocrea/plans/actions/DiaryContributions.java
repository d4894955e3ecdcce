package org.cocrea.plans.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A diary entry's time and resources as the ledger's {@link ContributionRecorded}, published in the transaction that
 * stores the entry (the service's form and the demo seed alike): its minutes as hours under the key
 * {@code plan:diary:<id>:time}, its amount under {@code plan:diary:<id>:amount} as money for "€", kilometres for
 * "km", else materials in the unit written. Diary entries are never edited, so each key has revision 1. The side
 * follows the diarist's kind of account: a professional's time is the service's, everybody else's the citizens'.
 * Only amounts leave the plan, never its text.
 */
@Component
public class DiaryContributions {
    private final ApplicationEventPublisher events;
    private final Accounts accounts;

    DiaryContributions(ApplicationEventPublisher events, Accounts accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    public void publish(ToolInstance instance, long entryId, long personId, ActionRepository.NewEntry entry) {
        boolean time = entry.minutes() != null && entry.minutes() > 0;
        boolean resources = entry.amount() != null && entry.amount().signum() > 0;
        if (!time && !resources) {
            return;
        }
        Side side = Side.of(accounts.person(personId).map(Person::kind).orElse(org.cocrea.accounts.PersonKind.CITIZEN));
        if (time) {
            events.publishEvent(contribution(
                    instance,
                    "plan:diary:" + entryId + ":time",
                    personId,
                    side,
                    Kind.HOURS,
                    BigDecimal.valueOf(entry.minutes()).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP),
                    null,
                    entry));
        }
        if (resources) {
            String unit = entry.unit() == null ? "" : entry.unit().strip();
            Kind kind = switch (unit.toLowerCase(java.util.Locale.ROOT)) {
                case "€", "eur", "euro" -> Kind.MONEY;
                case "km" -> Kind.KILOMETRES;
                default -> Kind.MATERIALS;
            };
            events.publishEvent(contribution(
                    instance,
                    "plan:diary:" + entryId + ":amount",
                    personId,
                    side,
                    kind,
                    entry.amount(),
                    kind == Kind.MATERIALS ? unit : null,
                    entry));
        }
    }

    private static ContributionRecorded contribution(
            ToolInstance instance,
            String key,
            long personId,
            Side side,
            Kind kind,
            BigDecimal quantity,
            String unit,
            ActionRepository.NewEntry entry) {
        return new ContributionRecorded(
                key,
                1,
                instance.initiativeId(),
                instance.phase(),
                instance.toolId(),
                instance.id(),
                personId,
                side,
                kind,
                quantity,
                unit,
                entry.doneOn());
    }
}
