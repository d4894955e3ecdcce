package org.cocrea.demodata;

import java.util.ArrayList;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.BulkPeople;
import org.springframework.stereotype.Component;

/** Accounts: the organisations with their departments, and the professionals who work there, through {@link BulkPeople}. */
@Component
class OrganisationsStep implements Step {
    private final BulkPeople people;
    private final Accounts accounts;
    private final Workplaces workplaces;
    private final Batches batches;

    OrganisationsStep(BulkPeople people, Accounts accounts, Workplaces workplaces, Batches batches) {
        this.people = people;
        this.accounts = accounts;
        this.workplaces = workplaces;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "organisations";
    }

    static String organisationName(int o) {
        String town = Texts.TOWNS.get(o % Texts.TOWNS.size());
        return "Comune di " + town + (o < Texts.TOWNS.size() ? "" : " " + (o / Texts.TOWNS.size() + 1));
    }

    @Override
    public void run(Run r) {
        batches.run(r, "organisations", 1, r.n.professionals(), b -> r.n.professionals(), b -> {
            for (int o = 0; o < r.n.organisations(); o++) {
                people.createOrganisation(organisationName(o), Texts.DEPARTMENTS);
            }
            loadOrganisations(r);
            for (int i = 0; i < r.n.professionals(); i++) {
                people.makeProfessional(r.person(i), r.organisationOf(i), workplaces.departmentOf(r, i));
            }
        });
        loadOrganisations(r);
    }

    private void loadOrganisations(Run r) {
        var ids = new ArrayList<Long>();
        for (int o = 0; o < r.n.organisations(); o++) {
            ids.add(accounts.organisationByName(organisationName(o))
                    .orElseThrow()
                    .id());
        }
        r.organisationIds = ids;
    }
}
