package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.PetitionForm;
import org.cocrea.initiatives.ServiceDomain;
import org.springframework.stereotype.Component;

/** Initiatives: citizens' petitions to the organisations, through {@link BulkInitiatives}. */
@Component
class ProposalsStep implements Step {
    private final BulkInitiatives initiatives;
    private final Batches batches;

    ProposalsStep(BulkInitiatives initiatives, Batches batches) {
        this.initiatives = initiatives;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "proposals";
    }

    @Override
    public void run(Run r) {
        int size = 500;
        int total = r.n.proposals();
        batches.run(r, "proposals", Batches.count(total, size), total, b -> Batches.sizeOf(b, total, size), b -> {
            Random random = r.random("proposals", b);
            for (int j = b * size; j < b * size + Batches.sizeOf(b, total, size); j++) {
                String subject = Texts.subject(random);
                var form = new PetitionForm(
                        r.organisationIds.get(j % r.n.organisations()),
                        Texts.pick(random, Texts.VERBS) + " " + subject + " (proposta n. " + (j + 1) + ")",
                        "Proposta dei cittadini: " + subject + ".",
                        "Proposta generata (dati dimostrativi).",
                        Texts.pick(random, List.of(ServiceDomain.values())).code(),
                        random.nextInt(4) == 0 ? "group" : "collective");
                initiatives.propose(Actor.citizen(r.person(r.citizenIndex(random))), form);
            }
        });
        var ids = new ArrayList<Long>();
        r.organisationIds.forEach(o -> ids.addAll(initiatives.petitionIds(o)));
        ids.sort(Long::compare);
        r.proposalIds = ids;
    }
}
