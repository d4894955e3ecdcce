package org.cocrea.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.platform.MyInitiatives;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the ledger's pages read and the rates its officers set. */
@Service
class LedgerService {
    static final int PAGE_SIZE = 20;
    static final int MAX_RATES = 100;
    static final BigDecimal MAX_RATE = new BigDecimal("1000");

    private final LedgerRepository ledger;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ObjectProvider<MyInitiatives> mine;

    LedgerService(
            LedgerRepository ledger, Initiatives initiatives, Accounts accounts, ObjectProvider<MyInitiatives> mine) {
        this.ledger = ledger;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.mine = mine;
    }

    /** The initiative if the person may read it (its team only for an individual one); 404 otherwise. */
    Initiative readable(long id, SignedInPerson me) {
        return initiatives.visible(id, me).orElseThrow(NotFound::new);
    }

    /** Whether the person runs the initiative: only they see who contributed. */
    boolean facilitates(Initiative i, SignedInPerson me) {
        return initiatives.role(i.id(), me).map(MemberRole::facilitates).orElse(false);
    }

    /**
     * Whether the person keeps the organisation's rates: a platform administrator, or a professional of that
     * organisation (as the residents register decides who keeps an organisation's register).
     */
    boolean setsRates(long organisationId, SignedInPerson me) {
        return accounts.actsFor(organisationId, me);
    }

    /** The organisation if the person keeps its rates; 404 otherwise, so outsiders learn nothing. */
    Organisation officerOf(long organisationId, SignedInPerson me) {
        return accounts.officeOf(organisationId, me);
    }

    @Transactional(readOnly = true)
    RatesPage rates(Organisation organisation) {
        return new RatesPage(organisation.id(), organisation.name(), ledger.rates(organisation.id()));
    }

    /** Checks every field before anything is stored; each refusal names its field. */
    static Rate parse(RateForm form) {
        var problems = new ArrayList<Refused.Problem>();
        var kind = Rate.Kind.fromCode(form.kind() == null ? "" : form.kind().strip());
        if (kind.isEmpty()) {
            problems.add(new Refused.Problem("kind", "ledger.rate.kind.invalid"));
        }
        BigDecimal amount = amount(form.amount());
        if (amount == null) {
            problems.add(new Refused.Problem("amount", "ledger.rate.amount.invalid", MAX_RATE.intValue()));
        }
        LocalDate from = from(form.from());
        if (from == null) {
            problems.add(new Refused.Problem("from", "ledger.rate.from.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Rate(kind.orElseThrow(), amount, from);
    }

    static BigDecimal amount(String text) {
        // Digits with up to two decimals after a comma or a point, as people write euros: not "1e3", not "1.000,50".
        if (text == null || !text.strip().matches("\\d{1,4}([.,]\\d{1,2})?")) {
            return null;
        }
        try {
            var amount = new BigDecimal(text.strip().replace(',', '.'));
            if (amount.signum() >= 0 && amount.compareTo(MAX_RATE) <= 0 && amount.scale() <= 2) {
                return amount.setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // the same clear error as a negative amount
        }
        return null;
    }

    static LocalDate from(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 10) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.strip());
            var today = LocalDate.now(ZoneOffset.UTC);
            return date.getYear() < 2000 || date.isAfter(today.plusYears(5)) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Transactional
    void setRate(Organisation organisation, RateForm form, SignedInPerson me) {
        var rate = parse(form);
        boolean replaces = ledger.rates(organisation.id()).stream()
                .anyMatch(r -> r.kind() == rate.kind() && r.from().equals(rate.from()));
        if (!replaces && ledger.rateCount(organisation.id()) >= MAX_RATES) {
            throw new Refused("from", "ledger.rate.many", MAX_RATES);
        }
        ledger.setRate(organisation.id(), rate, me.personId());
    }

    @Transactional
    boolean removeRate(Organisation organisation, String kind, String from) {
        var k = Rate.Kind.fromCode(kind == null ? "" : kind.strip());
        var day = from(from);
        return k.isPresent() && day != null && ledger.removeRate(organisation.id(), k.get(), day);
    }

    /** A row being summed. */
    private static final class Sum {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal money = BigDecimal.ZERO;
        BigDecimal kilometres = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        final Map<String, BigDecimal> materials = new TreeMap<>();

        void add(LedgerRepository.Grouped g, BigDecimal valued) {
            switch (g.kind()) {
                case HOURS -> hours = hours.add(g.quantity());
                case MONEY -> money = money.add(g.quantity());
                case KILOMETRES -> kilometres = kilometres.add(g.quantity());
                case MATERIALS -> materials.merge(g.unit(), g.quantity(), BigDecimal::add);
            }
            value = value.add(valued);
        }

        Line line(String label) {
            var amounts = materials.entrySet().stream()
                    .map(e -> new Amount(Kind.MATERIALS, e.getKey(), e.getValue(), 0))
                    .toList();
            return new Line(label, hours, money, kilometres, amounts, value.setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** The initiative's ledger, valued at the organisation's rates: three statements, however many entries. */
    @Transactional(readOnly = true)
    InitiativeLedger of(Initiative i, SignedInPerson me) {
        var rates = ledger.rates(i.organisationId());
        var dates = rates.stream().map(Rate::from).distinct().sorted().toList();
        var inForce = inForce(rates, dates);
        var groups = ledger.grouped(i.id(), dates);
        var phases = new EnumMap<Phase, Sum>(Phase.class);
        var tools = new TreeMap<String, Sum>();
        var sides = new EnumMap<Side, Sum>(Side.class);
        var total = new Sum();
        var used = new LinkedHashSet<Rate>();
        boolean unvalued = false;
        BigDecimal citizenValue = BigDecimal.ZERO;
        for (var g : groups) {
            BigDecimal valued = BigDecimal.ZERO;
            if (g.kind() == Kind.MONEY) {
                valued = g.quantity();
            } else if (g.kind() != Kind.MATERIALS) {
                var rate = Rate.Kind.of(g.side(), g.kind())
                        .map(k -> inForce.getOrDefault(g.period(), Map.of()).get(k))
                        .orElse(null);
                if (rate == null) {
                    unvalued |= g.quantity().signum() > 0;
                } else {
                    valued = g.quantity().multiply(rate.amount());
                    used.add(rate);
                }
            }
            phases.computeIfAbsent(g.phase(), p -> new Sum()).add(g, valued);
            tools.computeIfAbsent(toolName(g.toolId()), t -> new Sum()).add(g, valued);
            sides.computeIfAbsent(g.side(), s -> new Sum()).add(g, valued);
            total.add(g, valued);
            if (g.side() == Side.CITIZEN) {
                citizenValue = citizenValue.add(valued);
            }
        }
        var byPhase = new ArrayList<Line>();
        phases.forEach((p, s) -> byPhase.add(s.line("phase." + p.code())));
        var byTool = new ArrayList<Line>();
        tools.forEach((t, s) -> byTool.add(s.line(t)));
        var bySide = new ArrayList<Line>();
        sides.forEach((side, s) -> bySide.add(s.line("ledger.side." + LedgerRepository.code(side))));
        var all = total.line("ledger.total");
        BigDecimal citizenHours = sides.containsKey(Side.CITIZEN) ? sides.get(Side.CITIZEN).hours : BigDecimal.ZERO;
        BigDecimal proHours =
                sides.containsKey(Side.PROFESSIONAL) ? sides.get(Side.PROFESSIONAL).hours : BigDecimal.ZERO;
        var rateList = new ArrayList<>(used);
        rateList.sort(Comparator.comparing(Rate::kind).thenComparing(Rate::from));
        return new InitiativeLedger(
                i,
                groups.stream().mapToLong(LedgerRepository.Grouped::entries).sum(),
                byPhase,
                byTool,
                bySide,
                all,
                citizenHours,
                proHours,
                citizenValue.setScale(2, RoundingMode.HALF_UP),
                all.value(),
                percent(citizenHours, citizenHours.add(proHours)),
                percent(citizenValue, all.value()),
                rateList,
                unvalued,
                facilitates(i, me),
                setsRates(i.organisationId(), me));
    }

    /** For each rate period from 1, the latest rate of each kind set on or before the period's first day. */
    static Map<Integer, Map<Rate.Kind, Rate>> inForce(List<Rate> rates, List<LocalDate> dates) {
        var periods = new HashMap<Integer, Map<Rate.Kind, Rate>>();
        for (int p = 1; p <= dates.size(); p++) {
            var start = dates.get(p - 1);
            var kinds = new EnumMap<Rate.Kind, Rate>(Rate.Kind.class);
            for (var r : rates) {
                if (!r.from().isAfter(start)) {
                    kinds.merge(r.kind(), r, (a, b) -> b.from().isAfter(a.from()) ? b : a);
                }
            }
            periods.put(p, kinds);
        }
        return periods;
    }

    static Integer percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** The message key of a tool's name, or the ledger's word for a tool no longer installed. */
    String toolName(String toolId) {
        return initiatives.tool(toolId).map(Tool::nameKey).orElse("ledger.tool.other");
    }

    /** A page of the person's own contributions with their totals. */
    @Transactional(readOnly = true)
    MyContributions mine(SignedInPerson me, int requested) {
        var totals = ledger.mineTotals(me.personId());
        long count = totals.stream().mapToLong(Amount::entries).sum();
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        var entries = ledger.mine(me.personId(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Set<Long> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.initiativeId()));
        var titles = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            var known = mine.getIfAvailable();
            if (known != null) {
                known.of(me.personId()).stream()
                        .filter(x -> ids.contains(x.id()))
                        .forEach(x -> titles.put(x.id(), x.title()));
            }
            // Contributions to an initiative the person has no role in (a public one's shift): read it only if
            // still readable, a handful at most on a page.
            for (long id : ids) {
                if (!titles.containsKey(id)) {
                    initiatives.visible(id, me).ifPresent(i -> titles.put(id, i.title()));
                }
            }
        }
        var tools = new LinkedHashMap<String, String>();
        entries.forEach(e -> tools.computeIfAbsent(e.toolId(), this::toolName));
        return new MyContributions(entries, page, pages, totals, titles, tools);
    }
}
