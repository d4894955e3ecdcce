package org.cocrea.tracking;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.cocrea.budget.FundedProjects;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Images;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo budget (this module depends on budget, so its seed runs later): the projects funded in the
 * co-commissioning of "Percorsi ciclabili del quartiere" tracked in its co-delivery phase, with milestones, dated
 * updates and a photo. The demo budget is still open for ballots, so what it funds is taken as
 * {@link FundedProjects#forDemo} says: its projects in election order while they fit in its amount.
 */
@Component
class TrackingDemoData implements DemoSeed {
    static final String INITIATIVE = "Percorsi ciclabili del quartiere";

    /** What happened to each funded project, in order: the demo's three stories of delivery. */
    private record Story(
            ResultStatus status, int progress, int spentPercent, List<String[]> milestones, List<String> updates) {}

    private static final List<Story> STORIES = List.of(
            new Story(
                    ResultStatus.IN_PROGRESS,
                    40,
                    35,
                    List.of(
                            new String[] {"Progetto esecutivo approvato", "-90", "-85"},
                            new String[] {"Inizio dei lavori", "-30", "-28"},
                            new String[] {"Primo tratto aperto", "45", null},
                            new String[] {"Fine dei lavori", "150", null}),
                    List.of(
                            "Approvato il progetto esecutivo con le osservazioni dei residenti.",
                            "Iniziati i lavori tra la stazione e via Garibaldi: il cordolo separa già 300 metri.")),
            new Story(
                    ResultStatus.COMPLETED,
                    100,
                    95,
                    List.of(
                            new String[] {"Scelta delle piazze con i residenti", "-120", "-118"},
                            new String[] {"Posa delle rastrelliere", "-40", "-35"}),
                    List.of(
                            "Scelte con i residenti le dieci piazze.",
                            "Posate tutte le rastrelliere: 120 posti coperti in dieci piazze.")),
            new Story(
                    ResultStatus.PLANNED,
                    0,
                    0,
                    List.of(new String[] {"Gara d'appalto", "60", null}, new String[] {"Inizio dei lavori", "120", null
                    }),
                    List.of()));

    private final Initiatives initiatives;
    private final FundedProjects funded;
    private final TrackingRepository results;
    private final Images images;
    private final CocreaSettings settings;

    TrackingDemoData(
            Initiatives initiatives,
            FundedProjects funded,
            TrackingRepository results,
            Images images,
            CocreaSettings settings) {
        this.initiatives = initiatives;
        this.funded = funded;
        this.results = results;
        this.images = images;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (!initiatives.toolInstances(TrackingTool.ID).isEmpty()) {
            return;
        }
        var instance = initiatives
                .addToolForDemo(INITIATIVE, Phase.CO_DELIVERY, TrackingTool.ID)
                .orElse(null);
        if (instance == null) {
            return;
        }
        var projects = funded.forDemo(instance.initiativeId());
        LocalDate today = LocalDate.now(settings.timeZone());
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < projects.size() && i < STORIES.size(); i++) {
            var p = projects.get(i);
            var story = STORIES.get(i);
            results.importOnce(
                    instance.id(),
                    new TrackingRepository.NewResult(
                            TrackingService.BUDGET,
                            p.projectId(),
                            p.title(),
                            p.description(),
                            p.costCents(),
                            p.imageId(),
                            ResultStatus.PLANNED,
                            0,
                            0));
            long id = results.bySource(TrackingService.BUDGET, p.projectId()).orElseThrow();
            for (String[] m : story.milestones()) {
                results.addMilestone(
                        id,
                        m[0],
                        today.plusDays(Long.parseLong(m[1])),
                        m[2] == null ? null : today.plusDays(Long.parseLong(m[2])));
            }
            int n = story.updates().size();
            for (int u = 0; u < n; u++) {
                boolean last = u == n - 1;
                // the earlier updates show the way there: half the progress and money of the last one
                int progress = last ? story.progress() : story.progress() / 2;
                var status = last ? story.status() : ResultStatus.IN_PROGRESS;
                long spent = p.costCents() * story.spentPercent() / 100 / (last ? 1 : 2);
                Long photo = i == 0 && last
                        ? images.storeForDemo(
                                instance.initiativeId(),
                                lane(),
                                "Drawing of a cycle lane separated from the road by a kerb",
                                "Disegno di una pista ciclabile separata dalla strada da un cordolo")
                        : null;
                results.progress(
                        id,
                        null,
                        story.updates().get(u),
                        status,
                        null,
                        progress,
                        spent,
                        photo,
                        now.minusDays(10L * (n - u)));
            }
        }
    }

    /** A simple drawing of a protected cycle lane, made in code so the demo needs no photo file. */
    static byte[] lane() {
        var image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xCFE8FC));
            g.fillRect(0, 0, 960, 540);
            g.setColor(new Color(0x6B6B6B));
            g.fillPolygon(new int[] {380, 580, 960, 0}, new int[] {200, 200, 540, 540}, 4);
            g.setColor(new Color(0x2E7D32));
            g.fillPolygon(new int[] {580, 640, 960, 860}, new int[] {200, 200, 540, 540}, 4);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(8));
            g.drawLine(575, 200, 850, 540);
            g.setColor(new Color(0x0066CC));
            g.setStroke(new BasicStroke(6));
            g.drawOval(700, 380, 60, 60);
            g.drawOval(790, 380, 60, 60);
            g.drawLine(730, 410, 770, 350);
            g.drawLine(770, 350, 820, 410);
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
