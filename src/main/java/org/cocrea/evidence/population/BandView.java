package org.cocrea.evidence.population;

import java.math.BigDecimal;

/**
 * (Public for the templates.) One band: the participants in it and their share in percent (null when hidden as
 * "fewer than 5"), the population's share in percent, and the bars: the row's top {@code y}, the participants' bar
 * from y + 20 and the population's from y + 38, both 14 high.
 */
public record BandView(
        String band,
        boolean hidden,
        Long count,
        BigDecimal participantPercent,
        BigDecimal populationPercent,
        int y,
        int participantWidth,
        int populationWidth) {}
