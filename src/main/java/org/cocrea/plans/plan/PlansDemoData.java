package org.cocrea.plans.plan;

import java.time.LocalDate;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.plans.PlanContent;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives: the demo health plan gets a first version signed by the citizen and
 * the social worker, and two GAS goals with written levels, a baseline and two dated follow-ups. Only the demo
 * initiative is touched, and only while its plan is empty, so a real plan never receives demo content.
 */
@Component
public class PlansDemoData implements DemoSeed {
    public static final String INITIATIVE = "Piano personale di salute";
    public static final String CASE_MANAGER = "social.worker@example.org";
    public static final String CITIZEN = "citizen@example.org";

    static final PlanContent FIRST = new PlanContent(
            "Camminare 30 minuti al giorno.\nSmettere di fumare entro sei mesi.\nSeguire una dieta equilibrata.",
            "Fisioterapia: 1 volta a settimana, 45 minuti, 6 mesi, a carico del servizio sanitario.\n"
                    + "Gruppo per smettere di fumare: 8 incontri, gratuito.",
            "Fisioterapia: ASL. Gruppo fumo: centro antifumo. Spesa e cucina: la figlia. Camminate: la persona"
                    + " con il gruppo di cammino del quartiere (volontari).",
            "Assistente sociale del Comune di Esempio.",
            "La figlia aiuta con la spesa; il gruppo di cammino del quartiere.",
            "Nessuna misura economica prevista.",
            "Minuti di cammino a settimana; sigarette al giorno; peso mensile.",
            LocalDate.now().plusMonths(6));

    /** What −2..+2 would look like for each demo goal, agreed before the baseline. */
    static final java.util.List<String> WALKING_LEVELS = java.util.List.of(
            "Non esce a camminare",
            "Cammina meno di 10 minuti al giorno",
            "Cammina 30 minuti al giorno almeno 4 giorni a settimana",
            "Cammina 30 minuti ogni giorno",
            "Cammina 30 minuti ogni giorno e partecipa al gruppo di cammino");

    static final java.util.List<String> SMOKING_LEVELS = java.util.List.of(
            "Fuma più di 20 sigarette al giorno",
            "Fuma tra 10 e 20 sigarette al giorno",
            "Fuma meno di 10 sigarette al giorno",
            "Fuma solo occasionalmente",
            "Non fuma da almeno un mese");

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PlanRepository plans;
    private final GoalRepository goals;

    PlansDemoData(
            DemoMode demo, Initiatives initiatives, Accounts accounts, PlanRepository plans, GoalRepository goals) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.plans = plans;
        this.goals = goals;
    }

    @Override
    @Transactional
    public void seed() {
        var worker = accounts.personByEmail(CASE_MANAGER).orElse(null);
        var citizen = accounts.personByEmail(CITIZEN).orElse(null);
        if (!demo.claimed() || worker == null || citizen == null) {
            return;
        }
        if (initiatives.toolInstances(PlanTool.ID).isEmpty()) {
            addPlanTool(worker);
        }
        for (var instance : initiatives.toolInstances(PlanTool.ID)) {
            boolean demoPlan = initiatives
                    .visible(instance.initiativeId(), as(worker))
                    .filter(i -> i.title().equals(INITIATIVE))
                    .isPresent();
            if (demoPlan && plans.latestNumber(instance.id()) == 0) {
                seed(instance.id(), worker.id(), citizen.id());
            }
        }
    }

    /** The updates tool the demo placed in the plan's co-design phase leads to the demo initiative. */
    private void addPlanTool(org.cocrea.accounts.Person worker) {
        initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == Phase.CO_DESIGN)
                .filter(i -> initiatives
                        .visible(i.initiativeId(), as(worker))
                        .filter(initiative -> initiative.title().equals(INITIATIVE))
                        .isPresent())
                .findFirst()
                .ifPresent(i -> initiatives.addToolForDemo(i.initiativeId(), Phase.CO_DESIGN, PlanTool.ID));
    }

    private void seed(long instance, long worker, long citizen) {
        int version = plans.addVersion(instance, worker, FIRST);
        plans.sign(instance, version, citizen, MemberRole.CITIZEN, FIRST.sha256());
        plans.sign(instance, version, worker, MemberRole.OWNER, FIRST.sha256());
        goals.add(instance, "Camminare 30 minuti al giorno", WALKING_LEVELS, 2, 1, worker);
        goals.add(instance, "Smettere di fumare", SMOKING_LEVELS, 3, 2, worker);
        // A baseline about four months ago and two follow-ups, by either side: the T-score table shows
        // three dates, and the latest levels are +1 (walking) and 0 (smoking).
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        var walking = goals.of(instance).get(0).id();
        var smoking = goals.of(instance).get(1).id();
        goals.score(instance, walking, -1, today.minusMonths(4), worker);
        goals.score(instance, smoking, -2, today.minusMonths(4), worker);
        goals.score(instance, walking, 0, today.minusMonths(2), citizen);
        goals.score(instance, smoking, -1, today.minusMonths(2), citizen);
        goals.score(instance, walking, 1, today.minusWeeks(1), worker);
        goals.score(instance, smoking, 0, today.minusWeeks(1), citizen);
    }

    /**
     * Visibility is decided by the initiatives module, so the demo seeds of the plan tools ask as the case manager.
     */
    public static SignedInPerson as(Person person) {
        return person.asSignedIn();
    }
}
