package org.cocrea.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cocrea.indicators.MeasureSource;
import org.cocrea.initiatives.Initiatives;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The surveys' measures for indicators: the mean of each scale question ({@code survey:mean:<question>}) and the NPS
 * of each survey with an NPS question ({@code survey:nps:<instance>}, from its first one). Offered to a person for
 * the surveys whose results they may read; an anonymous survey's figure is withheld below five answers.
 */
@Component
class SurveyMeasures implements MeasureSource {
    static final String PREFIX = "survey:";
    private final Initiatives initiatives;
    private final SurveyRepository surveys;
    private final MessageSource messages;

    SurveyMeasures(Initiatives initiatives, SurveyRepository surveys, MessageSource messages) {
        this.initiatives = initiatives;
        this.surveys = surveys;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Measure> measures(long initiativeId, long personId, Locale locale) {
        var instances = new HashSet<Long>();
        for (var reach : initiatives.instancesOf(personId, Set.of(SurveyTool.ID))) {
            if (reach.instance().initiativeId() == initiativeId) {
                boolean readable = reach.may(SurveyTool.BUILD)
                        || surveys.find(reach.id())
                                .map(Survey::resultsPublished)
                                .orElse(false);
                if (readable) {
                    instances.add(reach.id());
                }
            }
        }
        var measures = new ArrayList<Measure>();
        var withNps = new HashSet<Long>();
        for (var s : surveys.scales(instances)) {
            String unit = s.kind().low() + "-" + s.kind().high();
            measures.add(new Measure(
                    PREFIX + "mean:" + s.itemId(),
                    messages.getMessage("survey.measure.mean", new Object[] {s.text()}, locale),
                    unit));
            if (s.kind() == QuestionKind.NPS && withNps.add(s.instanceId())) {
                measures.add(new Measure(
                        PREFIX + "nps:" + s.instanceId(),
                        messages.getMessage("survey.measure.nps", new Object[] {s.text()}, locale),
                        "NPS"));
            }
        }
        return measures;
    }

    @Override
    public Optional<Reading> read(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = key.substring(PREFIX.length()).split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<SurveyRepository.Scale> scale;
        if ("mean".equals(parts[0])) {
            scale = surveys.scale(id);
        } else if ("nps".equals(parts[0])) {
            scale = surveys.scales(List.of(id)).stream()
                    .filter(s -> s.kind() == QuestionKind.NPS)
                    .findFirst();
        } else {
            return Optional.empty();
        }
        if (scale.isEmpty()) {
            return Optional.empty();
        }
        var d = surveys.distribution(scale.get().itemId());
        long people = d.counts().values().stream().mapToLong(Long::longValue).sum();
        if (people == 0 || (scale.get().anonymous() && people < Results.MIN_GROUP)) {
            return Optional.empty();
        }
        BigDecimal value;
        if ("nps".equals(parts[0])) {
            value = BigDecimal.valueOf(Answers.nps(d.counts()));
        } else {
            long sum = 0;
            for (var e : d.counts().entrySet()) {
                sum += (long) e.getKey() * e.getValue();
            }
            value = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
        }
        return Optional.of(new Reading(value, d.newest(), (int) people));
    }
}
