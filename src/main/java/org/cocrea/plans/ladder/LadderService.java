package org.cocrea.plans.ladder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.PlanOutcomes;
import org.cocrea.plans.actions.ActionsService;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.Side;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome ladder: areas, readings scored 1–10 in every area by either side (both kept, with who scored),
 * and the charts that compare them. Every read and write is audited.
 */
@Service
public class LadderService {
    static final int MAX_AREAS = 12;
    static final int MAX_COMPARED = 3;
    public static final int DEFAULT_AREAS = 8;

    private final CareAccess access;
    private final LadderRepository ladder;
    private final PlanOutcomes outcomes;

    LadderService(CareAccess access, LadderRepository ladder, PlanOutcomes outcomes) {
        this.access = access;
        this.ladder = ladder;
        this.outcomes = outcomes;
    }

    CareAccess.Opened open(long id, SignedInPerson me, String from) {
        return access.open(id, LadderTool.ID, me, from);
    }

    @Transactional
    LadderPage page(CareAccess.Opened a, List<String> compare, String area) {
        access.audit(a, "ladder.read", null);
        var areas = ladder.areas(a.id());
        var readings = ladder.readings(a.id());
        var compared = compared(readings, compare);
        var shown = areas.stream()
                .filter(x -> String.valueOf(x.id()).equals(area))
                .findFirst()
                .orElse(null);
        var people = new HashSet<Long>();
        readings.forEach(r -> {
            if (r.scoredBy() != null) {
                people.add(r.scoredBy());
            }
        });
        return new LadderPage(
                a.initiative(),
                a.instance(),
                areas,
                newestFirst(readings),
                compared,
                radar(areas, compared),
                progress(readings, shown),
                shown,
                access.names(people),
                access.may(a, LadderTool.CONFIGURE),
                access.may(a, LadderTool.SCORE),
                a.side() == Side.CITIZEN);
    }

    /** Adds the given areas (the default set, or one typed by a member) after the existing ones. */
    @Transactional
    void addAreas(CareAccess.Opened a, List<String> names) {
        access.require(a, LadderTool.CONFIGURE);
        var existing = ladder.areas(a.id()).stream().map(LadderArea::name).toList();
        var clean = names.stream().map(PlanContent::normalise).toList();
        for (String name : clean) {
            if (name.isEmpty() || name.length() > 100) {
                throw new Refused("name", "care.ladder.area.name");
            }
        }
        var added = clean.stream().filter(n -> !existing.contains(n)).distinct().toList();
        if (added.isEmpty()) {
            throw new Refused("name", "care.ladder.area.exists");
        }
        if (existing.size() + added.size() > MAX_AREAS) {
            throw new Refused("name", "care.ladder.area.tooMany");
        }
        try {
            added.forEach(n -> ladder.addArea(a.id(), n));
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "care.ladder.area.exists");
        }
        access.audit(a, "area.create", String.valueOf(added.size()));
    }

    /** A reading scores every area 1..10; anything else is refused before anything is stored. */
    @Transactional
    long score(CareAccess.Opened a, String dateText, Map<String, String> form) {
        access.require(a, LadderTool.SCORE);
        var areas = ladder.areas(a.id());
        if (areas.isEmpty()) {
            throw new Refused(null, "care.ladder.noAreas");
        }
        LocalDate on = ActionsService.date(dateText, "readOn", "care.ladder.readOn", true);
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new Refused("readOn", "care.ladder.readOn");
        }
        var scores = scores(form, areas);
        long id = ladder.addReading(a.id(), a.personId(), a.role(), on, scores);
        access.audit(a, "reading.create", "reading " + id);
        access.touch(a);
        outcomes.read(a.instance());
        return id;
    }

    static Map<Long, Integer> scores(Map<String, String> form, List<LadderArea> areas) {
        var ids = areas.stream().map(LadderArea::id).toList();
        for (String field : form.keySet()) {
            if (field.startsWith("score-") && !ids.contains(parseOrZero(field.substring(6)))) {
                throw new Refused(null, "care.ladder.unknownArea");
            }
        }
        var scores = new LinkedHashMap<Long, Integer>();
        for (var area : areas) {
            String field = "score-" + area.id();
            long score = parseOrZero(form.get(field));
            if (score < 1 || score > 10) {
                throw new Refused(field, "care.ladder.score");
            }
            scores.put(area.id(), (int) score);
        }
        return scores;
    }

    /** The readings asked for (at most three of this plan's), or else the latest of each side. */
    static List<LadderReading> compared(List<LadderReading> readings, List<String> compare) {
        var asked = readings.stream()
                .filter(r -> compare != null && compare.contains(String.valueOf(r.id())))
                .limit(MAX_COMPARED)
                .toList();
        if (!asked.isEmpty()) {
            return asked;
        }
        var latest = new ArrayList<LadderReading>();
        for (Side side : Side.values()) {
            readings.stream().filter(r -> r.side() == side).reduce((x, y) -> y).ifPresent(latest::add);
        }
        latest.sort(Comparator.comparing(LadderReading::readOn).thenComparing(LadderReading::id));
        return latest;
    }

    static LadderPage.Radar radar(List<LadderArea> areas, List<LadderReading> compared) {
        int n = areas.size();
        var axes = IntStream.range(0, n)
                .mapToObj(i -> {
                    var end = Charts.axisEnd(i, n);
                    var label = Charts.label(i, n);
                    return new LadderPage.Axis(
                            areas.get(i).name(), end.x1(), end.y1(), label.x1(), label.y1(), Charts.anchor(i, n));
                })
                .toList();
        var rings = n == 0
                ? List.<String>of()
                : IntStream.of(2, 4, 6, 8, 10).mapToObj(s -> Charts.ring(n, s)).toList();
        var series = IntStream.range(0, compared.size())
                .mapToObj(i -> new LadderPage.Series(
                        i,
                        Charts.polygon(areas.stream()
                                .map(x -> Objects.requireNonNullElse(
                                        compared.get(i).score(x.id()), 0))
                                .toList()),
                        compared.get(i)))
                .toList();
        return new LadderPage.Radar(axes, rings, series);
    }

    /** One line per side through its readings' means (or one area's scores), over the dates of all readings. */
    static LadderPage.Progress progress(List<LadderReading> readings, LadderArea area) {
        var ticks = IntStream.rangeClosed(1, 10)
                .mapToObj(s -> new LadderPage.Tick(String.format(java.util.Locale.ROOT, "%.1f", Charts.y(s)), s))
                .toList();
        if (readings.isEmpty()) {
            return new LadderPage.Progress(List.of(), ticks, null, null);
        }
        LocalDate first = readings.get(0).readOn();
        LocalDate last = readings.get(readings.size() - 1).readOn();
        var lines = new ArrayList<LadderPage.Line>();
        for (Side side : Side.values()) {
            var dots = new ArrayList<LadderPage.Dot>();
            for (var r : readings) {
                Double value = area == null
                        ? r.mean()
                        : r.score(area.id()) == null ? null : r.score(area.id()).doubleValue();
                if (r.side() == side && value != null) {
                    var p = Charts.progress(r.readOn(), value, first, last);
                    dots.add(new LadderPage.Dot(p.x1(), p.y1(), r.readOn(), LadderPage.oneDecimal(value)));
                }
            }
            String points =
                    String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
            lines.add(new LadderPage.Line(side, points, dots));
        }
        return new LadderPage.Progress(lines, ticks, first, last);
    }

    private static List<LadderReading> newestFirst(List<LadderReading> readings) {
        var copy = new ArrayList<>(readings);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static long parseOrZero(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
