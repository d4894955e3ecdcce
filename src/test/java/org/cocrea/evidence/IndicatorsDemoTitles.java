package org.cocrea.evidence;

/** The demo initiatives the evidence tests read. */
final class IndicatorsDemoTitles {
    static final String BIKES = "Percorsi ciclabili del quartiere";

    private IndicatorsDemoTitles() {}
}
