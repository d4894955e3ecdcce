package org.cocrea.demodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.cocrea.evidence.BulkEvidence;
import org.cocrea.initiatives.Level;
import org.cocrea.rating.BulkRatings;
import org.springframework.stereotype.Component;

/**
 * Quick ratings: in the active phase of each generated initiative a rating instance with its results published, its
 * citizens (at most {@link Assessed#MOST_TAKING_PART} of them) tapping a face on two or three days of the last eight weeks (an individual plan's citizen on six to ten, so
 * even one person's plan has enough ratings to show), mostly as the initiative goes, a reason with some negative
 * faces, through {@link BulkRatings}; each face also goes to the evidence tables as its {@code RatingGiven} would, in
 * the same batch. One batch per initiative.
 */
@Component
class RatingsStep implements Step {
    private static final List<String> REASONS =
            List.of("Servizio sospeso senza avviso.", "Troppa attesa.", "Nessuna risposta alle segnalazioni.");
    private final BulkRatings ratings;
    private final BulkEvidence evidence;
    private final Assessed assessed;
    private final Batches batches;

    RatingsStep(BulkRatings ratings, BulkEvidence evidence, Assessed assessed, Batches batches) {
        this.ratings = ratings;
        this.evidence = evidence;
        this.assessed = assessed;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "ratings";
    }

    @Override
    public void run(Run r) {
        int count = r.n.initiatives();
        batches.run(r, name(), count, count, b -> 1, k -> {
            Random random = r.random(name(), k);
            int quality = Assessed.quality(r, k);
            boolean individual = InitiativesStep.level(k) == Level.INDIVIDUAL;
            var faces = new ArrayList<BulkRatings.NewFace>();
            for (long person : assessed.takingPart(r, k, random)) {
                var days = new HashSet<LocalDate>();
                // distinct days, so a group of three has at least six ratings and a plan's citizen six
                for (int n = individual ? 6 + random.nextInt(5) : 2 + random.nextInt(2); days.size() < n; ) {
                    days.add(r.today.minusDays(1 + random.nextInt(56)));
                }
                for (LocalDate day : days.stream().sorted().toList()) {
                    int felt = Assessed.around(random, quality);
                    int score = felt >= 4 ? 1 : felt == 3 ? 0 : -1;
                    faces.add(new BulkRatings.NewFace(
                            person,
                            day,
                            score,
                            day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60)))
                                    .atOffset(ZoneOffset.UTC),
                            score == -1 && random.nextInt(3) == 0 ? Texts.pick(random, REASONS) : null));
                }
            }
            evidence.ratings(ratings.rate(r.initiativeIds.get(k), Assessed.phase(k), faces, true));
        });
    }
}
