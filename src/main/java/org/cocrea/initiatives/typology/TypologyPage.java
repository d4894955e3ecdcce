package org.cocrea.initiatives.typology;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository;

/**
 * The level × phase matrix under the chosen filters, as the viewer finds it: each cell's count is what the list
 * behind it shows them (so a count never leads to an empty list), with the published initiatives of the cell they
 * may not open (group and individual ones) as a separate number that links nowhere; heat classes (0..5) follow the
 * count.
 */
public record TypologyPage(List<Row> rows, InitiativeFilter filter, Map<Long, String> organisations, long total) {

    public record Row(Level level, List<Cell> cells) {}

    public record Cell(Level level, Phase phase, long count, long hidden, int heat) {
        public String id() {
            return "cell-" + level.code() + "-" + phase.code();
        }
    }

    public static TypologyPage of(
            List<InitiativeRepository.ViewerCell> cells, InitiativeFilter filter, Map<Long, String> orgs) {
        long max = cells.stream()
                .mapToLong(InitiativeRepository.ViewerCell::visible)
                .max()
                .orElse(0);
        var rows = java.util.Arrays.stream(Level.values())
                .map(level -> new Row(
                        level,
                        cells.stream()
                                .filter(c -> c.level() == level)
                                .map(c ->
                                        new Cell(c.level(), c.phase(), c.visible(), c.hidden(), heat(c.visible(), max)))
                                .toList()))
                .toList();
        return new TypologyPage(
                rows,
                filter,
                orgs,
                cells.stream()
                        .mapToLong(InitiativeRepository.ViewerCell::visible)
                        .sum());
    }

    /** 0 for an empty cell, otherwise 1..5 in proportion to the busiest cell. */
    static int heat(long count, long max) {
        if (count == 0 || max == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(5.0 * count / max));
    }

    /** The list of initiatives behind one cell, keeping the other filters. */
    public String link(Cell cell) {
        String q = filter.withLevelAndPhase(cell.level(), cell.phase()).queryString();
        return "/initiatives?" + q;
    }
}
