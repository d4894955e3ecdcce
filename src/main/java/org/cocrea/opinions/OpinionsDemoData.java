package org.cocrea.opinions;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo conversations, in co-design. In "Percorsi ciclabili del quartiere" (collective) an Italian conversation
 * on the bike routes with real structure: 16 statements seeded by the parks officer and 64 anonymous residents
 * drawn from three planted groups (daily cyclists, 30; drivers and shopkeepers, 20; families with children, 14),
 * each statement with an agreement probability per group, each resident seeing 60 to 100% of the statements and
 * passing on some, from a fixed seed, so the same demo comes back every time; the volunteer votes as a cyclist and
 * the parent as a family, so they find themselves on the map. We generate it rather than import one of the shared
 * Polis conversations: those are in English and about other places, and an Italian municipality's demo should read
 * as one; a real Polis export is imported by the tests instead. The map is computed before the seed ends. In
 * "Scuola inclusiva" (group) a small one: five statements by the teacher, voted by the parent, too few people for
 * groups, which the results page then explains.
 */
@Component
class OpinionsDemoData implements DemoSeed {
    static final String BIKES = "Percorsi ciclabili del quartiere";
    static final String SCHOOL = "Scuola inclusiva";
    static final String BIKES_FACILITATOR = "parks.officer@example.org";
    static final String SCHOOL_FACILITATOR = "teacher@example.org";
    static final int[] GROUP_SIZES = {30, 20, 14};

    /** Statement, then the probability of agreeing in each planted group (cyclists, drivers, families). */
    record Planted(String text, double... agree) {}

    static final List<Planted> BIKE_STATEMENTS = List.of(
            new Planted("Serve una pista protetta in via Roma, separata dalle auto.", 0.92, 0.15, 0.7),
            new Planted("Togliere parcheggi per fare piste ciclabili danneggia i negozi.", 0.08, 0.9, 0.4),
            new Planted("I percorsi casa-scuola devono essere la priorità.", 0.7, 0.55, 0.95),
            new Planted("Servono più rastrelliere vicino alla stazione.", 0.92, 0.75, 0.85),
            new Planted("Le zone 30 rallentano troppo il traffico.", 0.06, 0.88, 0.25),
            new Planted("L’illuminazione lungo il fiume va migliorata prima di tutto.", 0.8, 0.75, 0.85),
            new Planted("Le bici dovrebbero poter usare le corsie dei bus.", 0.85, 0.12, 0.3),
            new Planted("Chi va in bici sul marciapiede dovrebbe essere multato.", 0.3, 0.92, 0.6),
            new Planted("Meglio investire nei bus che nelle piste ciclabili.", 0.05, 0.82, 0.3),
            new Planted(
                    "Davanti alle scuole le strade vanno chiuse al traffico all’ingresso e all’uscita.",
                    0.85,
                    0.15,
                    0.95),
            new Planted("Il quartiere ha bisogno di una ciclofficina.", 0.85, 0.25, 0.5),
            new Planted("I lavori vanno fatti d’estate, quando le scuole sono chiuse.", 0.8, 0.85, 0.9),
            new Planted("Le piste ciclabili esistenti sono sporche e poco curate.", 0.85, 0.65, 0.75),
            new Planted("Le auto in sosta sulle piste ciclabili vanno rimosse subito.", 0.95, 0.2, 0.85),
            new Planted("Il comune dovrebbe aiutare le famiglie a comprare bici cargo.", 0.6, 0.08, 0.92),
            new Planted("Servono più controlli della velocità nelle strade residenziali.", 0.85, 0.15, 0.9));

    static final List<String> SCHOOL_STATEMENTS = List.of(
            "Uno spazio calmo in ogni piano aiuta tutta la classe.",
            "L’agenda visiva andrebbe usata in tutte le classi.",
            "Le famiglie vanno sentite prima di ogni uscita didattica.",
            "In mensa serve un turno più tranquillo.",
            "I laboratori pomeridiani dovrebbero essere aperti a tutti.");

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final OpinionRepository repository;
    private final Recompute recompute;

    OpinionsDemoData(Initiatives initiatives, Accounts accounts, OpinionRepository repository, Recompute recompute) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.repository = repository;
        this.recompute = recompute;
    }

    @Override
    @Transactional
    public void seed() {
        if (repository.conversations() > 0) {
            return;
        }
        place(BIKES, BIKES_FACILITATOR).ifPresent(this::bikes);
        place(SCHOOL, SCHOOL_FACILITATOR).ifPresent(this::school);
    }

    /** A new conversation in the initiative's co-design phase (found through the updates tool there). */
    private Optional<ToolInstance> place(String title, String facilitator) {
        var person = accounts.personByEmail(facilitator).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        return initiatives.addToolForDemo(title, Phase.CO_DESIGN, OpinionsTool.ID);
    }

    private void bikes(ToolInstance instance) {
        long id = instance.id();
        repository.ensure(id);
        Long facilitator =
                accounts.personByEmail(BIKES_FACILITATOR).map(p -> p.id()).orElse(null);
        var at = OpinionRepository.now().minusDays(3);
        long[] statements = new long[BIKE_STATEMENTS.size()];
        for (int s = 0; s < statements.length; s++) {
            String text = BIKE_STATEMENTS.get(s).text();
            statements[s] = repository.addStatement(
                    id, facilitator, true, text, Texts.normalised(text), "published", null, at.plusMinutes(s));
        }
        var random = new Random(16);
        int resident = 0;
        for (int g = 0; g < GROUP_SIZES.length; g++) {
            for (int i = 0; i < GROUP_SIZES[g]; i++) {
                long participant = repository.anonymousParticipant(id, "demo:" + (++resident));
                votePlanted(id, participant, g, statements, random);
            }
        }
        accounts.personByEmail("volunteer@example.org")
                .ifPresent(p -> votePlanted(id, repository.participantFor(id, p.id()), 0, statements, random));
        accounts.personByEmail("parent@example.org")
                .ifPresent(p -> votePlanted(id, repository.participantFor(id, p.id()), 2, statements, random));
        recompute.computeIfClaimed(id);
    }

    private void votePlanted(long instance, long participant, int group, long[] statements, Random random) {
        double seen = 0.6 + 0.4 * random.nextDouble();
        for (int s = 0; s < statements.length; s++) {
            if (random.nextDouble() > seen) {
                continue;
            }
            int vote = random.nextDouble() < 0.1
                    ? 0
                    : random.nextDouble() < BIKE_STATEMENTS.get(s).agree()[group] ? 1 : -1;
            repository.vote(instance, statements[s], participant, vote);
        }
    }

    private void school(ToolInstance instance) {
        long id = instance.id();
        repository.ensure(id);
        Long teacher =
                accounts.personByEmail(SCHOOL_FACILITATOR).map(p -> p.id()).orElse(null);
        var at = OpinionRepository.now().minusDays(2);
        long[] statements = new long[SCHOOL_STATEMENTS.size()];
        for (int s = 0; s < statements.length; s++) {
            String text = SCHOOL_STATEMENTS.get(s);
            statements[s] = repository.addStatement(
                    id, teacher, true, text, Texts.normalised(text), "published", null, at.plusMinutes(s));
        }
        accounts.personByEmail("parent@example.org").ifPresent(p -> {
            long participant = repository.participantFor(id, p.id());
            for (int s = 0; s < statements.length; s++) {
                repository.vote(id, statements[s], participant, s == 3 ? 0 : 1);
            }
        });
        recompute.computeIfClaimed(id);
    }
}
