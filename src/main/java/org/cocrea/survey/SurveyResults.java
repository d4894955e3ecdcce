package org.cocrea.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a survey (the JSON API of {@code api}): its published results, counted by the
 * results page's own {@code Tabulation}, so the same suppression applies (an anonymous survey with fewer than
 * {@link Results#MIN_GROUP} responses shows nothing but that it has too few). Aggregates only: no free texts, no
 * cross-tabulation, never a response.
 */
@Service
public class SurveyResults {
    private final SurveyRepository surveys;
    private final MessageSource messages;

    SurveyResults(SurveyRepository surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    /** The survey of the opened instance, if it was set up (one statement). */
    public Optional<Survey> survey(ToolAccess access) {
        if (!access.instance().toolId().equals(SurveyTool.ID)) {
            throw new IllegalArgumentException(
                    "not a survey: " + access.instance().toolId());
        }
        return surveys.find(access.id());
    }

    /**
     * The results when the facilitators published them, with English labels for "other"; empty otherwise (also
     * for facilitators, who read unpublished results on the page). Five statements.
     */
    public Optional<Results> published(ToolAccess access, Survey survey) {
        if (!survey.resultsPublished() || survey.instanceId() != access.id()) {
            return Optional.empty();
        }
        var items = surveys.items(access.id());
        return Optional.of(Tabulation.of(
                survey,
                items,
                surveys.responses(access.id()),
                surveys.counts(access.id()),
                surveys.answered(access.id()),
                List.of(),
                null,
                Map.of("other", messages.getMessage("survey.other", null, Locale.ENGLISH))));
    }
}
