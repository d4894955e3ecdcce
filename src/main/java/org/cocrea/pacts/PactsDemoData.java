package org.cocrea.pacts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Images;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the co-delivery of "Percorsi ciclabili del quartiere": an active collaboration pact for the care of the river
 * path (a line on the map), between a resident, the "Associazione Amici del Fiume" represented by another resident,
 * and the parks office with its officer; approved by the office, signed by all three on the same text, with two
 * reports with hours (one with materials and a photo), whose contributions go to the ledger as any report's do. A
 * second pact, a complex one for a school garden, is proposed and waits for the office's approvals and signatures; a
 * third, for the benches of a square, is a draft the volunteer has not sent yet.
 */
@Component
class PactsDemoData implements DemoSeed {
    static final String BIKES = "Percorsi ciclabili del quartiere";
    static final String OFFICER = "parks.officer@example.org";
    static final String CITIZEN = "citizen@example.org";
    static final String VOLUNTEER = "volunteer@example.org";
    static final String ASSOCIATION = "Associazione Amici del Fiume";
    static final String TITLE = "Cura del percorso lungo il fiume";
    static final String RIVER = "41.9012, 12.4902\n41.9020, 12.4931\n41.9026, 12.4962\n41.9029, 12.4995";

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PactRepository pacts;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    PactsDemoData(
            Initiatives initiatives,
            Accounts accounts,
            PactRepository pacts,
            Images images,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.pacts = pacts;
        this.images = images;
        this.events = events;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (!initiatives.toolInstances(PactsTool.ID).isEmpty()) {
            return;
        }
        var officer = accounts.personByEmail(OFFICER).orElse(null);
        var citizen = accounts.personByEmail(CITIZEN).orElse(null);
        var volunteer = accounts.personByEmail(VOLUNTEER).orElse(null);
        if (officer == null || citizen == null || volunteer == null) {
            return;
        }
        var placed = initiatives.addToolForDemo(BIKES, Phase.CO_DELIVERY, PactsTool.ID);
        if (placed.isEmpty()) {
            return;
        }
        var instance = placed.get();
        long initiative = instance.initiativeId();
        var roles = initiatives.roles(initiative);
        var people = accounts.people(List.copyOf(roles.keySet()));
        var area = initiatives
                .visible(initiative, officer.asSignedIn())
                .flatMap(i -> i.areaOutline())
                .orElse(null);
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate start = today.minusMonths(4).withDayOfMonth(1);

        var river = PactRules.pact(
                new PactForm(
                        TITLE,
                        null,
                        "bike-route",
                        "Il tratto di pista ciclabile lungo il fiume, dal ponte di via dei Tigli al parco: circa"
                                + " un chilometro, con le panchine e le aiuole ai lati.",
                        "line",
                        RIVER,
                        "Tenere pulito e sicuro il percorso; curare le aiuole; segnalare subito rami caduti e"
                                + " buche; organizzare due giornate di pulizia aperte al quartiere.",
                        "- Pulizia settimanale e svuotamento dei cestini: i volontari dell’associazione.\n"
                                + "- Cura delle aiuole (annaffiatura, piantine): i residenti firmatari.\n"
                                + "- Potature, sfalci e riparazioni: l’Ufficio Verde pubblico.",
                        start.toString(),
                        start.plusYears(2).toString(),
                        "Si rinnova per altri due anni se le parti lo chiedono un mese prima della scadenza.",
                        List.of("materials", "training", "insurance"),
                        "Guanti, sacchi, pinze e piantine; un corso sulla sicurezza; la copertura assicurativa"
                                + " dei volontari per le attività del patto.",
                        "3",
                        "I volontari usano i guanti e il giubbotto ad alta visibilità; niente attrezzi a motore;"
                                + " l’associazione risponde delle attività dei suoi volontari.",
                        "L’Ufficio può sospendere il patto per motivi di sicurezza o di interesse pubblico, con"
                                + " un avviso scritto; lo revoca se gli impegni non sono rispettati per sei mesi.",
                        List.of(String.valueOf(volunteer.id())),
                        ASSOCIATION,
                        String.valueOf(citizen.id()),
                        "Ufficio Verde pubblico",
                        String.valueOf(officer.id()),
                        ""),
                area,
                roles,
                people);
        var then = PactService.now().minusDays(120);
        long id = pacts.insert(instance.id(), initiative, river, "proposed", volunteer.id(), then);
        String sha = PactText.sha256(river.content());
        pacts.officeApproval(id, officer.id(), then.plusDays(5));
        pacts.state(id, "proposed", "approved", null, then.plusDays(5));
        pacts.sign(id, volunteer.id(), sha, then.plusDays(6));
        pacts.sign(id, citizen.id(), sha, then.plusDays(7));
        pacts.sign(id, officer.id(), sha, then.plusDays(8));
        pacts.state(id, "approved", "active", null, then.plusDays(8));

        long photo = images.storeForDemo(
                initiative,
                picture(),
                "The river path after the cleaning day, with full bags lined up by the bench",
                "Il percorso lungo il fiume dopo la giornata di pulizia, con i sacchi pieni allineati vicino alla"
                        + " panchina");
        report(
                instance.id(),
                initiative,
                id,
                volunteer,
                start.plusMonths(1).plusDays(9),
                "Prima giornata di pulizia: 14 persone, raccolti rifiuti lungo tutto il tratto; segnalato un ramo"
                        + " pericoloso vicino al ponte, rimosso dall’Ufficio il giorno dopo.",
                new BigDecimal("42.00"),
                new BigDecimal("18"),
                "sacchi",
                photo);
        report(
                instance.id(),
                initiative,
                id,
                citizen,
                start.plusMonths(3).plusDays(2),
                "Aiuole: piantate 30 piantine di lavanda donate dal vivaio comunale; annaffiatura due volte a"
                        + " settimana a turno.",
                new BigDecimal("26.50"),
                null,
                null,
                null);

        var garden = PactRules.pact(
                new PactForm(
                        "Orto didattico nel cortile della scuola di via Roma",
                        "true",
                        "school-garden",
                        "L’aiuola incolta sul lato nord del cortile, circa 200 metri quadrati.",
                        "polygon",
                        "41.9046, 12.4972\n41.9046, 12.4979\n41.9042, 12.4979\n41.9042, 12.4972",
                        "Un orto curato da famiglie e residenti, aperto alle classi il mattino.",
                        "- Semina e cura: i residenti firmatari.\n- Acqua e recinzione: l’Ufficio.",
                        today.plusMonths(1).withDayOfMonth(1).toString(),
                        today.plusMonths(1).withDayOfMonth(1).plusYears(1).toString(),
                        "",
                        List.of("materials", "spaces"),
                        "Attrezzi e uso del capanno della scuola.",
                        "6",
                        "Nessun attrezzo lasciato incustodito nel cortile.",
                        "Sospeso durante le vacanze estive se nessuno può annaffiare.",
                        List.of(String.valueOf(citizen.id())),
                        "",
                        "",
                        "Ufficio Verde pubblico",
                        String.valueOf(officer.id()),
                        ""),
                area,
                roles,
                people);
        long proposed = pacts.insert(
                instance.id(),
                initiative,
                garden,
                "proposed",
                citizen.id(),
                PactService.now().minusDays(3));
        pacts.sign(
                proposed,
                citizen.id(),
                PactText.sha256(garden.content()),
                PactService.now().minusDays(3));

        // A draft the volunteer is still writing: only they and the office see it, until they send it.
        var bench = PactRules.pact(
                new PactForm(
                        "Panchine e fioriere di piazza dei Tigli",
                        null,
                        "square",
                        "Le quattro panchine e le fioriere al centro della piazza.",
                        "point",
                        "41.9038, 12.4955",
                        "Riverniciare le panchine e curare le fioriere.",
                        "- Verniciatura e fioriere: i residenti.\n- Vernice e pennelli: l’ufficio.",
                        today.plusMonths(2).withDayOfMonth(1).toString(),
                        today.plusMonths(2).withDayOfMonth(1).plusYears(1).toString(),
                        "",
                        List.of("materials"),
                        "Vernice, pennelli e terriccio.",
                        "6",
                        "Guanti e mascherine durante la verniciatura.",
                        "Sospeso in caso di lavori sulla piazza.",
                        List.of(String.valueOf(volunteer.id())),
                        "",
                        "",
                        "Ufficio Verde pubblico",
                        String.valueOf(officer.id()),
                        ""),
                area,
                roles,
                people);
        pacts.insert(
                instance.id(),
                initiative,
                bench,
                "draft",
                volunteer.id(),
                PactService.now().minusDays(1));
        initiatives.touch(initiative);
    }

    private void report(
            long instance,
            long initiative,
            long pact,
            Person who,
            LocalDate on,
            String text,
            BigDecimal hours,
            BigDecimal materials,
            String unit,
            Long image) {
        long id = pacts.report(pact, who.id(), on, text, hours, materials, unit, image, PactService.now());
        var side = ContributionRecorded.Side.of(who.kind());
        events.publishEvent(new ContributionRecorded(
                "pacts:report:" + id + ":hours",
                1,
                initiative,
                Phase.CO_DELIVERY,
                PactsTool.ID,
                instance,
                who.id(),
                side,
                ContributionRecorded.Kind.HOURS,
                hours,
                null,
                on));
        if (materials != null) {
            events.publishEvent(new ContributionRecorded(
                    "pacts:report:" + id + ":materials",
                    1,
                    initiative,
                    Phase.CO_DELIVERY,
                    PactsTool.ID,
                    instance,
                    who.id(),
                    side,
                    ContributionRecorded.Kind.MATERIALS,
                    materials,
                    unit,
                    on));
        }
    }

    /** A drawn photo of the path: a green bank, the blue river, the grey path and a row of bags. */
    static byte[] picture() {
        var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setColor(new Color(0x7cb342));
            g.fillRect(0, 0, 640, 400);
            g.setColor(new Color(0x1e88e5));
            g.fillRect(0, 40, 640, 110);
            g.setColor(new Color(0x9e9e9e));
            g.setStroke(new BasicStroke(50));
            g.drawLine(0, 260, 640, 230);
            g.setColor(new Color(0x212121));
            for (int i = 0; i < 6; i++) {
                g.fillOval(380 + i * 36, 300, 30, 40);
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
