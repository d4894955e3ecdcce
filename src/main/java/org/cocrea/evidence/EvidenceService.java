package org.cocrea.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.accounts.PersonKind;
import org.cocrea.indicators.MeasureSource;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the evidence pages read: one initiative's figures, the portfolio, and who may read them. An initiative's
 * evidence is readable by whoever may read the initiative ({@link Initiatives#visible}); the portfolio by the
 * professionals of an organisation (public initiatives and their organisation's published ones) and platform
 * administrators (public initiatives, and their organisation's if they belong to one); an organisation's open data by
 * its professionals and the platform administrators. Everyone else gets 404.
 */
@Service
class EvidenceService {
    private static final String GAS = "plans:gas:";
    private static final String LADDER = "plans:ladder:";

    private final EvidenceRepository evidence;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final List<MeasureSource> sources;

    EvidenceService(
            EvidenceRepository evidence, Initiatives initiatives, Accounts accounts, List<MeasureSource> sources) {
        this.evidence = evidence;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.sources = sources;
    }

    /** The initiative if the person may read it; 404 otherwise. */
    Initiative readable(long id, SignedInPerson me) {
        return initiatives.visible(id, me).orElseThrow(NotFound::new);
    }

    /** Who may read the portfolio, and over which organisation's non-public initiatives besides the public ones. */
    record Reader(Long organisationId) {}

    /** A professional with an organisation, or an administrator; 404 for anyone else. */
    Reader portfolioReader(SignedInPerson me) {
        if (me == null || !(me.isAdmin() || me.isProfessional())) {
            throw new NotFound();
        }
        var person = accounts.person(me.personId()).filter(p -> p.deletedAt() == null);
        Long organisation = person.filter(p -> p.kind() == PersonKind.PROFESSIONAL)
                .map(p -> p.organisationId())
                .orElse(null);
        if (!me.isAdmin() && organisation == null) {
            throw new NotFound();
        }
        return new Reader(organisation);
    }

    /** The organisation if the person is one of its professionals or a platform administrator; 404 otherwise. */
    Organisation officerOf(long organisationId, SignedInPerson me) {
        return accounts.officeOf(organisationId, me);
    }

    @Transactional(readOnly = true)
    Portfolio portfolio(Reader reader, String cell, String factor) {
        Long org = reader.organisationId();
        var values = new ArrayList<>(Measures.of(
                evidence.latestInScope(org, true),
                evidence.scalesInScope(org, true),
                evidence.ratingsInScope(org, true),
                evidence.inputsInScope(org, true),
                evidence.respondentsInScope(org, true)));
        values.addAll(Measures.outcomes(evidence.outcomesInScope(org, true)));
        return Aggregation.portfolio(
                evidence.scope(org, true),
                evidence.roles(org, true),
                evidence.objectives(org, true),
                values,
                cell == null ? "" : cell.strip(),
                factor == null ? "" : factor.strip(),
                org != null);
    }

    /** The open data of the public initiatives ({@code organisation} null) or of one organisation's initiatives. */
    @Transactional(readOnly = true)
    List<OpenData.Resource> openData(Long organisation) {
        boolean publicToo = organisation == null;
        var inputs = evidence.inputsInScope(organisation, publicToo);
        var respondents = evidence.respondentsInScope(organisation, publicToo);
        var ratings = evidence.ratingsInScope(organisation, publicToo);
        var latest = evidence.latestInScope(organisation, publicToo);
        var values = Measures.of(latest, evidence.scalesInScope(organisation, publicToo), ratings, inputs, respondents);
        return OpenData.resources(
                evidence.scope(organisation, publicToo),
                evidence.roles(organisation, publicToo),
                evidence.objectives(organisation, publicToo),
                latest,
                inputs,
                respondents,
                ratings,
                values);
    }

    @Transactional(readOnly = true)
    InitiativeEvidence of(Initiative initiative) {
        long id = initiative.id();
        var latest = evidence.latest(id);
        var inputs = evidence.inputs(id);
        var scales = evidence.scales(id);
        var ratings = evidence.ratings(id);
        var respondents = evidence.respondents(id);

        var effectiveness = new ArrayList<Figure>();
        for (var l : latest) {
            effectiveness.add(new Figure(
                    "evidence.figure.indicator",
                    List.of(l.name()),
                    l.phase(),
                    l.progress().setScale(0, RoundingMode.HALF_UP),
                    "%",
                    "evidence.how.indicator",
                    List.of(plain(l.baseline()), plain(l.value()), plain(l.target()), l.unit(), l.readings()),
                    null,
                    l.since(),
                    false));
        }
        if (initiative.level() == Level.INDIVIDUAL) {
            measure(GAS + id)
                    .ifPresent(r -> effectiveness.add(people(
                            "evidence.figure.gas",
                            Phase.CO_DESIGN,
                            r.value(),
                            "T",
                            "evidence.how.gas",
                            List.of(),
                            r.people(),
                            r.on())));
            measure(LADDER + id)
                    .ifPresent(r -> effectiveness.add(people(
                            "evidence.figure.ladder",
                            Phase.CO_ASSESSMENT,
                            r.value(),
                            "1-10",
                            "evidence.how.ladder",
                            List.of(),
                            r.people(),
                            r.on())));
        }

        var efficiency = new ArrayList<Figure>();
        BigDecimal hours = BigDecimal.ZERO;
        int entries = 0;
        LocalDate firstInput = null;
        for (var i : inputs) {
            efficiency.add(people(
                    "evidence.figure.citizenHours",
                    i.phase(),
                    i.citizenHours(),
                    "h",
                    "evidence.how.hours",
                    List.of(i.entries()),
                    i.citizens(),
                    i.since()));
            efficiency.add(people(
                    "evidence.figure.professionalHours",
                    i.phase(),
                    i.professionalHours(),
                    "h",
                    "evidence.how.hours",
                    List.of(i.entries()),
                    i.professionals(),
                    i.since()));
            if (i.hours().signum() > 0) {
                efficiency.add(people(
                        "evidence.figure.citizenShare",
                        i.phase(),
                        i.citizenHours().multiply(BigDecimal.valueOf(100)).divide(i.hours(), 0, RoundingMode.HALF_UP),
                        "%",
                        "evidence.how.citizenShare",
                        List.of(),
                        i.people(),
                        i.since()));
            }
            if (i.money().signum() > 0) {
                efficiency.add(people(
                        "evidence.figure.money",
                        i.phase(),
                        i.money(),
                        "€",
                        "evidence.how.money",
                        List.of(),
                        i.people(),
                        i.since()));
            }
            hours = hours.add(i.hours());
            entries += i.entries();
            firstInput = firstInput == null || i.since().isBefore(firstInput) ? i.since() : firstInput;
        }
        if (hours.signum() > 0) {
            // The initiative's whole input and the cost of its outcomes are not counted in people: the ledger shows
            // the same totals to the same readers on its own page, so they are not suppressed (ADR 0023).
            efficiency.add(new Figure(
                    "evidence.figure.totalHours",
                    List.of(),
                    null,
                    hours,
                    "h",
                    "evidence.how.totalHours",
                    List.of(entries),
                    null,
                    firstInput,
                    false));
            for (var l : latest) {
                BigDecimal gained = l.value().subtract(l.baseline());
                if ("lower".equals(l.direction())) {
                    gained = gained.negate();
                }
                if (gained.signum() > 0) {
                    efficiency.add(new Figure(
                            "evidence.figure.costPerUnit",
                            List.of(l.unit()),
                            null,
                            hours.divide(gained, 2, RoundingMode.HALF_UP),
                            "h",
                            "evidence.how.costPerUnit",
                            List.of(plain(hours), plain(gained), l.unit(), l.name()),
                            null,
                            firstInput,
                            false));
                }
            }
        }

        var satisfaction = new ArrayList<Figure>();
        for (var s : scales) {
            switch (s.kind()) {
                case "scale5", "scale10" ->
                    satisfaction.add(people(
                            "evidence.figure." + s.kind(),
                            s.phase(),
                            BigDecimal.valueOf(s.mean()).setScale(2, RoundingMode.HALF_UP),
                            s.kind().equals("scale5") ? "1-5" : "1-10",
                            "evidence.how.scale",
                            List.of(s.answers()),
                            s.people(),
                            s.since()));
                case "nps" ->
                    satisfaction.add(people(
                            "evidence.figure.nps",
                            s.phase(),
                            BigDecimal.valueOf(Math.round(100.0 * (s.promoters() - s.detractors()) / s.answers())),
                            "",
                            "evidence.how.nps",
                            List.of(s.answers()),
                            s.people(),
                            s.since()));
                default -> {}
            }
        }
        for (var r : ratings) {
            satisfaction.add(people(
                    "evidence.figure.positive",
                    r.phase(),
                    BigDecimal.valueOf(Math.round(100.0 * r.positive() / r.count())),
                    "%",
                    "evidence.how.positive",
                    List.of(r.count()),
                    r.count(),
                    r.since()));
        }

        var participation = new ArrayList<Figure>();
        for (var i : inputs) {
            participation.add(people(
                    "evidence.figure.contributors",
                    i.phase(),
                    BigDecimal.valueOf(i.people()),
                    "",
                    "evidence.how.contributors",
                    List.of(),
                    i.people(),
                    i.since()));
        }
        for (var r : respondents) {
            participation.add(people(
                    "evidence.figure.respondents",
                    r.phase(),
                    BigDecimal.valueOf(r.people()),
                    "",
                    "evidence.how.respondents",
                    List.of(),
                    r.people(),
                    r.since()));
        }
        for (var r : ratings) {
            participation.add(people(
                    "evidence.figure.ratings",
                    r.phase(),
                    BigDecimal.valueOf(r.count()),
                    "",
                    "evidence.how.ratings",
                    List.of(),
                    r.count(),
                    r.since()));
        }
        return new InitiativeEvidence(initiative, effectiveness, efficiency, satisfaction, participation);
    }

    private Optional<MeasureSource.Reading> measure(String key) {
        return sources.stream()
                .filter(s -> key.startsWith(s.prefix()))
                .findFirst()
                .flatMap(s -> s.read(key));
    }

    /** A figure counted in people: suppressed, without its value, under {@link Evidence#MIN_PEOPLE}. */
    static Figure people(
            String what,
            Phase phase,
            BigDecimal value,
            String unit,
            String how,
            List<Object> howArgs,
            int people,
            LocalDate since) {
        boolean suppressed = people < Evidence.MIN_PEOPLE;
        return new Figure(
                what,
                List.of(),
                phase,
                suppressed ? null : value,
                unit,
                how,
                suppressed ? List.of() : howArgs,
                suppressed ? null : people,
                since,
                suppressed);
    }

    /**
     * A figure's number as an argument of its explanation: the value itself, so the message formats it in the reader's
     * language (68,5 in Italian, 68.5 in English), without the trailing zeros a stored scale adds.
     */
    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
