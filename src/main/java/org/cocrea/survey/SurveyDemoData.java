package org.cocrea.survey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the co-assessment phase of "Scuola inclusiva": the parents' survey from the satisfaction template, anonymous,
 * open, with 40 generated responses (answers collected on paper at the school's open day and typed in, so they have
 * no respondents: the demo parent still finds it waiting on their home). In the co-assessment phase of "Percorsi
 * ciclabili del quartiere": an anonymous safety and quality survey with a question on the map, twelve responses and
 * its results published to the members, and in its co-design phase a survey being prepared from the co-production
 * template; in the co-design phase of "Scuola inclusiva" a survey placed but not yet written.
 */
@Component
class SurveyDemoData implements DemoSeed {
    static final String SCHOOL = "Scuola inclusiva";
    static final String ROUTES = "Percorsi ciclabili del quartiere";
    static final String SCHOOL_SURVEY = "Come valutate i servizi inclusivi della scuola?";
    static final String ROUTES_SURVEY = "Sicurezza e qualità dei percorsi ciclabili";
    private static final Locale IT = Locale.ITALIAN;

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final SurveyRepository surveys;
    private final MessageSource messages;
    private final CocreaSettings settings;

    SurveyDemoData(
            DemoMode demo,
            Initiatives initiatives,
            SurveyRepository surveys,
            MessageSource messages,
            CocreaSettings settings) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.surveys = surveys;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed() || surveys.count() > 0) {
            return;
        }
        var random = new Random(18);
        initiatives
                .addToolForDemo(SCHOOL, Phase.CO_ASSESSMENT, SurveyTool.ID)
                .ifPresent(i -> school(i.id(), i.initiativeId(), random));
        initiatives
                .addToolForDemo(ROUTES, Phase.CO_ASSESSMENT, SurveyTool.ID)
                .ifPresent(i -> routes(i.id(), i.initiativeId(), random));
        // Being prepared: the bike routes' co-design is assessed by its participants once it ends.
        initiatives.addToolForDemo(ROUTES, Phase.CO_DESIGN, SurveyTool.ID).ifPresent(i -> draft(i.id()));
        // Placed by the teacher, not yet written: the page offers to create it.
        initiatives.addToolForDemo(SCHOOL, Phase.CO_DESIGN, SurveyTool.ID);
    }

    private void draft(long instance) {
        var now = SurveyService.now();
        String title = "Com’è andata la co-progettazione dei percorsi?";
        surveys.create(instance, title, "", true, now);
        surveys.settings(instance, title, "", true, now.plusDays(20), atSix(now.plusDays(40)), false);
        surveys.insertTemplate(instance, Templates.of("coproduction", key -> messages.getMessage(key, null, IT)));
    }

    private void school(long instance, long initiative, Random random) {
        var now = SurveyService.now();
        surveys.create(instance, SCHOOL_SURVEY, """
                Un questionario breve e anonimo per le famiglie: come vanno il laboratorio sensoriale, l’aula calma \
                e l’agenda visiva? Le risposte aiutano a decidere che cosa tenere e che cosa cambiare.""", true, now);
        surveys.settings(
                instance,
                SCHOOL_SURVEY,
                "Un questionario breve e anonimo per le famiglie: come vanno il laboratorio sensoriale, l’aula calma"
                        + " e l’agenda visiva? Le risposte aiutano a decidere che cosa tenere e che cosa cambiare.",
                true,
                now.minus(Duration.ofDays(12)),
                atSix(now.plusDays(16)),
                false);
        surveys.insertTemplate(instance, Templates.of("satisfaction", key -> messages.getMessage(key, null, IT)));
        surveys.open(instance);
        surveys.announce(instance, now); // the demo's members are not mailed for the seed
        var items = surveys.items(instance);
        String[] wrong = {
            "Il laboratorio si sovrappone alla terapia del martedì.",
            "Nessuno ci ha avvisato del cambio d’aula.",
            "Troppa attesa per parlare con la referente."
        };
        String[] extra = {
            "Grazie per l’aula calma: mio figlio ora entra volentieri.",
            "Vorremmo un incontro con le famiglie a metà anno.",
            "L’agenda visiva la usiamo anche a casa.",
            "Più attività all’aperto, per favore.",
            "Serve più personale di sostegno il venerdì."
        };
        for (int r = 0; r < 40; r++) {
            var answers = new ArrayList<Answers.Answer>();
            int overall = weighted(random, new int[] {2, 3, 8, 15, 12});
            for (Item item : items) {
                switch (item.kind()) {
                    case SCALE5 -> answers.add(one(item, overall));
                    case NPS -> answers.add(one(item, Math.min(10, Math.max(0, overall * 2 + random.nextInt(3) - 1))));
                    case SINGLE ->
                        answers.add(one(item, 1 + random.nextInt(item.options().size())));
                    case MATRIX -> {
                        var parts = new ArrayList<Answers.Part>();
                        for (int row = 1; row <= item.rows().size(); row++) {
                            int level = Math.min(5, Math.max(1, overall + random.nextInt(3) - 1));
                            parts.add(new Answers.Part(row, BigDecimal.valueOf(level), null));
                        }
                        answers.add(new Answers.Answer(item.id(), parts));
                    }
                    case LONG -> {
                        if (item.showIf() != null && overall <= 2) {
                            answers.add(text(item, wrong[random.nextInt(wrong.length)]));
                        } else if (item.showIf() == null && random.nextInt(4) == 0) {
                            answers.add(text(item, extra[random.nextInt(extra.length)]));
                        }
                    }
                    default -> {}
                }
            }
            store(
                    instance,
                    answers,
                    now.minus(Duration.ofDays(random.nextInt(11))).toLocalDate());
        }
        initiatives.touch(initiative);
    }

    private void routes(long instance, long initiative, Random random) {
        var now = SurveyService.now();
        String intro = "Dove vi sentite sicuri in bicicletta, e dove no? Segnate sulla mappa il punto più"
                + " pericoloso del vostro tragitto: le risposte guidano i lavori del prossimo anno.";
        surveys.create(instance, ROUTES_SURVEY, intro, true, now);
        // Takes the voting codes the facilitators print on the same initiative's budget (ADR 0033).
        surveys.settings(
                instance, ROUTES_SURVEY, intro, true, now.minus(Duration.ofDays(8)), atSix(now.plusDays(22)), true);
        long often = surveys.insertItem(
                instance,
                question(
                        QuestionKind.SINGLE,
                        "Quanto spesso usate i percorsi ciclabili del quartiere?",
                        true,
                        List.of("Ogni giorno", "Qualche volta a settimana", "Raramente", "Mai"),
                        List.of()));
        surveys.insertItem(
                instance,
                question(QuestionKind.SCALE5, "Quanto vi sentite sicuri sui percorsi?", true, List.of(), List.of()));
        surveys.insertItem(
                instance,
                question(
                        QuestionKind.MATRIX,
                        "Quanto siete d’accordo con queste frasi?",
                        false,
                        likert(),
                        List.of(
                                "Il fondo stradale è in buono stato",
                                "Gli incroci sono ben segnalati",
                                "Di sera i percorsi sono illuminati")));
        long danger = surveys.insertItem(
                instance,
                new SurveyRepository.ItemDraft(
                        QuestionKind.POINT,
                        "Dove si trova il punto più pericoloso del vostro tragitto?",
                        "Toccate la mappa, oppure scrivete le coordinate.",
                        false,
                        List.of(),
                        List.of(),
                        false,
                        null,
                        null,
                        often,
                        Set.of(1, 2, 3)));
        surveys.insertItem(
                instance,
                new SurveyRepository.ItemDraft(
                        QuestionKind.SHORT,
                        "Che cosa rende pericoloso quel punto?",
                        "",
                        false,
                        List.of(),
                        List.of(),
                        false,
                        null,
                        null,
                        often,
                        Set.of(1, 2, 3)));
        surveys.insertItem(
                instance,
                question(
                        QuestionKind.RANKING,
                        "Che cosa fare per primo?",
                        false,
                        List.of("Più illuminazione", "Attraversamenti rialzati", "Rastrelliere", "Manutenzione"),
                        List.of()));
        surveys.open(instance);
        surveys.announce(instance, now);
        surveys.publishResults(instance, true);
        var items = surveys.items(instance);
        String[][] dangers = {
            {"45.46853, 9.18225", "L’incrocio con via Padova: le auto girano senza guardare."},
            {"45.47012, 9.18611", "Buche e nessuna luce sotto il ponte."},
            {"45.46701, 9.17934", "Il percorso finisce all’improvviso sulla strada."},
            {"45.46920, 9.18402", "Auto parcheggiate sulla pista davanti alla scuola."}
        };
        for (int r = 0; r < 12; r++) {
            var answers = new ArrayList<Answers.Answer>();
            int use = 1 + random.nextInt(4);
            int safe = Math.min(5, Math.max(1, 4 - use / 2 + random.nextInt(2) - random.nextInt(2)));
            for (Item item : items) {
                switch (item.kind()) {
                    case SINGLE -> answers.add(one(item, use));
                    case SCALE5 -> answers.add(one(item, safe));
                    case MATRIX -> {
                        var parts = new ArrayList<Answers.Part>();
                        for (int row = 1; row <= item.rows().size(); row++) {
                            parts.add(new Answers.Part(row, BigDecimal.valueOf(1 + random.nextInt(5)), null));
                        }
                        answers.add(new Answers.Answer(item.id(), parts));
                    }
                    case POINT, SHORT -> {
                        if (use <= 3) {
                            var d = dangers[r % dangers.length];
                            answers.add(text(item, item.id() == danger ? d[0] : d[1]));
                        }
                    }
                    case RANKING -> {
                        var ranks = new ArrayList<>(List.of(1, 2, 3, 4));
                        java.util.Collections.shuffle(ranks, random);
                        var parts = new ArrayList<Answers.Part>();
                        for (int o = 1; o <= 4; o++) {
                            parts.add(new Answers.Part(o, BigDecimal.valueOf(ranks.get(o - 1)), null));
                        }
                        answers.add(new Answers.Answer(item.id(), parts));
                    }
                    default -> {}
                }
            }
            store(
                    instance,
                    answers,
                    now.minus(Duration.ofDays(random.nextInt(8))).toLocalDate());
        }
        initiatives.touch(initiative);
    }

    private void store(long instance, List<Answers.Answer> answers, LocalDate on) {
        long response = surveys.response(instance, null, on);
        surveys.answers(instance, response, answers);
    }

    private List<String> likert() {
        var levels = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            levels.add(messages.getMessage("survey.likert." + i, null, IT));
        }
        return levels;
    }

    private static SurveyRepository.ItemDraft question(
            QuestionKind kind, String text, boolean required, List<String> options, List<String> rows) {
        return new SurveyRepository.ItemDraft(
                kind, text, "", required, options, rows, false, null, null, null, Set.of());
    }

    private static Answers.Answer one(Item item, int value) {
        return new Answers.Answer(item.id(), List.of(new Answers.Part(0, BigDecimal.valueOf(value), null)));
    }

    private static Answers.Answer text(Item item, String text) {
        return new Answers.Answer(item.id(), List.of(new Answers.Part(0, null, text)));
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            pick -= weights[k];
            if (pick < 0) {
                return k + 1;
            }
        }
        return weights.length;
    }

    private java.time.OffsetDateTime atSix(java.time.OffsetDateTime day) {
        return day.atZoneSameInstant(settings.timeZone())
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toOffsetDateTime();
    }
}
