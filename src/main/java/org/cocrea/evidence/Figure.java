package org.cocrea.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.initiatives.Phase;

/**
 * (Public for the templates.) One figure of an initiative's evidence page: what it measures (a message key and its
 * arguments), the phase it comes from (null for the whole initiative), its value and unit, how it was computed (a
 * message key and arguments), from how many people (null when it is not counted in people: an indicator typed by a
 * facilitator) and since when. A figure from fewer than {@link Evidence#MIN_PEOPLE} people is {@code suppressed}: its
 * value is null and the page says so in a plain sentence.
 */
public record Figure(
        String what,
        List<Object> whatArgs,
        Phase phase,
        BigDecimal value,
        String unit,
        String how,
        List<Object> howArgs,
        Integer people,
        LocalDate since,
        boolean suppressed) {
    public Figure {
        whatArgs = List.copyOf(whatArgs);
        howArgs = List.copyOf(howArgs);
    }

    public Object[] whatArguments() {
        return whatArgs.toArray();
    }

    public Object[] howArguments() {
        return howArgs.toArray();
    }
}
