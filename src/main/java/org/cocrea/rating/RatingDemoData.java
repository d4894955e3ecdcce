package org.cocrea.rating;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the co-assessment of "Percorsi ciclabili del quartiere": a quick rating of the routes, with six weeks of
 * ratings by the demo's seven people (two days a week each, so every week passes the five-rating threshold). The
 * protected lane on via Roma opened three weeks ago: before it the faces are mostly negative, with reasons
 * (cars parked on the lane, a dangerous crossing), after it mostly positive. The results are published.
 */
@Component
class RatingDemoData implements DemoSeed {
    static final String INITIATIVE = "Percorsi ciclabili del quartiere";
    static final List<String> PEOPLE = List.of(
            "citizen@example.org",
            "parent@example.org",
            "volunteer@example.org",
            "parks.officer@example.org",
            "teacher@example.org",
            "social.worker@example.org",
            "admin@example.org");
    static final List<String> REASONS = List.of(
            "Auto parcheggiate sulla ciclabile di via Roma, ogni mattina.",
            "L’incrocio con viale Europa è pericoloso: nessun semaforo per le bici.",
            "Buche davanti alla scuola, di sera non si vedono.",
            "La pista finisce nel nulla all’altezza del mercato.",
            "Troppi motorini sulla ciclabile.",
            "Manca l’illuminazione nel sottopasso.");

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final RatingRepository ratings;
    private final CocreaSettings settings;

    RatingDemoData(
            DemoMode demo,
            Initiatives initiatives,
            Accounts accounts,
            RatingRepository ratings,
            CocreaSettings settings) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.ratings = ratings;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed() || ratings.count() > 0) {
            return;
        }
        var people = new ArrayList<Long>();
        PEOPLE.forEach(e -> accounts.personByEmail(e).map(Person::id).ifPresent(people::add));
        if (people.size() < 5) {
            return;
        }
        var placed = initiatives.addToolForDemo(INITIATIVE, Phase.CO_ASSESSMENT, RatingTool.ID);
        if (placed.isEmpty()) {
            return;
        }
        long instance = placed.get().id();
        var today = java.time.LocalDate.now(settings.timeZone());
        var thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int reasons = 0;
        // Weeks 6..1 before this one: the lane opened on the Monday three weeks ago.
        for (int week = 6; week >= 1; week--) {
            var monday = thisMonday.minusWeeks(week);
            boolean afterLane = week <= 3;
            for (int p = 0; p < people.size(); p++) {
                for (int visit = 0; visit < 2; visit++) {
                    var day = monday.plusDays((p + visit * 3L) % 7);
                    int n = week * 31 + p * 7 + visit * 3;
                    int score = afterLane
                            ? (n % 5 == 0 ? 0 : n % 11 == 0 ? -1 : 1)
                            : (n % 4 == 0 ? 0 : n % 5 == 0 ? 1 : -1);
                    ratings.put(instance, people.get(p), day, score, now.minusWeeks(week));
                    if (score == -1 && n % 2 == 0) {
                        ratings.reason(instance, people.get(p), day, REASONS.get(reasons++ % REASONS.size()));
                    }
                }
            }
        }
        ratings.publish(instance, true);
        initiatives.touch(placed.get().initiativeId());
    }
}
