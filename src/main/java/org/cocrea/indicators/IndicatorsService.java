package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Defining indicators and recording their readings. Every field is checked before anything is stored (the objective
 * one the initiative declared, a target on the better side of the baseline, dates in order, a measure one of those
 * offered to this person); each reading stores its raw progress and publishes {@link IndicatorRead} in its
 * transaction.
 */
@Service
class IndicatorsService {
    static final int NAME_MAX = 200;
    static final int UNIT_MAX = 60;
    static final int SOURCE_MAX = 500;
    static final int METHOD_MAX = 2000;
    static final int NOTE_MAX = 500;
    /** Values are stored with four decimals below a trillion. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private final IndicatorRepository indicators;
    private final List<MeasureSource> sources;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    IndicatorsService(
            IndicatorRepository indicators,
            List<MeasureSource> sources,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.indicators = indicators;
        this.sources = sources;
        this.events = events;
        this.settings = settings;
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    List<Indicator> of(ToolAccess access) {
        return indicators.of(access.id());
    }

    Indicator find(ToolAccess access, long id) {
        return indicators.find(access.id(), id).orElseThrow(NotFound::new);
    }

    List<IndicatorReading> readings(Indicator indicator) {
        return indicators.readings(indicator.id());
    }

    List<IndicatorReading> readingsOfInstance(ToolAccess access) {
        return indicators.readingsOfInstance(access.id());
    }

    /** The measures the modules offer this facilitator for the initiative; none for anyone else. */
    List<MeasureSource.Measure> measures(ToolAccess access, Locale locale) {
        if (!access.may(IndicatorsTool.MANAGE) || access.person() == null) {
            return List.of();
        }
        var out = new ArrayList<MeasureSource.Measure>();
        for (var s : sources) {
            out.addAll(s.measures(access.initiative().id(), access.person().personId(), locale));
        }
        return out;
    }

    private void requireManage(ToolAccess access) {
        if (!access.may(IndicatorsTool.MANAGE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @Transactional
    long create(ToolAccess access, IndicatorForm form, Locale locale) {
        requireManage(access);
        var problems = new ArrayList<Refused.Problem>();
        var objective = Objective.fromCode(text(form.objective()));
        if (objective.isEmpty() || !access.initiative().objectives().contains(objective.get())) {
            problems.add(new Refused.Problem("objective", "indicators.objective.undeclared"));
        }
        String name = required(problems, "name", form.name(), NAME_MAX);
        String unit = required(problems, "unit", form.unit(), UNIT_MAX);
        var direction = Direction.fromCode(text(form.direction()));
        if (direction.isEmpty()) {
            problems.add(new Refused.Problem("direction", "indicators.direction.unknown"));
        }
        var baseline = number(problems, "baseline", form.baseline());
        var baselineOn = date(problems, "baselineOn", form.baselineOn());
        var target = number(problems, "target", form.target());
        var targetOn = date(problems, "targetOn", form.targetOn());
        if (baseline != null && target != null) {
            if (baseline.compareTo(target) == 0) {
                problems.add(new Refused.Problem("target", "indicators.target.equal"));
            } else if (direction.isPresent()) {
                boolean higher = target.compareTo(baseline) > 0;
                if (higher != (direction.get() == Direction.HIGHER)) {
                    problems.add(new Refused.Problem(
                            "target",
                            "indicators.target.wrongSide." + direction.get().code()));
                }
            }
        }
        if (baselineOn != null && targetOn != null && !targetOn.isAfter(baselineOn)) {
            problems.add(new Refused.Problem("targetOn", "indicators.targetOn.order"));
        }
        String source = optional(problems, "source", form.source(), SOURCE_MAX);
        String method = optional(problems, "method", form.method(), METHOD_MAX);
        String measure = text(form.measure());
        if (!measure.isEmpty()
                && measures(access, locale).stream().noneMatch(m -> m.key().equals(measure))) {
            problems.add(new Refused.Problem("measure", "indicators.measure.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return indicators.create(
                new Indicator(
                        0,
                        access.id(),
                        objective.get(),
                        name,
                        unit,
                        direction.get(),
                        baseline,
                        baselineOn,
                        target,
                        targetOn,
                        source,
                        method,
                        measure.isEmpty() ? null : measure),
                access.person() == null ? null : access.person().personId(),
                now());
    }

    /** A reading typed by a facilitator. */
    @Transactional
    void record(ToolAccess access, long id, ReadingForm form) {
        requireManage(access);
        var indicator = find(access, id);
        var problems = new ArrayList<Refused.Problem>();
        var value = number(problems, "value", form.value());
        var on = date(problems, "on", form.on());
        if (on != null && on.isBefore(indicator.baselineOn())) {
            problems.add(new Refused.Problem("on", "indicators.reading.beforeBaseline"));
        } else if (on != null && on.isAfter(today())) {
            problems.add(new Refused.Problem("on", "indicators.reading.future"));
        }
        String note = optional(problems, "note", form.note(), NOTE_MAX);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        store(access, indicator, value, on, note, null, null);
    }

    /** A reading taken now from the indicator's measure source, which must still offer it to this facilitator. */
    @Transactional
    void take(ToolAccess access, long id, Locale locale) {
        requireManage(access);
        var indicator = find(access, id);
        String key = indicator.measureKey();
        if (key == null
                || measures(access, locale).stream().noneMatch(m -> m.key().equals(key))) {
            throw new Refused("measure", "indicators.measure.unavailable");
        }
        var reading = sources.stream()
                .filter(s -> key.startsWith(s.prefix()))
                .findFirst()
                .flatMap(s -> s.read(key))
                .orElseThrow(() -> new Refused("measure", "indicators.measure.empty"));
        var on = reading.on() == null || reading.on().isBefore(indicator.baselineOn()) ? today() : reading.on();
        store(access, indicator, reading.value(), on, "", key, reading.people());
    }

    private void store(
            ToolAccess access,
            Indicator indicator,
            BigDecimal value,
            LocalDate on,
            String note,
            String sourceKey,
            Integer people) {
        var progress = indicator.progress(value);
        long reading = indicators.addReading(
                indicator.id(),
                new IndicatorRepository.NewReading(value, on, note, progress.raw(), sourceKey, people),
                access.person() == null ? null : access.person().personId(),
                now());
        events.publishEvent(new IndicatorRead(
                access.initiative().id(),
                access.id(),
                access.instance().phase(),
                indicator.id(),
                indicator.objective(),
                value,
                indicator.baseline(),
                indicator.target(),
                indicator.direction(),
                on,
                reading,
                indicator.name(),
                indicator.unit()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String required(List<Refused.Problem> problems, String field, String typed, int max) {
        String s = text(typed);
        if (s.isEmpty()) {
            problems.add(new Refused.Problem(field, "indicators." + field + ".required"));
        } else if (s.length() > max) {
            problems.add(new Refused.Problem(field, "indicators.tooLong", max));
        }
        return s;
    }

    private static String optional(List<Refused.Problem> problems, String field, String typed, int max) {
        String s = text(typed);
        if (s.length() > max) {
            problems.add(new Refused.Problem(field, "indicators.tooLong", max));
        }
        return s;
    }

    /** A number as typed, with a comma or a point for decimals (not both); null after recording the problem. */
    static BigDecimal number(List<Refused.Problem> problems, String field, String typed) {
        String s = text(typed).replace(" ", "");
        if (s.contains(",") && !s.contains(".")) {
            s = s.replace(',', '.');
        }
        try {
            if (s.isEmpty() || s.length() > 30) {
                throw new NumberFormatException();
            }
            var value = new BigDecimal(s);
            if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Refused.Problem(field, "indicators.number"));
            return null;
        }
    }

    private static LocalDate date(List<Refused.Problem> problems, String field, String typed) {
        try {
            var d = LocalDate.parse(text(typed));
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new DateTimeParseException("out of range", typed, 0);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new Refused.Problem(field, "indicators.date"));
            return null;
        }
    }

    Optional<MeasureSource> source(String key) {
        return key == null
                ? Optional.empty()
                : sources.stream().filter(s -> key.startsWith(s.prefix())).findFirst();
    }
}
