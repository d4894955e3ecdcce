package org.cocrea.evidence.population;

import java.math.BigDecimal;
import java.util.List;

/**
 * (Public for the templates.) One dimension of the comparison: the index (null when fewer than five people gave
 * it), how many gave it (null likewise), and a bar pair per band laid out for a {@code width} × {@code height} SVG.
 */
public record DimensionView(
        Dimension dimension, BigDecimal index, boolean shown, Long gave, List<BandView> bands, int width, int height) {}
