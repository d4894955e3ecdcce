package org.cocrea.demodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.evidence.BulkEvidence;
import org.cocrea.survey.BulkSurveys;
import org.springframework.stereotype.Component;

/**
 * Co-assessment by survey: in the active phase of each generated initiative an anonymous satisfaction survey (the
 * template's questions), open since 25 days, answered by most of its citizens (a collective initiative's 10-59
 * joiners, a group's members, an individual plan's citizen and proxy; of a budget's thousands of voters, at most
 * {@link Assessed#MOST_TAKING_PART} drawn at random), through {@link BulkSurveys}; each response
 * also goes to the evidence tables as its {@code ResponseSubmitted} would, in the same batch. One batch per initiative.
 */
@Component
class SurveysStep implements Step {
    private static final List<String> WRONG = List.of(
            "Orari poco comodi per chi lavora.",
            "Nessuno ci ha avvisato dei cambiamenti.",
            "Troppa attesa per avere una risposta.");
    private static final List<String> COMMENTS =
            List.of("Grazie a chi ha organizzato.", "Vorremmo più incontri.", "Da ripetere l'anno prossimo.");
    private final BulkSurveys surveys;
    private final BulkEvidence evidence;
    private final Assessed assessed;
    private final Batches batches;

    SurveysStep(BulkSurveys surveys, BulkEvidence evidence, Assessed assessed, Batches batches) {
        this.surveys = surveys;
        this.evidence = evidence;
        this.assessed = assessed;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public void run(Run r) {
        int count = r.n.initiatives();
        batches.run(r, name(), count, count, b -> 1, k -> {
            Random random = r.random(name(), k);
            int quality = Assessed.quality(r, k);
            var responses = new ArrayList<BulkSurveys.NewResponse>();
            for (long person : assessed.takingPart(r, k, random)) {
                if (random.nextInt(10) < 2) {
                    continue; // not everyone answers
                }
                int overall = Assessed.around(random, quality);
                var aspects = new ArrayList<Integer>();
                if (random.nextBoolean()) {
                    for (int a = 0; a < 4; a++) {
                        aspects.add(Assessed.around(random, overall));
                    }
                }
                responses.add(new BulkSurveys.NewResponse(
                        person,
                        r.today.minusDays(random.nextInt(25)),
                        overall,
                        Math.max(0, Math.min(10, 2 * overall + random.nextInt(3) - 1)),
                        random.nextInt(5),
                        aspects,
                        overall <= 2 && random.nextBoolean() ? Texts.pick(random, WRONG) : null,
                        random.nextInt(6) == 0 ? Texts.pick(random, COMMENTS) : null));
            }
            LocalDate opens = r.today.minusDays(25);
            var submitted = surveys.satisfaction(
                    r.initiativeIds.get(k),
                    Assessed.phase(k),
                    "Quanto siete soddisfatti? (n. " + (k + 1) + ")",
                    opens.atStartOfDay().atOffset(ZoneOffset.UTC),
                    r.today.plusDays(10).atTime(LocalTime.of(16, 0)).atOffset(ZoneOffset.UTC),
                    responses);
            submitted.forEach(s -> evidence.response(s.event(), s.on()));
        });
    }
}
