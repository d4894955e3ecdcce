package org.cocrea.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) A horizontal bar chart laid out on the server, as the vote's
 * is: each label above its bar across the whole width, 360 units wide, so its 14-unit text reads at 13 px or more on
 * a 375 px screen; the table beside it has the same numbers in full.
 */
public record Chart(int width, int height, List<Bar> bars) {
    static final int WIDTH = 360;
    static final int BAR_SPACE = 300;
    static final int ROW = 48;
    static final int LABEL_CHARS = 44;

    /** {@code y} is the top of the row: the label's baseline is at y + 14, the bar from y + 20 to y + 40. */
    public record Bar(String label, long value, int y, int barWidth, int valueX) {}

    static Chart of(List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < labels.size(); i++) {
            long v = values.get(i);
            int width = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * v / max);
            bars.add(new Bar(label(labels.get(i)), v, i * ROW + 8, width, width + 6));
        }
        return new Chart(WIDTH, labels.size() * ROW + 16, bars);
    }

    static String label(String title) {
        return title.length() <= LABEL_CHARS ? title : title.substring(0, LABEL_CHARS - 1) + "…";
    }
}
