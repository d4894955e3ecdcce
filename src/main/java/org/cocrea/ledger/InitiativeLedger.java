package org.cocrea.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.initiatives.Initiative;

/**
 * (Public for the templates.) An initiative's ledger: totals by phase, tool and side, the citizen share of the
 * inputs, and the rates the values were computed with.
 *
 * @param hoursShare the citizens' share of all hours in percent, or null when nobody gave any
 * @param valueShare the citizens' share of the valued inputs in percent, or null when nothing was valued
 * @param unvalued whether some contributions came before the organisation's first rate (not valued)
 * @param facilitator whether the reader facilitates the initiative (the export then names people)
 * @param setsRates whether the reader may set the organisation's rates
 */
public record InitiativeLedger(
        Initiative initiative,
        long entries,
        List<Line> byPhase,
        List<Line> byTool,
        List<Line> bySide,
        Line total,
        BigDecimal citizenHours,
        BigDecimal professionalHours,
        BigDecimal citizenValue,
        BigDecimal totalValue,
        Integer hoursShare,
        Integer valueShare,
        List<Rate> rates,
        boolean unvalued,
        boolean facilitator,
        boolean setsRates) {}
