package org.cocrea.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) The results' bar chart of votes per project, laid out on the
 * server so the page needs no script. The viewBox is about as wide as a phone (360 units), each title on its own
 * line above its bar, so the 14-unit labels stay at least 12 px tall at 320 px and larger on wider screens; long
 * titles are shortened in the picture, the table beside it has them in full.
 */
public record ResultsChart(int width, int height, List<Bar> bars) {
    static final int WIDTH = 360;
    static final int VALUE_SPACE = 64;
    static final int ROW = 52;
    static final int LABEL_CHARS = 42;

    /**
     * @param label the shortened title
     * @param labelY the baseline of the title
     * @param barY the top of the bar
     * @param barWidth the bar's length, in proportion to the most voted project
     * @param valueX where the number of votes is written, right after the bar
     */
    public record Bar(String label, long votes, boolean funded, int labelY, int barY, int barWidth, int valueX) {}

    static ResultsChart of(List<Results.Row> rows) {
        long max = rows.stream().mapToLong(Results.Row::votes).max().orElse(0);
        int space = WIDTH - VALUE_SPACE;
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int width = max == 0 ? 0 : (int) Math.round((double) space * row.votes() / max);
            int top = i * ROW;
            bars.add(new Bar(
                    label(row.project().title()),
                    row.votes(),
                    row.selected(),
                    top + 16,
                    top + 24,
                    Math.max(width, 2),
                    Math.max(width, 2) + 6));
        }
        return new ResultsChart(WIDTH, Math.max(rows.size() * ROW, ROW), bars);
    }

    static String label(String title) {
        return title.length() <= LABEL_CHARS ? title : title.substring(0, LABEL_CHARS - 1) + "…";
    }
}
