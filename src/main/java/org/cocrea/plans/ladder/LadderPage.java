package org.cocrea.plans.ladder;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.care.Side;

/** The ladder page: areas, readings, the radar of up to three readings and the progress chart. */
public record LadderPage(
        Initiative initiative,
        ToolInstance instance,
        List<LadderArea> areas,
        List<LadderReading> readings,
        List<LadderReading> compared,
        Radar radar,
        Progress progress,
        LadderArea areaShown,
        Map<Long, String> names,
        boolean mayConfigure,
        boolean mayScore,
        boolean mayAudit) {

    /** Stage bands of the 1–10 scale: 1–2, 3–4, 5–6, 7–8, 9–10. */
    public static int band(int score) {
        return (score + 1) / 2;
    }

    public record Radar(List<Axis> axes, List<String> rings, List<Series> series) {}

    /** One area's spoke, with where its label goes and how it is anchored. */
    public record Axis(String name, String x, String y, String labelX, String labelY, String anchor) {}

    /** One reading's polygon; {@code index} picks its colour and pattern (0..2). */
    public record Series(int index, String points, LadderReading reading) {}

    public record Progress(List<Line> lines, List<Tick> ticks, java.time.LocalDate first, java.time.LocalDate last) {
        public boolean empty() {
            return lines.stream().allMatch(l -> l.dots().isEmpty());
        }
    }

    public record Line(Side side, String points, List<Dot> dots) {}

    /** A reading on the progress chart: its place, and its date and score for the page to format. */
    public record Dot(String x, String y, java.time.LocalDate date, double value) {}

    public record Tick(String y, int score) {}

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, "—");
    }

    public boolean isCompared(LadderReading reading) {
        return compared.stream().anyMatch(r -> r.id() == reading.id());
    }

    public String meanText(LadderReading reading) {
        Double mean = reading.mean();
        return mean == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", mean);
    }
}
