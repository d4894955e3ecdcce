package org.cocrea.vote;

import java.util.ArrayList;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) A horizontal bar chart laid out on the server, so the
 * page needs no script; the template draws it as SVG. Coordinates are in the SVG's viewBox units. Each option's label
 * sits above its bar across the whole width, and the chart is as wide as a phone (360 units), so its 14-unit text
 * reads at 13 px or more on a 375 px screen (issue 14) and long labels are cut late.
 */
public record Chart(int width, int height, List<Bar> bars) {
    static final int WIDTH = 360;
    static final int BAR_SPACE = 300;
    static final int ROW = 48;
    static final int LABEL_CHARS = 44;

    /** {@code y} is the top of the row: the label's baseline is at y + 14, the bar from y + 20 to y + 40. */
    public record Bar(String label, long value, int y, int barWidth, int valueX) {}

    static Chart of(List<Results.Row> rows) {
        long max = rows.stream().mapToLong(Results.Row::total).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int width = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * row.total() / max);
            bars.add(new Bar(label(row.option().title()), row.total(), i * ROW + 8, width, width + 6));
        }
        return new Chart(WIDTH, rows.size() * ROW + 16, bars);
    }

    /** Long titles are shortened in the picture; the table next to it has them in full. */
    static String label(String title) {
        return title.length() <= LABEL_CHARS ? title : title.substring(0, LABEL_CHARS - 1) + "…";
    }
}
