package org.cocrea.map;

import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.comments.CommentTarget;
import org.cocrea.comments.Comments;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo map (issue 15): in the co-design of "Percorsi ciclabili del quartiere", the residents' proposed routes
 * (lines) and dangerous spots (points) with a few comments, around the default map centre (Rome), each checked as a drawn one is.
 */
@Component
class MapDemoData implements DemoSeed {
    /** The demo initiative (initiatives.core.InitiativesDemoData.BIKES). */
    static final String BIKES = "Percorsi ciclabili del quartiere";

    static final String OFFICER = "parks.officer@example.org";
    static final String CITIZEN = "citizen@example.org";
    static final String VOLUNTEER = "volunteer@example.org";
    static final List<String> CATEGORIES = List.of("Percorso proposto", "Punto pericoloso", "Parcheggio bici");

    record Item(String author, String title, String category, String kind, String coordinates, String description) {}

    static final List<Item> ITEMS = List.of(
            new Item(
                    CITIZEN,
                    "Dal mercato alla scuola lungo via dei Tigli",
                    "Percorso proposto",
                    "line",
                    "41.9041, 12.4921\n41.9048, 12.4950\n41.9052, 12.4983\n41.9060, 12.5012",
                    "Un percorso protetto per i bambini che vanno a scuola in bici: la strada è larga e c’è spazio"
                            + " per una corsia separata dalle auto."),
            new Item(
                    VOLUNTEER,
                    "Collegamento con il parco",
                    "Percorso proposto",
                    "line",
                    "41.9010, 12.4975\n41.9019, 12.4991\n41.9027, 12.5004\n41.9031, 12.5030",
                    "Unisce le case popolari all’ingresso del parco evitando il viale principale."),
            new Item(
                    CITIZEN,
                    "Incrocio senza semaforo davanti al liceo",
                    "Punto pericoloso",
                    "point",
                    "41.9035, 12.4958",
                    "Le auto arrivano veloci dalla discesa e non vedono chi attraversa in bici."),
            new Item(
                    VOLUNTEER,
                    "Buche e tombino sporgente",
                    "Punto pericoloso",
                    "point",
                    "41.9022, 12.4937",
                    "Di sera non si vede nulla: serve più luce e una nuova asfaltatura."),
            new Item(
                    VOLUNTEER,
                    "Piazza per le rastrelliere",
                    "Parcheggio bici",
                    "polygon",
                    "41.9045, 12.4990\n41.9045, 12.4998\n41.9040, 12.4998\n41.9040, 12.4990",
                    "Spazio libero accanto alla fermata dell’autobus, adatto a venti posti bici."));

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final MapRepository features;
    private final Comments comments;

    MapDemoData(Initiatives initiatives, Accounts accounts, MapRepository features, Comments comments) {
        this.comments = comments;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.features = features;
    }

    @Override
    @Transactional
    public void seed() {
        if (!initiatives.toolInstances(MapTool.ID).isEmpty()) {
            return;
        }
        var officer = accounts.personByEmail(OFFICER).orElse(null);
        if (officer == null) {
            return;
        }
        var placed = initiatives.addToolForDemo(BIKES, Phase.CO_DESIGN, MapTool.ID);
        if (placed.isEmpty()) {
            return;
        }
        var instance = placed.get();
        var initiative = java.util.Optional.of(instance.initiativeId());
        features.saveCategories(instance.id(), CATEGORIES);
        var area = initiatives
                .visible(initiative.get(), officer.asSignedIn())
                .flatMap(i -> i.areaOutline())
                .orElse(null);
        var ids = new java.util.ArrayList<Long>();
        for (Item item : ITEMS) {
            var author = accounts.personByEmail(item.author()).map(Person::id);
            if (author.isEmpty()) {
                continue;
            }
            ids.add(features.insert(
                    instance.id(),
                    author.get(),
                    new MapRepository.Draft(item.title(), item.category(), item.description()),
                    FeatureGeometry.check(item.kind(), item.coordinates(), area)));
        }
        if (ids.size() < 3) {
            return;
        }
        // another resident and the officer answer on the first route and the first dangerous spot
        var route = new CommentTarget(initiative.get(), instance.id(), MapTool.FEATURE, ids.get(0));
        long question = comments.addForDemo(
                route,
                null,
                id(VOLUNTEER),
                "Bella idea, ma all’angolo con via Roma la strada si stringe: come si passa?");
        comments.addForDemo(route, question, id(OFFICER), "Lì pensiamo a un tratto a senso unico per le auto.");
        comments.addForDemo(
                new CommentTarget(initiative.get(), instance.id(), MapTool.FEATURE, ids.get(2)),
                null,
                id(VOLUNTEER),
                "Confermo: ci sono passato ieri sera, le auto non rallentano.");
    }

    private long id(String email) {
        return accounts.personByEmail(email).map(Person::id).orElseThrow();
    }
}
