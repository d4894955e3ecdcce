package org.cocrea.drafts;

import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's co-design (issue 15): the teacher's draft "Piano delle attività inclusive" in three sections,
 * published, with three amendments by the parent: one accepted (so there are two versions), one rejected with a
 * reason, one open and supported; and a second document, "Festa di fine anno per tutti", still being written
 * by the teacher with the parent as co-author. Made through the service, as people would, so the demo obeys every rule.
 */
@Component
class DraftsDemoData implements DemoSeed {
    static final String INITIATIVE = "Scuola inclusiva";
    static final String TEACHER = "teacher@example.org";
    static final String PARENT = "parent@example.org";
    static final String TITLE = "Piano delle attività inclusive";

    // The demo is an Italian municipality's: its content is Italian, as the school would write it.
    static final String TEXT = """
            ## Obiettivi

            Il piano raccoglie le attività che insegnanti e genitori progettano insieme per rendere la scuola \
            primaria Gianni Rodari più accogliente per ogni bambino.

            Ogni attività parte dall’esperienza delle famiglie e dalle buone pratiche già sperimentate in altre scuole.

            ## Attività in classe

            Ogni classe avrà un angolo calmo con cuscini e cuffie antirumore, usato liberamente nei momenti di \
            sovraccarico sensoriale.

            L’agenda visiva della giornata sarà appesa alla porta e aggiornata ogni mattina.

            Una volta al mese un genitore racconterà alla classe un’abilità o una passione della propria famiglia.

            ## Uscite e comunicazione

            Le uscite saranno preparate con una storia sociale inviata alle famiglie una settimana prima.

            Il diario scuola-famiglia resterà cartaceo.
            """;

    static final String PARTY = "Festa di fine anno per tutti";
    static final String PARTY_TEXT = """
            ## Idee

            Una festa in cortile con giochi pensati perché ogni bambino possa partecipare.

            Uno spazio tranquillo vicino all’ingresso per chi ha bisogno di una pausa.
            """;

    private final Accounts accounts;
    private final Initiatives initiatives;
    private final DraftService service;
    private final DraftRepository drafts;

    DraftsDemoData(Accounts accounts, Initiatives initiatives, DraftService service, DraftRepository drafts) {
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.service = service;
        this.drafts = drafts;
    }

    @Override
    @Transactional
    public void seed() {
        var teacher = accounts.personByEmail(TEACHER).orElse(null);
        var parent = accounts.personByEmail(PARENT).orElse(null);
        if (teacher == null || parent == null) {
            return;
        }
        var initiative = initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == Phase.CO_DESIGN)
                .filter(i -> initiatives
                        .visible(i.initiativeId(), teacher.asSignedIn())
                        .filter(x -> x.title().equals(INITIATIVE))
                        .isPresent())
                .map(i -> i.initiativeId())
                .findFirst();
        if (initiative.isEmpty()
                || initiatives.toolInstancesOf(initiative.get()).stream()
                        .anyMatch(i -> i.toolId().equals(DraftsTool.ID))) {
            return;
        }
        var instance = initiatives.addToolForDemo(initiative.get(), Phase.CO_DESIGN, DraftsTool.ID);
        ToolAccess asTeacher = access(teacher, instance.id());
        ToolAccess asParent = access(parent, instance.id());
        long id = service.start(asTeacher, new DraftForm(TITLE, TEXT, ""));
        service.addCoauthor(asTeacher, document(instance.id(), id), String.valueOf(parent.id()));
        service.publish(asTeacher, document(instance.id(), id));
        var items = drafts.items(id, 1);
        long accepted = service.propose(
                asParent,
                document(instance.id(), id),
                items.get(2).paragraphId(),
                new AmendmentForm(
                        Amendment.REPLACE,
                        "Ogni classe avrà un angolo calmo con cuscini, cuffie antirumore e luci soffuse, usato"
                                + " liberamente da chi ne ha bisogno, senza chiedere il permesso.",
                        "I bambini che ne hanno più bisogno spesso non riescono a chiedere: l’accesso deve essere"
                                + " libero.",
                        String.valueOf(items.get(2).textId())));
        long rejected = service.propose(
                asParent,
                document(instance.id(), id),
                items.get(5).paragraphId(),
                new AmendmentForm(
                        Amendment.DELETE,
                        null,
                        "Le storie sociali richiedono troppo lavoro agli insegnanti.",
                        String.valueOf(items.get(5).textId())));
        service.support(asParent, document(instance.id(), id), accepted, true);
        service.decide(
                asTeacher,
                document(instance.id(), id),
                accepted,
                new DecisionForm("accept", "Proposta condivisa da tutto il gruppo di lavoro."));
        service.decide(
                asTeacher,
                document(instance.id(), id),
                rejected,
                new DecisionForm(
                        "reject",
                        "Le storie sociali aiutano molto alcuni bambini; le prepara l’insegnante di sostegno."));
        long open = service.propose(
                asParent,
                document(instance.id(), id),
                items.get(6).paragraphId(),
                new AmendmentForm(
                        Amendment.REPLACE,
                        "Il diario scuola-famiglia sarà anche digitale, con un messaggio breve a fine giornata sulle"
                                + " cose andate bene e su quelle difficili.",
                        "Molti genitori lavorano fino a tardi e leggono il diario solo la sera.",
                        String.valueOf(items.get(6).textId())));
        service.support(asParent, document(instance.id(), id), open, true);
        // A second document still being written by the teacher with the parent, before it is published.
        long party = service.start(asTeacher, new DraftForm(PARTY, PARTY_TEXT, ""));
        service.addCoauthor(asTeacher, document(instance.id(), party), String.valueOf(parent.id()));
    }

    private ToolAccess access(Person person, long instance) {
        return initiatives.toolAccess(person.asSignedIn(), instance).orElseThrow();
    }

    private Document document(long instance, long id) {
        return drafts.document(instance, id).orElseThrow();
    }
}
