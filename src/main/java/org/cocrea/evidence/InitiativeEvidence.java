package org.cocrea.evidence;

import java.util.List;
import org.cocrea.initiatives.Initiative;

/**
 * (Public for the templates.) The evidence page of one initiative, across its phases: effectiveness (indicator
 * progress, the plans' mean GAS T-score and outcome ladder), efficiency (citizen and professional inputs from the
 * ledger, hours per unit of improvement where an indicator allows it), satisfaction (survey scales, NPS, ratings) and
 * participation (people per phase), each a list of {@link Figure}s; the objectives the initiative declared.
 */
public record InitiativeEvidence(
        Initiative initiative,
        List<Figure> effectiveness,
        List<Figure> efficiency,
        List<Figure> satisfaction,
        List<Figure> participation) {
    public boolean empty() {
        return effectiveness.isEmpty() && efficiency.isEmpty() && satisfaction.isEmpty() && participation.isEmpty();
    }
}
