package org.cocrea.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: an open, anonymous survey from the "satisfaction" template in an initiative's phase,
 * with many responses at once. Each response is checked by the template's rules (the required scale and NPS answered
 * in range, the "what went wrong" text only where the skip logic shows it), stored with the same rows a submission
 * stores (a respondent row for each person, the response without its person, the answers) and added to the tallies
 * once for all. It returns the {@link ResponseSubmitted} each submission would have published, with its day, so the
 * generator hands them to the evidence module as the events would.
 */
@Service
public class BulkSurveys {
    /**
     * One response: who responded (null for a paper answer typed in), the day, the overall satisfaction (1-5), the
     * NPS answer (0-10), how often the service is used (1-4, 0 unanswered), the four aspects (1-5 each, or none), the
     * text on what went wrong (only with an overall of 1 or 2, may be null) and a free comment (may be null).
     */
    public record NewResponse(
            Long personId,
            LocalDate on,
            int overall,
            int recommend,
            int often,
            List<Integer> aspects,
            String wrong,
            String comment) {}

    /** What a submission publishes, and the day it was submitted. */
    public record Submitted(ResponseSubmitted event, LocalDate on) {}

    private final Initiatives initiatives;
    private final SurveyRepository surveys;
    private final MessageSource messages;

    BulkSurveys(Initiatives initiatives, SurveyRepository surveys, MessageSource messages) {
        this.initiatives = initiatives;
        this.surveys = surveys;
        this.messages = messages;
    }

    @Transactional
    public List<Submitted> satisfaction(
            long initiativeId,
            Phase phase,
            String title,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            List<NewResponse> responses) {
        responses.forEach(BulkSurveys::check);
        long instance =
                initiatives.addToolForDemo(initiativeId, phase, SurveyTool.ID).id();
        surveys.create(instance, title, "", true, opensAt);
        surveys.settings(instance, title, "", true, opensAt, closesAt, false);
        var ids = surveys.insertTemplate(
                instance, Templates.of("satisfaction", key -> messages.getMessage(key, null, Locale.ITALIAN)));
        surveys.open(instance);
        surveys.announce(instance, opensAt);
        // The template's items in order: overall, wrong, recommend, often, aspects, else.
        long overall = ids.get(0), wrong = ids.get(1), recommend = ids.get(2), often = ids.get(3);
        long aspects = ids.get(4), comment = ids.get(5);
        surveys.respondents(
                instance,
                responses.stream()
                        .map(NewResponse::personId)
                        .filter(p -> p != null)
                        .toList());
        var answers = new LinkedHashMap<Long, List<Answers.Answer>>();
        var out = new ArrayList<Submitted>();
        for (var r : responses) {
            long response = surveys.response(instance, null, r.on());
            var list = new ArrayList<Answers.Answer>();
            list.add(one(overall, r.overall()));
            if (r.wrong() != null) {
                list.add(text(wrong, r.wrong()));
            }
            list.add(one(recommend, r.recommend()));
            if (r.often() > 0) {
                list.add(one(often, r.often()));
            }
            if (!r.aspects().isEmpty()) {
                var parts = new ArrayList<Answers.Part>();
                for (int row = 0; row < r.aspects().size(); row++) {
                    parts.add(new Answers.Part(
                            row + 1, BigDecimal.valueOf(r.aspects().get(row)), null));
                }
                list.add(new Answers.Answer(aspects, parts));
            }
            if (r.comment() != null) {
                list.add(text(comment, r.comment()));
            }
            answers.put(response, list);
            out.add(new Submitted(
                    new ResponseSubmitted(
                            initiativeId,
                            instance,
                            phase,
                            response,
                            List.of(
                                    new ResponseSubmitted.ScaleAnswer(overall, QuestionKind.SCALE5.code(), r.overall()),
                                    new ResponseSubmitted.ScaleAnswer(
                                            recommend, QuestionKind.NPS.code(), r.recommend()))),
                    r.on()));
        }
        surveys.answersOfMany(instance, answers);
        initiatives.touch(initiativeId);
        return out;
    }

    /** The template's rules, as the answer page enforces them: a refused response stores nothing. */
    private static void check(NewResponse r) {
        boolean ok = r.overall() >= 1
                && r.overall() <= 5
                && r.recommend() >= 0
                && r.recommend() <= 10
                && r.often() >= 0
                && r.often() <= 4
                && (r.aspects().isEmpty() || r.aspects().size() == 4)
                && r.aspects().stream().allMatch(a -> a >= 1 && a <= 5)
                && (r.wrong() == null || (r.overall() <= 2 && !r.wrong().isBlank()))
                && (r.comment() == null || !r.comment().isBlank())
                && r.on() != null;
        if (!ok) {
            throw new IllegalArgumentException("a response the satisfaction survey would refuse: " + r);
        }
    }

    private static Answers.Answer one(long item, int value) {
        return new Answers.Answer(item, List.of(new Answers.Part(0, BigDecimal.valueOf(value), null)));
    }

    private static Answers.Answer text(long item, String text) {
        return new Answers.Answer(item, List.of(new Answers.Part(0, null, text)));
    }
}
