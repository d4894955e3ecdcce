package org.cocrea.initiatives.core;

import java.time.LocalDate;
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
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo accounts: one initiative for each of the twelve cells of the typology, for the
 * demo organisation, with members drawn from the demo accounts and an updates tool in the cell's phase.
 */
@Component
public class InitiativesDemoData implements DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(InitiativesDemoData.class);
    static final String ORGANISATION = "Comune di Esempio";

    /** One row of the typology: who runs it, who takes part, and a title per phase. */
    record Row(
            Level level,
            String department,
            ServiceDomain domain,
            String owner,
            Map<String, MemberRole> people,
            EnumSet<CitizenRole> roles,
            EnumSet<Objective> objectives,
            List<String> titles,
            List<String> summaries) {}

    static final List<Row> ROWS = List.of(
            new Row(
                    Level.INDIVIDUAL,
                    "Servizi sociali",
                    ServiceDomain.HEALTH,
                    "social.worker@example.org",
                    Map.of("citizen@example.org", MemberRole.CITIZEN, "parent@example.org", MemberRole.PROXY),
                    EnumSet.of(CitizenRole.CO_DESIGNER, CitizenRole.CO_IMPLEMENTER),
                    EnumSet.of(Objective.EFFECTIVENESS, Objective.CUSTOMER_SATISFACTION),
                    List.of(
                            "Piano personale di salute: bisogni e priorità",
                            "Piano personale di salute: il piano",
                            "Piano personale di salute: dieta, movimento, niente fumo",
                            "Piano personale di salute: valutazione dei progressi"),
                    List.of(
                            "Medico e paziente individuano e ordinano i bisogni di salute.",
                            "Insieme scrivono un piano per rispondere ai bisogni.",
                            "Il paziente mette in pratica le azioni concordate, con il sostegno del servizio.",
                            "Valutano insieme il piano e il grado di miglioramento.")),
            new Row(
                    Level.GROUP,
                    "Scuola primaria Gianni Rodari",
                    ServiceDomain.EDUCATION,
                    "teacher@example.org",
                    Map.of("parent@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.CO_DESIGNER),
                    EnumSet.of(Objective.EFFECTIVENESS),
                    List.of(
                            "Scuola inclusiva: sfide e opportunità",
                            "Scuola inclusiva: progettare le attività",
                            "Scuola inclusiva: attività in classe e fuori",
                            "Scuola inclusiva: valutare i servizi"),
                    List.of(
                            "Insegnanti e genitori di bambini con bisogni speciali individuano sfide e opportunità.",
                            "Progettano attività educative dall'esperienza dei genitori e dalle buone pratiche.",
                            "Realizzano attività in classe ed extra-scolastiche.",
                            "Valutano insieme l'offerta dei servizi.")),
            new Row(
                    Level.COLLECTIVE,
                    "Parchi e verde pubblico",
                    ServiceDomain.ENVIRONMENT_AND_PARKS,
                    "parks.officer@example.org",
                    Map.of("citizen@example.org", MemberRole.MEMBER, "volunteer@example.org", MemberRole.MEMBER),
                    EnumSet.of(CitizenRole.CO_DESIGNER, CitizenRole.CO_IMPLEMENTER),
                    EnumSet.of(Objective.EFFECTIVENESS, Objective.EFFICIENCY),
                    List.of(
                            "Percorsi ciclabili del quartiere: le priorità",
                            "Percorsi ciclabili del quartiere: disegnare i percorsi",
                            "Percorsi ciclabili del quartiere: costruire e curare",
                            "Percorsi ciclabili del quartiere: sicurezza e qualità"),
                    List.of(
                            "Il servizio parchi convoca i cittadini per individuare le opportunità ricreative.",
                            "Con i cittadini disegna i percorsi ciclabili.",
                            "Con i cittadini costruisce e cura i percorsi.",
                            "Con i cittadini valuta la sicurezza e la qualità dei percorsi.")));

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
        for (Row row : ROWS) {
            Long department = accounts.departments(organisation.id()).stream()
                    .filter(d -> d.name().equals(row.department()))
                    .map(Department::id)
                    .findFirst()
                    .orElse(null);
            for (Phase phase : Phase.values()) {
                var details = new InitiativeRepository.Details(
                        row.titles().get(phase.ordinal()),
                        row.summaries().get(phase.ordinal()),
                        row.summaries().get(phase.ordinal()) + "\n\n*Iniziativa dimostrativa / demo initiative.*",
                        organisation.id(),
                        department,
                        row.domain(),
                        row.level(),
                        row.roles(),
                        row.objectives(),
                        null,
                        null);
                long owner = person(row.owner());
                long id = initiatives.insert(details, Status.OPEN, owner);
                members.put(id, owner, MemberRole.OWNER);
                row.people().forEach((email, role) -> members.put(id, person(email), role));
                timeline.add(id, new TimelinePhase(1, phase, today.minusDays(30), today.plusDays(60)));
                initiatives.setAnnounced(id, phase);
                tools.add(id, phase, "updates");
            }
        }
        log.info("Demo data created: 12 initiatives, one per cell of the typology");
    }

    private long person(String email) {
        return accounts.personByEmail(email).map(Person::id).orElseThrow();
    }
}
