package org.cocrea.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.indicators.MeasureSource;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ledger's measures of an initiative for the indicators tool: the citizens' hours, the professionals' hours and
 * the citizens' share (in percent) of the valued inputs, each read from the totals as the ledger page shows them.
 * Keys: {@code ledger:citizen-hours:<initiative>}, {@code ledger:professional-hours:<initiative>},
 * {@code ledger:citizen-share:<initiative>}.
 */
@Component
class LedgerMeasures implements MeasureSource {
    static final String PREFIX = "ledger:";
    static final List<String> MEASURES = List.of("citizen-hours", "professional-hours", "citizen-share");

    private final LedgerRepository ledger;
    private final LedgerService service;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final MessageSource messages;

    LedgerMeasures(
            LedgerRepository ledger,
            LedgerService service,
            Initiatives initiatives,
            Accounts accounts,
            MessageSource messages) {
        this.ledger = ledger;
        this.service = service;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Measure> measures(long initiativeId, long personId, Locale locale) {
        var person =
                accounts.person(personId).filter(p -> p.deletedAt() == null).map(Person::asSignedIn);
        if (person.isEmpty() || initiatives.visible(initiativeId, person.get()).isEmpty()) {
            return List.of();
        }
        return MEASURES.stream()
                .map(m -> new Measure(
                        PREFIX + m + ":" + initiativeId,
                        messages.getMessage("ledger.measure." + m, null, locale),
                        m.equals("citizen-share") ? "%" : messages.getMessage("ledger.unit.hours", null, locale)))
                .toList();
    }

    @Override
    public Optional<Reading> read(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = key.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 2 || !MEASURES.contains(parts[0]) || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long initiativeId = Long.parseLong(parts[1]);
        var last = ledger.lastDay(initiativeId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = last.get().isAfter(today()) ? today() : last.get();
        return switch (parts[0]) {
            case "citizen-hours" -> Optional.of(hours(initiativeId, Side.CITIZEN, on));
            case "professional-hours" -> Optional.of(hours(initiativeId, Side.PROFESSIONAL, on));
            default -> share(initiativeId, on);
        };
    }

    private Reading hours(long initiativeId, Side side, LocalDate on) {
        BigDecimal hours = ledger.all(initiativeId).stream()
                .filter(g -> g.side() == side && g.kind() == Kind.HOURS)
                .map(LedgerRepository.Grouped::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new Reading(hours, on, ledger.contributors(initiativeId, side));
    }

    /**
     * The share needs the organisation's rates, hence the initiative: the indicators tool asks for a reading of a
     * measure a facilitator already tied after {@link #measures} checked they may read the initiative, so the
     * initiative is looked up as the oversight that may know every initiative, not as a person.
     */
    private Optional<Reading> share(long initiativeId, LocalDate on) {
        return initiatives
                .known(initiativeId, OVERSIGHT)
                .map(i -> service.of(i, null))
                .filter(l -> l.valueShare() != null)
                .map(l -> new Reading(BigDecimal.valueOf(l.valueShare()), on, ledger.contributors(initiativeId, null)));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static final SignedInPerson OVERSIGHT = new SignedInPerson() {
        @Override
        public long personId() {
            return -1;
        }

        @Override
        public String displayName() {
            return "ledger";
        }

        @Override
        public boolean isAdmin() {
            return true;
        }

        @Override
        public boolean isProfessional() {
            return false;
        }
    };
}
