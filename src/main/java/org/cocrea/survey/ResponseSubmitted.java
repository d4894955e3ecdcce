package org.cocrea.survey;

import java.util.List;
import org.cocrea.initiatives.Phase;

/**
 * A response submitted to a survey (or a named response changed), published in the submitting transaction, for the
 * evidence module: the initiative, the tool instance and its phase, the response, and its scale answers. It names no
 * person, so an anonymous survey's event cannot be matched with who responded.
 */
public record ResponseSubmitted(
        long initiativeId, long instanceId, Phase phase, long responseId, List<ScaleAnswer> scales) {
    public ResponseSubmitted {
        scales = List.copyOf(scales);
    }

    /** One scale answer: the question, its kind ({@code scale5}, {@code scale10}, {@code nps}) and the value. */
    public record ScaleAnswer(long questionId, String scaleKind, int value) {}
}
