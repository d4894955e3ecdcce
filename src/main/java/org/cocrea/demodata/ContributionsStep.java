package org.cocrea.demodata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Random;
import org.cocrea.evidence.BulkEvidence;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.ledger.BulkContributions;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.springframework.stereotype.Component;

/**
 * Contributions in the ledger: {@link #PER_INITIATIVE} for each generated initiative, in one of its tool instances,
 * over the last year, mostly citizens' hours, with professionals' hours, kilometres, money and materials, through
 * {@link BulkContributions} (entries and totals in JDBC batches). One batch per initiative.
 */
@Component
class ContributionsStep implements Step {
    static final int PER_INITIATIVE = 50;
    private final BulkInitiatives initiatives;
    private final BulkContributions contributions;
    private final BulkEvidence evidence;
    private final Batches batches;

    ContributionsStep(
            BulkInitiatives initiatives, BulkContributions contributions, BulkEvidence evidence, Batches batches) {
        this.initiatives = initiatives;
        this.evidence = evidence;
        this.contributions = contributions;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "contributions";
    }

    @Override
    public void run(Run r) {
        int count = r.n.initiatives();
        batches.run(r, "contributions", count, (long) count * PER_INITIATIVE, b -> PER_INITIATIVE, k -> {
            Random random = r.random("contributions", k);
            long initiative = r.initiativeIds.get(k);
            var tools = initiatives.tools(initiative);
            if (tools.isEmpty()) {
                return;
            }
            ToolInstance tool = tools.get(random.nextInt(tools.size()));
            var batch = new ArrayList<ContributionRecorded>();
            for (int j = 0; j < PER_INITIATIVE; j++) {
                boolean professional = random.nextInt(4) == 0;
                long person =
                        professional ? r.person(random.nextInt(r.n.professionals())) : r.person(r.citizenIndex(random));
                int pick = random.nextInt(10);
                Kind kind =
                        pick < 7 ? Kind.HOURS : pick == 7 ? Kind.KILOMETRES : pick == 8 ? Kind.MONEY : Kind.MATERIALS;
                BigDecimal quantity = switch (kind) {
                    case HOURS -> BigDecimal.valueOf(1 + random.nextInt(16)).divide(BigDecimal.valueOf(2));
                    case KILOMETRES -> BigDecimal.valueOf(1 + random.nextInt(40));
                    case MONEY -> BigDecimal.valueOf(5 + random.nextInt(100));
                    case MATERIALS -> BigDecimal.valueOf(1 + random.nextInt(10));
                };
                batch.add(new ContributionRecorded(
                        tool.toolId() + ":generated:" + initiative + ":" + j,
                        1,
                        initiative,
                        tool.phase(),
                        tool.toolId(),
                        tool.id(),
                        person,
                        professional ? Side.PROFESSIONAL : Side.CITIZEN,
                        kind,
                        quantity,
                        kind == Kind.MATERIALS
                                ? Texts.pick(random, java.util.List.of("sacchi", "piantine", "pasti"))
                                : null,
                        r.today.minusDays(random.nextInt(365))));
            }
            contributions.add(batch);
            // The ledger's bulk insert publishes no events: the evidence tables get the same contributions here.
            evidence.contributions(batch);
        });
    }
}
