package org.cocrea.budget;

import java.util.List;
import org.cocrea.ballots.BallotDemo;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.platform.DemoSeed;
import org.cocrea.voting.Rule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives (order 20): the parks department's participatory budget in the collective
 * co-commissioning initiative, open for knapsack ballots counted with the Method of Equal Shares. Its projects
 * are the residents' accepted proposals (demo proposals come at order 25); the list below is the fallback when
 * the initiative has none.
 */
@Component
class BudgetDemoData implements DemoSeed {
    static final String INITIATIVE = "Percorsi ciclabili del quartiere";

    record Item(String title, String description, long euros, String category) {}

    static final List<Item> PROJECTS = List.of(
            new Item(
                    "Pista ciclabile protetta in via Roma",
                    "1,2 km di corsia separata dal traffico tra la stazione e le scuole.",
                    120_000,
                    "mobilità"),
            new Item(
                    "Rastrelliere in dieci piazze",
                    "Dieci rastrelliere coperte da 12 posti vicino a negozi e fermate.",
                    18_000,
                    "mobilità"),
            new Item(
                    "Illuminazione del percorso lungo il fiume",
                    "Lampioni a LED a basso consumo sui 2 km del percorso lungofiume.",
                    65_000,
                    "sicurezza"),
            new Item(
                    "Zona 30 intorno alle scuole",
                    "Segnaletica, dossi e attraversamenti rialzati davanti a tre scuole.",
                    45_000,
                    "sicurezza"),
            new Item(
                    "Ciclofficina di quartiere",
                    "Un locale attrezzato dove volontari insegnano a riparare la bici.",
                    25_000,
                    "comunità"),
            new Item(
                    "Area verde con fontanella al parco Nord",
                    "Panchine, alberi e una fontanella per chi pedala e chi passeggia.",
                    35_000,
                    "verde"));

    private final BallotDemo demo;
    private final BudgetRepository budgets;
    private final IdeaImport ideaImport;

    BudgetDemoData(BallotDemo demo, BudgetRepository budgets, IdeaImport ideaImport) {
        this.demo = demo;
        this.budgets = budgets;
        this.ideaImport = ideaImport;
    }

    @Override
    @Transactional
    public void seed() {
        var instance =
                demo.place(INITIATIVE, BudgetTool.ID, () -> budgets.count() > 0).orElse(null);
        if (instance == null) {
            return;
        }
        long budget = budgets.create(
                instance.id(),
                new BudgetRepository.Settings(
                        200_000_00L, "EUR", BallotType.KNAPSACK, Rule.MES, null, null, null, null));
        var fromProposals = ideaImport.into(budgets.ofInstance(instance.id()).orElseThrow(), instance.initiativeId());
        if (fromProposals.imported() == 0) {
            for (Item item : PROJECTS) {
                budgets.addProject(budget, item.title(), item.description(), item.euros() * 100, item.category());
            }
        }
        budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN);
    }
}
