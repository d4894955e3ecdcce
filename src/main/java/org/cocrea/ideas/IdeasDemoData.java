package org.cocrea.ideas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives and before the demo budget (budget depends on ideas), which imports the accepted
 * proposals as its projects: residents' proposals for the bicycle routes, and parents' proposals at school.
 */
@Component
class IdeasDemoData implements DemoSeed {
    static final String BIKES = "Percorsi ciclabili del quartiere";
    static final String SCHOOL = "Scuola inclusiva";
    static final String OFFICER = "parks.officer@example.org";
    static final String TEACHER = "teacher@example.org";
    static final String CITIZEN = "citizen@example.org";
    static final String VOLUNTEER = "volunteer@example.org";
    static final String PARENT = "parent@example.org";

    /** A demo proposal: who made it, the answer it got (null: none yet), who supports it. */
    record Item(
            String author,
            String title,
            String body,
            String category,
            Long euros,
            String lat,
            String lon,
            IdeaStatus status,
            String answer,
            List<String> supporters) {}

    /** The six accepted ones are, in this order, the projects of the demo budget. */
    static final List<Item> BIKE_IDEAS = List.of(
            new Item(
                    CITIZEN,
                    "Pista ciclabile protetta in via Roma",
                    "1,2 km di corsia separata dal traffico tra la stazione e le scuole.\n\n"
                            + "Ogni mattina centinaia di ragazzi vanno a scuola in bici **tra le auto**: una corsia"
                            + " protetta da cordoli li metterebbe al sicuro.",
                    "mobilità",
                    120_000L,
                    "44.4949",
                    "11.3426",
                    IdeaStatus.ACCEPTED,
                    "Accolta: il tracciato è compatibile con il piano della mobilità. Sarà tra i progetti del bilancio.",
                    List.of(CITIZEN, VOLUNTEER)),
            new Item(
                    VOLUNTEER,
                    "Rastrelliere in dieci piazze",
                    "Dieci rastrelliere coperte da 12 posti vicino a negozi e fermate.",
                    "mobilità",
                    18_000L,
                    null,
                    null,
                    IdeaStatus.ACCEPTED,
                    "Accolta: costo contenuto e richiesta da molti commercianti.",
                    List.of(VOLUNTEER)),
            new Item(
                    CITIZEN,
                    "Illuminazione del percorso lungo il fiume",
                    "Lampioni a LED a basso consumo sui 2 km del percorso lungofiume.\n\n"
                            + "Oggi d’inverno dopo le 17 il percorso è al buio.",
                    "sicurezza",
                    65_000L,
                    "44.5012",
                    "11.3301",
                    IdeaStatus.ACCEPTED,
                    "Accolta: l’ufficio tecnico conferma la stima dei costi.",
                    List.of(CITIZEN)),
            new Item(
                    VOLUNTEER,
                    "Zona 30 intorno alle scuole",
                    "Segnaletica, dossi e attraversamenti rialzati davanti a tre scuole.",
                    "sicurezza",
                    45_000L,
                    null,
                    null,
                    IdeaStatus.ACCEPTED,
                    "Accolta, in accordo con la polizia locale.",
                    List.of(VOLUNTEER)),
            new Item(
                    VOLUNTEER,
                    "Ciclofficina di quartiere",
                    "Un locale attrezzato dove volontari insegnano a riparare la bici.",
                    "comunità",
                    25_000L,
                    null,
                    null,
                    IdeaStatus.ACCEPTED,
                    "Accolta: il Comune mette a disposizione un locale in via Mazzini.",
                    List.of()),
            new Item(
                    CITIZEN,
                    "Area verde con fontanella al parco Nord",
                    "Panchine, alberi e una fontanella per chi pedala e chi passeggia.",
                    "verde",
                    35_000L,
                    "44.5120",
                    "11.3385",
                    IdeaStatus.ACCEPTED,
                    "Accolta.",
                    List.of()),
            new Item(
                    CITIZEN,
                    "Parcheggio multipiano al posto del giardino di via Verdi",
                    "Più posti auto per chi arriva da fuori quartiere.",
                    "mobilità",
                    900_000L,
                    null,
                    null,
                    IdeaStatus.REJECTED,
                    "Respinta: il giardino è un’area verde vincolata e il costo supera l’intero bilancio.",
                    List.of()),
            new Item(
                    VOLUNTEER,
                    "Bici a pedalata assistita in condivisione",
                    "Venti bici elettriche in tre stazioni: stazione, ospedale, parco Nord.",
                    "mobilità",
                    80_000L,
                    null,
                    null,
                    IdeaStatus.EVALUATING,
                    "In valutazione: stiamo chiedendo i costi di gestione a due operatori.",
                    List.of()),
            new Item(
                    CITIZEN,
                    "Corso di guida sicura in bici per le scuole medie",
                    "Un pomeriggio al mese con la polizia locale e i volontari della ciclofficina.",
                    "comunità",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(CITIZEN)));

    static final List<Item> SCHOOL_IDEAS = List.of(
            new Item(
                    PARENT,
                    "Uno spazio calmo in ogni piano",
                    "Un angolo con luci soffuse e cuffie dove i bambini possono ritirarsi quando la classe è troppo"
                            + " rumorosa.",
                    null,
                    3_000L,
                    null,
                    null,
                    IdeaStatus.EVALUATING,
                    "Ne parliamo al prossimo consiglio di istituto.",
                    List.of(PARENT)),
            new Item(
                    PARENT,
                    "Agenda visiva della giornata",
                    "Cartelloni con le immagini delle attività del giorno, per sapere sempre cosa viene dopo.",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of()));

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final IdeaRepository ideas;
    private final TalkRepository talk;
    private final Supports supports;
    private final org.cocrea.comments.Comments comments;

    IdeasDemoData(
            Initiatives initiatives,
            Accounts accounts,
            IdeaRepository ideas,
            TalkRepository talk,
            Supports supports,
            org.cocrea.comments.Comments comments) {
        this.comments = comments;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.ideas = ideas;
        this.talk = talk;
        this.supports = supports;
    }

    @Override
    @Transactional
    public void seed() {
        instance(BIKES, OFFICER, Phase.CO_COMMISSIONING).ifPresent(i -> {
            ideas.saveSettings(i.id(), new IdeaSettings("mobilità\nsicurezza\ncomunità\nverde", 3, 5, 3));
            var first = add(i, BIKE_IDEAS);
            if (first != null) {
                var thread = new org.cocrea.comments.CommentTarget(i.initiativeId(), i.id(), Pages.COMMENTS, first);
                comments.addForDemo(thread, null, id(VOLUNTEER), "Ottima idea: io passo di lì ogni giorno.");
                long question = comments.addForDemo(
                        thread, null, id(CITIZEN), "Serve anche un attraversamento davanti al liceo?");
                comments.addForDemo(thread, question, id(OFFICER), "Sì, è compreso nel progetto.");
            }
        });
        // The parents' ideas shape the school's activities: they belong to its co-design.
        instance(SCHOOL, TEACHER, Phase.CO_DESIGN).ifPresent(i -> add(i, SCHOOL_IDEAS));
    }

    /** The proposals instance of a demo initiative, created once; empty when its proposals already exist. */
    private Optional<ToolInstance> instance(String title, String facilitator, Phase phase) {
        var person = person(facilitator);
        var initiative = initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == phase)
                .flatMap(i -> initiatives.visible(i.initiativeId(), person).stream())
                .filter(i -> i.title().equals(title))
                .map(Initiative::id)
                .findFirst();
        if (initiative.isEmpty()) {
            return Optional.empty();
        }
        var existing = initiatives.toolInstances(IdeasTool.ID).stream()
                .filter(i -> i.initiativeId() == initiative.get())
                .findFirst();
        if (existing.isPresent()) {
            return ideas.countIn(existing.get().id()) == 0 ? existing : Optional.empty();
        }
        return Optional.of(initiatives.addToolForDemo(initiative.get(), phase, IdeasTool.ID));
    }

    /** Adds the proposals in order, with their supports and answers; returns the first one's id. */
    private Long add(ToolInstance instance, List<Item> items) {
        Long first = null;
        for (Item item : items) {
            var draft = new IdeaRepository.Draft(
                    item.title(),
                    item.body(),
                    item.category(),
                    item.lat() == null ? null : new BigDecimal(item.lat()),
                    item.lon() == null ? null : new BigDecimal(item.lon()),
                    item.euros() == null ? null : item.euros() * 100);
            long idea = ideas.insert(instance.id(), id(item.author()), draft);
            talk.follow(idea, id(item.author()));
            for (String supporter : item.supporters()) {
                supports.support(
                        instance.id(),
                        idea,
                        id(supporter),
                        ideas.settings(instance.id()).supportsPerPerson());
            }
            if (item.status() != null) {
                ideas.answer(idea, item.status(), item.answer());
            }
            first = first == null ? idea : first;
        }
        return first;
    }

    private long id(String email) {
        return accounts.personByEmail(email).map(Person::id).orElseThrow();
    }

    /** The facilitator, as the initiatives API sees a signed-in person, to find initiatives only members see. */
    private SignedInPerson person(String email) {
        return accounts.personByEmail(email).orElseThrow().asSignedIn();
    }
}
