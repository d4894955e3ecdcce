package org.cocrea.initiatives.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Department;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.timeline.TimelineRepository;
import org.cocrea.initiatives.timeline.TimelineRules;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo accounts: the three stories of the lecture (domain.md), each one initiative running through the
 * four phases of the service cycle (the individual health plan, the inclusive school, the bicycle routes), and two
 * shorter ones: a garden the residents proposed (citizens as initiators) and a park cared for by volunteers, in its
 * second cycle. Every phase on a timeline holds an updates tool; the other modules' seeds find their initiative by
 * title through it and put their own tools in the right phase. Together they fill all twelve cells of the typology.
 */
@Component
public class InitiativesDemoData implements DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(InitiativesDemoData.class);
    static final String ORGANISATION = "Comune di Esempio";
    public static final String PLAN = "Piano personale di salute";
    public static final String SCHOOL = "Scuola inclusiva";
    public static final String BIKES = "Percorsi ciclabili del quartiere";
    public static final String GARDENS = "Orti condivisi in via Mazzini";
    public static final String PARK = "Cura del parco Nord con i volontari";

    /** A phase of a demo timeline, its dates in days from the day the demo is created. */
    record Span(int cycle, Phase phase, int from, int to) {}

    /** A demo initiative: who runs it, who takes part, and its timeline. */
    record Story(
            String title,
            String summary,
            String description,
            Level level,
            String department,
            ServiceDomain domain,
            String owner,
            Map<String, MemberRole> people,
            EnumSet<CitizenRole> roles,
            EnumSet<Objective> objectives,
            List<Span> timeline) {}

    static final List<Story> STORIES = List.of(
            new Story(
                    PLAN,
                    "Luca e la sua assistente sociale individuano i bisogni di salute, scrivono insieme il piano,"
                            + " lo mettono in pratica e ne valutano i progressi.",
                    """
                    Un piano personale (progetto individuale, L. 328/2000 art. 14) in quattro fasi:
                    1. **bisogni e priorità**: Luca e l'assistente sociale descrivono i bisogni e li ordinano;
                    2. **il piano**: lo scrivono e lo firmano entrambi;
                    3. **azioni e diario**: dieta, movimento, niente fumo, con il sostegno del servizio;
                    4. **valutazione**: la scala dei progressi e l'incontro di verifica.""",
                    Level.INDIVIDUAL,
                    "Servizi sociali",
                    ServiceDomain.HEALTH,
                    "social.worker@example.org",
                    Map.of("citizen@example.org", MemberRole.CITIZEN, "parent@example.org", MemberRole.PROXY),
                    EnumSet.of(CitizenRole.CO_DESIGNER, CitizenRole.CO_IMPLEMENTER),
                    EnumSet.of(Objective.EFFECTIVENESS, Objective.CUSTOMER_SATISFACTION),
                    List.of(
                            new Span(1, Phase.CO_COMMISSIONING, -150, -91),
                            new Span(1, Phase.CO_DESIGN, -90, -31),
                            new Span(1, Phase.CO_DELIVERY, -30, 59),
                            new Span(1, Phase.CO_ASSESSMENT, 60, 89))),
            new Story(
                    SCHOOL,
                    "Insegnanti e genitori di bambini con bisogni speciali migliorano insieme le attività della"
                            + " scuola primaria Gianni Rodari.",
                    """
                    Genitori e insegnanti individuano sfide e opportunità, progettano le attività a partire
                    dall'esperienza dei genitori e dalle buone pratiche, le realizzano in classe e fuori e
                    valutano insieme l'offerta dei servizi.""",
                    Level.GROUP,
                    "Scuola primaria Gianni Rodari",
                    ServiceDomain.EDUCATION,
                    "teacher@example.org",
                    Map.of("parent@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.CO_DESIGNER),
                    EnumSet.of(Objective.EFFECTIVENESS),
                    List.of(
                            new Span(1, Phase.CO_COMMISSIONING, -120, -61),
                            new Span(1, Phase.CO_DESIGN, -60, 29),
                            new Span(1, Phase.CO_DELIVERY, 30, 149),
                            new Span(1, Phase.CO_ASSESSMENT, 150, 179))),
            new Story(
                    BIKES,
                    "Il servizio parchi e i residenti scelgono, disegnano, costruiscono e valutano i percorsi"
                            + " ciclabili del quartiere.",
                    """
                    Prima le **idee** dei residenti e il **bilancio partecipativo** (200.000 euro), poi il
                    disegno dei percorsi, la costruzione e la cura con i volontari, infine la valutazione della
                    sicurezza e della qualità dei percorsi.""",
                    Level.COLLECTIVE,
                    "Parchi e verde pubblico",
                    ServiceDomain.ENVIRONMENT_AND_PARKS,
                    "parks.officer@example.org",
                    Map.of("citizen@example.org", MemberRole.MEMBER, "volunteer@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.CO_DESIGNER, CitizenRole.CO_IMPLEMENTER),
                    EnumSet.of(Objective.EFFECTIVENESS, Objective.EFFICIENCY),
                    List.of(
                            new Span(1, Phase.CO_COMMISSIONING, -45, 14),
                            new Span(1, Phase.CO_DESIGN, 15, 74),
                            new Span(1, Phase.CO_DELIVERY, 75, 254),
                            new Span(1, Phase.CO_ASSESSMENT, 255, 314))),
            new Story(
                    GARDENS,
                    "Un gruppo di residenti ha proposto di trasformare l'area incolta di via Mazzini in orti"
                            + " condivisi; il Comune li accompagna.",
                    """
                    L'iniziativa è nata da una **proposta dei cittadini**: il servizio parchi ha accolto l'idea e
                    ora la progetta con chi l'ha proposta.""",
                    Level.COLLECTIVE,
                    "Parchi e verde pubblico",
                    ServiceDomain.ENVIRONMENT_AND_PARKS,
                    "parks.officer@example.org",
                    Map.of("volunteer@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.INITIATOR, CitizenRole.CO_DESIGNER),
                    EnumSet.of(Objective.CUSTOMER_SATISFACTION),
                    List.of(new Span(1, Phase.CO_COMMISSIONING, -50, -11), new Span(1, Phase.CO_DESIGN, -10, 49))),
            new Story(
                    PARK,
                    "Volontari e servizio parchi curano insieme il parco Nord: dopo il primo anno, si ricomincia"
                            + " dalle priorità.",
                    """
                    Il primo ciclo (priorità, progetto, cura, valutazione) si è chiuso con la valutazione: il
                    **secondo ciclo** riparte dalle priorità, con quello che si è imparato.""",
                    Level.COLLECTIVE,
                    "Parchi e verde pubblico",
                    ServiceDomain.ENVIRONMENT_AND_PARKS,
                    "parks.officer@example.org",
                    Map.of("volunteer@example.org", MemberRole.MEMBER, "citizen@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.CO_IMPLEMENTER),
                    EnumSet.of(Objective.EFFICIENCY),
                    List.of(
                            new Span(1, Phase.CO_COMMISSIONING, -400, -341),
                            new Span(1, Phase.CO_DESIGN, -340, -281),
                            new Span(1, Phase.CO_DELIVERY, -280, -101),
                            new Span(1, Phase.CO_ASSESSMENT, -100, -41),
                            new Span(2, Phase.CO_COMMISSIONING, -40, 19))));

    private final DemoMode demo;
    private final Accounts accounts;
    private final InitiativeRepository initiatives;
    private final TimelineRepository timeline;
    private final MembershipRepository members;
    private final ToolInstanceRepository tools;

    InitiativesDemoData(
            DemoMode demo,
            Accounts accounts,
            InitiativeRepository initiatives,
            TimelineRepository timeline,
            MembershipRepository members,
            ToolInstanceRepository tools) {
        this.demo = demo;
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.timeline = timeline;
        this.members = members;
        this.tools = tools;
    }

    @Override
    @Transactional
    public void seed() {
        var organisation = accounts.organisationByName(ORGANISATION).orElse(null);
        if (!demo.claimed() || organisation == null || initiatives.count() > 0) {
            return;
        }
        LocalDate today = InitiativeService.today();
        for (Story story : STORIES) {
            Long department = accounts.departments(organisation.id()).stream()
                    .filter(d -> d.name().equals(story.department()))
                    .map(Department::id)
                    .findFirst()
                    .orElse(null);
            var details = new InitiativeRepository.Details(
                    story.title(),
                    story.summary(),
                    story.description() + "\n\n*Iniziativa dimostrativa / demo initiative.*",
                    organisation.id(),
                    department,
                    story.domain(),
                    story.level(),
                    story.roles(),
                    story.objectives(),
                    null,
                    null);
            long owner = person(story.owner());
            long id = initiatives.insert(details, Status.OPEN, owner);
            members.put(id, owner, MemberRole.OWNER);
            story.people().forEach((email, role) -> members.put(id, person(email), role));
            var laid = new ArrayList<TimelinePhase>();
            Phase active = null;
            for (Span span : story.timeline()) {
                var phase = new TimelinePhase(
                        span.cycle(), span.phase(), today.plusDays(span.from()), today.plusDays(span.to()));
                TimelineRules.check(laid, phase); // the demo keeps the rules every facilitator keeps
                timeline.add(id, phase);
                laid.add(phase);
                if (!phase.start().isAfter(today)) {
                    active = phase.phase();
                }
                // One updates tool per phase (a tool sits once in a phase, whatever the cycle).
                if (tools.of(id).stream().noneMatch(t -> t.phase() == span.phase())) {
                    tools.add(id, span.phase(), "updates");
                }
            }
            initiatives.setAnnounced(id, active);
        }
        log.info("Demo data created: {} initiatives, the twelve cells of the typology", STORIES.size());
    }

    private long person(String email) {
        return accounts.personByEmail(email).map(Person::id).orElseThrow();
    }
}
