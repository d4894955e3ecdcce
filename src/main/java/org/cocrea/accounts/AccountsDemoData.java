package org.cocrea.accounts;

import java.util.List;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On first start of a demo installation: the demo organisation and the demo accounts listed in the README. */
@Component
class AccountsDemoData implements DemoSeed {
    static final String PASSWORD = "cocrea-demo";
    static final String ORGANISATION = "Comune di Esempio";
    private static final Logger log = LoggerFactory.getLogger(AccountsDemoData.class);

    record DemoPerson(String email, String name, boolean admin, String department) {}

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin@example.org", "Alessandra Conti", true, null),
            new DemoPerson("social.worker@example.org", "Giulia Bianchi", false, "Servizi sociali"),
            new DemoPerson("teacher@example.org", "Marco Verdi", false, "Scuola primaria Gianni Rodari"),
            new DemoPerson("parks.officer@example.org", "Paola Neri", false, "Parchi e verde pubblico"),
            new DemoPerson("citizen@example.org", "Luca Russo", false, null),
            new DemoPerson("parent@example.org", "Elena Ferrari", false, null),
            new DemoPerson("volunteer@example.org", "Davide Romano", false, null));

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final AccountService accounts;

    AccountsDemoData(PersonRepository people, OrganisationRepository organisations, AccountService accounts) {
        this.people = people;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void seed() {
        // platform.DemoSeeds runs seeds only on the node that claimed the demo; a restart finds people and adds none.
        if (people.count() > 0) {
            return;
        }
        long organisation = organisations.create(ORGANISATION);
        var departments = new java.util.HashMap<String, Long>();
        for (String name : List.of("Servizi sociali", "Scuola primaria Gianni Rodari", "Parchi e verde pubblico")) {
            departments.put(name, organisations.addDepartment(organisation, name));
        }
        for (DemoPerson person : PEOPLE) {
            long id = accounts.createVerified(person.email(), person.name(), PASSWORD, Language.IT);
            if (person.department() != null) {
                accounts.assignRole(
                        id, PersonKind.PROFESSIONAL, false, organisation, departments.get(person.department()));
            } else if (person.admin()) {
                accounts.assignRole(id, PersonKind.PROFESSIONAL, true, organisation, null);
            }
        }
        log.info("Demo data created: organisation '{}' and {} demo accounts", ORGANISATION, PEOPLE.size());
    }
}
