package org.cocrea.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * (Public for the templates.) One row of an initiative's totals (a phase, a tool or a side): hours, euros and
 * kilometres given, materials by unit, and the value in euros at the organisation's rates.
 *
 * @param label the message key that names the row
 */
public record Line(
        String label,
        BigDecimal hours,
        BigDecimal money,
        BigDecimal kilometres,
        List<Amount> materials,
        BigDecimal value) {}
