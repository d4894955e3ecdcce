package org.cocrea.evidence.population;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.BulkPeople;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo municipality's population (five age bands, two genders, four districts) and ten demo residents who join
 * the bike-routes initiative and describe themselves, with the demo citizen and volunteer, so its comparison shows
 * bars for the larger bands and "fewer than 5" for the others. Set only while the municipality has no margins.
 */
@Component
class PopulationDemoData implements DemoSeed {
    static final String BIKES = "Percorsi ciclabili del quartiere";
    static final String DOMAIN = "residenti.example.org";
    private final DemoMode demo;
    private final Accounts accounts;
    private final Initiatives initiatives;
    private final BulkPeople people;
    private final BulkInitiatives bulk;
    private final PopulationRepository repository;

    PopulationDemoData(
            DemoMode demo,
            Accounts accounts,
            Initiatives initiatives,
            BulkPeople people,
            BulkInitiatives bulk,
            PopulationRepository repository) {
        this.demo = demo;
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.people = people;
        this.bulk = bulk;
        this.repository = repository;
    }

    record Resident(String name, String ageBand, Integer age, String gender, String district) {}

    static final List<Resident> RESIDENTS = List.of(
            new Resident("Giulia Ferri", "18-24", null, "female", "Centro"),
            new Resident("Marco Bassi", "25-34", null, "male", "Centro"),
            new Resident("Sara Longo", "25-34", null, "female", "Nord"),
            new Resident("Luca Fabbri", "18-24", null, "male", "Centro"),
            new Resident("Elena Riva", null, 30, "female", "Nord"),
            new Resident("Paolo Conti", "45-54", null, "male", "Centro"),
            new Resident("Anna Greco", "35-44", null, "female", "Nord"),
            new Resident("Davide Marini", "45-54", null, "male", "Centro"),
            new Resident("Chiara Testa", "35-44", null, "undisclosed", "Nord"),
            new Resident("Rosa Villa", "65-74", null, "female", "Sud"));

    @Override
    @Transactional
    public void seed() {
        var admin = accounts.personByEmail("admin@example.org").orElse(null);
        if (!demo.claimed() || admin == null) {
            return;
        }
        Initiative bikes = initiatives.toolInstances("updates").stream()
                .flatMap(i -> initiatives.visible(i.initiativeId(), admin.asSignedIn()).stream())
                .filter(i -> i.title().equals(BIKES))
                .findFirst()
                .orElse(null);
        if (bikes == null || !repository.margins(bikes.organisationId()).isEmpty()) {
            return;
        }
        long organisation = bikes.organisationId();
        repository.replace(organisation, margins(), admin.id());
        var created = people.createVerified(
                RESIDENTS.stream()
                        .map(r -> new BulkPeople.NewPerson(
                                r.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + DOMAIN,
                                r.name(),
                                Language.IT))
                        .toList(),
                "cocrea-demo");
        bulk.joinAll(bikes.id(), created);
        int year = Year.now().getValue();
        for (int i = 0; i < created.size(); i++) {
            var r = RESIDENTS.get(i);
            repository.save(new SelfDescription(
                    created.get(i),
                    r.age() == null ? null : year - r.age(),
                    r.ageBand(),
                    r.gender(),
                    organisation,
                    r.district()));
        }
        accounts.personByEmail("citizen@example.org")
                .ifPresent(p ->
                        repository.save(new SelfDescription(p.id(), null, "35-44", "female", organisation, "Centro")));
        accounts.personByEmail("volunteer@example.org")
                .ifPresent(p ->
                        repository.save(new SelfDescription(p.id(), year - 60, null, "male", organisation, "Nord")));
    }

    static List<Margin> margins() {
        var m = new ArrayList<Margin>();
        age(m, "0-17", 15800);
        age(m, "18-34", 17200);
        age(m, "35-54", 28900);
        age(m, "55-74", 25100);
        age(m, "75+", 13000);
        m.add(new Margin(Dimension.GENDER, "female", new BigDecimal("51.5"), true));
        m.add(new Margin(Dimension.GENDER, "male", new BigDecimal("48.5"), true));
        for (var d : List.of("Centro:22000", "Nord:31000", "Sud:27000", "Est:20000")) {
            var parts = d.split(":");
            m.add(new Margin(Dimension.DISTRICT, parts[0], new BigDecimal(parts[1]), false));
        }
        return m;
    }

    private static void age(List<Margin> m, String band, long count) {
        m.add(new Margin(Dimension.AGE, band, BigDecimal.valueOf(count), false));
    }
}
