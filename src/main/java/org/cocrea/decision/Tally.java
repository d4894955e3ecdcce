package org.cocrea.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (Public because the precompiled templates read it.) The live counts of a decision: how many took each position of
 * its kind, how many positions there are, how many were given on an earlier text, the quorum they need (0 for a
 * sense check) and the verdict the rule gives them now (null for a sense check). The chart is laid out here, as the
 * vote tool's is, so the page draws it as SVG without a script: each position's label above its bar, 360 units wide.
 */
public record Tally(
        Map<String, Integer> counts,
        int total,
        int earlier,
        int members,
        int required,
        Verdict verdict,
        List<Bar> bars) {
    static final int WIDTH = 360;
    static final int BAR_SPACE = 300;
    static final int ROW = 48;

    /** {@code y} is the top of the row: the label's baseline at y + 14, the bar from y + 20 to y + 40. */
    public record Bar(String position, int value, int y, int barWidth, int valueX) {}

    public int height() {
        return bars.size() * ROW + 16;
    }

    public int width() {
        return WIDTH;
    }

    public boolean quorumReached() {
        return total >= required;
    }

    /** Counts the positions of a decision of {@code kind} when {@code members} people may take one. */
    static Tally of(Kind kind, Quorum quorum, List<Position> positions, int currentRevision, int members) {
        var counts = new LinkedHashMap<String, Integer>();
        kind.positions().forEach(p -> counts.put(p, 0));
        int earlier = 0;
        for (var p : positions) {
            counts.merge(p.position(), 1, Integer::sum);
            if (p.revision() < currentRevision) {
                earlier++;
            }
        }
        int total = positions.size();
        int required = quorum == null ? 0 : quorum.required(members);
        Verdict verdict = kind.decides() ? Verdict.of(total, counts.getOrDefault("block", 0), required) : null;
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        int i = 0;
        for (var e : counts.entrySet()) {
            int width = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * e.getValue() / max);
            bars.add(new Bar(e.getKey(), e.getValue(), i * ROW + 8, width, width + 6));
            i++;
        }
        return new Tally(
                java.util.Collections.unmodifiableMap(counts),
                total,
                earlier,
                members,
                required,
                verdict,
                List.copyOf(bars));
    }
}
