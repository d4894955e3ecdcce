package org.cocrea.survey;

import java.time.OffsetDateTime;
import org.cocrea.initiatives.Phase;

/**
 * A survey closed, by a facilitator or at its closing time, published in the closing transaction: the evidence
 * module takes its final figures from here.
 */
public record SurveyClosed(long initiativeId, long instanceId, Phase phase, int responses, OffsetDateTime closedAt) {}
