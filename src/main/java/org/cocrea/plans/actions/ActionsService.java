package org.cocrea.plans.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.Side;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions and the shared diary. An action's performer must be in the care team; a diary entry with time or
 * resources is published to the contribution ledger ({@link DiaryContributions}) in the same transaction that
 * stores it.
 */
@Service
public class ActionsService {
    static final int PAGE_SIZE = 20;
    static final int MAX_TEXT = 2000;

    /** A diary entry as typed, checked by {@link #entry}. */
    public record DiaryForm(
            String doneOn, String action, String what, String minutes, String amount, String unit, String how) {}

    private final CareAccess access;
    private final ActionRepository actions;
    private final DiaryContributions contributions;

    ActionsService(CareAccess access, ActionRepository actions, DiaryContributions contributions) {
        this.access = access;
        this.actions = actions;
        this.contributions = contributions;
    }

    public CareAccess.Opened open(long id, SignedInPerson me, String from) {
        return access.open(id, ActionsTool.ID, me, from);
    }

    @Transactional
    ActionsPage page(CareAccess.Opened a, int requested) {
        access.audit(a, "actions.read", "page " + requested);
        var stats = actions.stats(a.id());
        long entries = stats.entries();
        int pages = (int) Math.max(1, (entries + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNo = Math.min(Math.max(1, requested), pages);
        var diary = actions.diary(a.id(), (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
        var list = actions.actions(a.id());
        var team = access.team(a);
        var people = new HashSet<Long>();
        diary.forEach(e -> {
            if (e.authorId() != null && !team.containsKey(e.authorId())) {
                people.add(e.authorId());
            }
        });
        list.forEach(x -> {
            if (!team.containsKey(x.performerId())) {
                people.add(x.performerId());
            }
        });
        return new ActionsPage(
                a.initiative(),
                a.instance(),
                list,
                diary,
                pageNo,
                pages,
                entries,
                stats.minutes(),
                stats.totals(),
                team,
                access.names(people),
                access.may(a, ActionsTool.PLAN),
                access.may(a, ActionsTool.LOG),
                a.side() == Side.CITIZEN);
    }

    @Transactional
    public long add(CareAccess.Opened a, String title, String kindCode, String performerText, String dueText) {
        access.require(a, ActionsTool.PLAN);
        String clean = PlanContent.normalise(title);
        if (clean.isEmpty() || clean.length() > 300) {
            throw new Refused("title", "care.action.title");
        }
        var kind = PerformerKind.fromCode(kindCode == null ? "" : kindCode.strip())
                .orElseThrow(() -> new Refused("kind", "care.action.kind"));
        long performer = parseId(performerText, "performer", "care.action.performer");
        if (!access.roles(a).containsKey(performer)) {
            throw new Refused("performer", "care.action.performer");
        }
        LocalDate due = date(dueText, "due", "care.action.due", false);
        long id = actions.add(a.id(), clean, kind, performer, due, a.personId());
        access.audit(a, "action.create", "action " + id);
        access.touch(a);
        return id;
    }

    @Transactional
    void status(CareAccess.Opened a, long action, String statusCode) {
        access.require(a, ActionsTool.PLAN);
        var status = ActionStatus.fromCode(statusCode == null ? "" : statusCode.strip())
                .orElseThrow(() -> new Refused("status", "care.action.status"));
        if (!actions.status(a.id(), action, status)) {
            throw new NotFound();
        }
        access.audit(a, "action.status", "action " + action + " " + status.code());
    }

    @Transactional
    public long log(CareAccess.Opened a, DiaryForm form) {
        access.require(a, ActionsTool.LOG);
        var entry = entry(form);
        if (entry.actionId() != null && !actions.hasAction(a.id(), entry.actionId())) {
            throw new Refused("action", "care.diary.action");
        }
        long id = actions.log(a.id(), a.personId(), entry);
        access.audit(a, "diary.create", "entry " + id);
        contributions.publish(a.instance(), id, a.personId(), entry);
        access.touch(a);
        return id;
    }

    /** Checks every field before anything is stored; each refusal names its field. */
    public static ActionRepository.NewEntry entry(DiaryForm f) {
        LocalDate on = date(f.doneOn(), "doneOn", "care.diary.doneOn", true);
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new Refused("doneOn", "care.diary.future");
        }
        Long action = blank(f.action()) ? null : parseId(f.action(), "action", "care.diary.action");
        String what = PlanContent.normalise(f.what());
        if (what.isEmpty() || what.length() > MAX_TEXT) {
            throw new Refused("what", "care.diary.what");
        }
        Integer minutes = minutes(f.minutes());
        BigDecimal amount = amount(f.amount());
        String unit = PlanContent.normalise(f.unit());
        if (amount == null && !unit.isEmpty()) {
            throw new Refused("amount", "care.diary.amount");
        }
        if (amount != null && (unit.isEmpty() || unit.length() > 20)) {
            throw new Refused("unit", "care.diary.unit");
        }
        String how = PlanContent.normalise(f.how());
        if (how.length() > MAX_TEXT) {
            throw new Refused("how", "care.diary.how");
        }
        return new ActionRepository.NewEntry(action, on, what, minutes, amount, amount == null ? null : unit, how);
    }

    static Integer minutes(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= 0 && minutes <= 100_000) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // the same clear error as a negative number
        }
        throw new Refused("minutes", "care.diary.minutes");
    }

    static BigDecimal amount(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            var amount = new BigDecimal(text.strip().replace(',', '.'));
            if (amount.signum() >= 0 && amount.compareTo(new BigDecimal("9999999999")) <= 0 && amount.scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // the same clear error as a negative amount
        }
        throw new Refused("amount", "care.diary.amount");
    }

    public static LocalDate date(String text, String field, String key, boolean required) {
        if (blank(text)) {
            if (required) {
                throw new Refused(field, key);
            }
            return null;
        }
        try {
            var date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new Refused(field, key);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Refused(field, key);
        }
    }

    public static long parseId(String text, String field, String key) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new Refused(field, key);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
