package org.cocrea.initiatives.typology;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository;

/** The level × phase matrix with counts and their heat classes (0..5), under the chosen filters. */
public record TypologyPage(List<Row> rows, InitiativeFilter filter, Map<Long, String> organisations, long total) {

    public record Row(Level level, List<Cell> cells) {}

    public record Cell(Level level, Phase phase, long count, int heat) {}

    public static TypologyPage of(
            List<InitiativeRepository.Cell> cells, InitiativeFilter filter, Map<Long, String> orgs) {
        long max =
                cells.stream().mapToLong(InitiativeRepository.Cell::count).max().orElse(0);
        var rows = java.util.Arrays.stream(Level.values())
                .map(level -> new Row(
                        level,
                        cells.stream()
                                .filter(c -> c.level() == level)
                                .map(c -> new Cell(c.level(), c.phase(), c.count(), heat(c.count(), max)))
                                .toList()))
                .toList();
        return new TypologyPage(
                rows,
                filter,
                orgs,
                cells.stream().mapToLong(InitiativeRepository.Cell::count).sum());
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
