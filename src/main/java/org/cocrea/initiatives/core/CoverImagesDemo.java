package org.cocrea.initiatives.core;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cover images for the demo's three stories (the bike routes, the inclusive school, the personal health plan),
 * drawn in code so that the demo ships no picture files: every initiative of a story without a cover gets one.
 */
@Component
class CoverImagesDemo implements DemoSeed {
    private record Story(String titleStart, String altEn, String altIt, Consumer<Graphics2D> drawing) {}

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 800;

    private static final List<Story> STORIES = List.of(
            new Story(
                    "Percorsi ciclabili del quartiere",
                    "Drawing of a tree-lined street with a red cycle lane and a bicycle",
                    "Disegno di una strada alberata con una pista ciclabile rossa e una bicicletta",
                    CoverImagesDemo::bikes),
            new Story(
                    "Scuola inclusiva",
                    "Drawing of a classroom with desks in a circle in front of a blackboard",
                    "Disegno di un'aula con i banchi in cerchio davanti alla lavagna",
                    CoverImagesDemo::school),
            new Story(
                    "Piano personale di salute",
                    "Drawing of a heart beside a checklist with ticked items",
                    "Disegno di un cuore accanto a un elenco con le voci spuntate",
                    CoverImagesDemo::health));

    private final JdbcClient jdbc;
    private final InitiativeRepository initiatives;
    private final Images images;

    CoverImagesDemo(JdbcClient jdbc, InitiativeRepository initiatives, Images images) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.images = images;
    }

    @Override
    public Set<Class<? extends DemoSeed>> after() {
        return Set.of(InitiativesDemoData.class);
    }

    @Override
    @Transactional
    public void seed() {
        for (Story story : STORIES) {
            var ids = jdbc.sql("SELECT id FROM initiative WHERE title LIKE :t AND image_id IS NULL ORDER BY id")
                    .param("t", story.titleStart() + "%")
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                continue;
            }
            byte[] png = draw(story.drawing());
            for (long id : ids) {
                initiatives.setImage(id, images.storeForDemo(id, png, story.altEn(), story.altIt()));
            }
        }
    }

    static byte[] draw(Consumer<Graphics2D> drawing) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawing.accept(g);
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

    private static void sky(Graphics2D g, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    private static void bikes(Graphics2D g) {
        sky(g, new Color(0x8ecae6), new Color(0xe0f4fb));
        g.setColor(new Color(0x6a994e));
        g.fillRect(0, 430, WIDTH, 370);
        // The road, narrowing to the horizon, with its red cycle lane and white dashes.
        g.setColor(new Color(0x6c757d));
        g.fill(polygon(new int[] {560, 1040, 1500, 100}, new int[] {430, 430, 800, 800}));
        g.setColor(new Color(0xc1121f));
        g.fill(polygon(new int[] {560, 640, 420, 100}, new int[] {430, 430, 800, 800}));
        g.setColor(Color.WHITE);
        for (int i = 0; i < 5; i++) {
            int y = 450 + i * 72;
            int half = 3 + i * 3;
            g.fillRect(800 - half, y, half * 2, 40);
        }
        // Trees along the street.
        for (int i = 0; i < 6; i++) {
            int x = 1150 + i * 80;
            int size = 60 + i * 14;
            g.setColor(new Color(0x7f5539));
            g.fillRect(x - 6, 420 - size / 3, 12, size / 2 + 20);
            g.setColor(new Color(0x386641));
            g.fillOval(x - size / 2, 380 - size, size, size);
        }
        // A bicycle on the lane.
        g.setColor(new Color(0x023047));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawOval(250, 600, 130, 130);
        g.drawOval(450, 600, 130, 130);
        g.drawPolyline(new int[] {315, 390, 515, 440, 315}, new int[] {665, 560, 665, 560, 665}, 5);
        g.drawLine(390, 560, 380, 530);
        g.drawLine(440, 560, 450, 520);
        g.drawLine(350, 530, 410, 530);
        g.setColor(new Color(0xffb703));
        g.fillOval(1300, 80, 150, 150);
    }

    private static void school(Graphics2D g) {
        sky(g, new Color(0xfefae0), new Color(0xf4e3c1));
        g.setColor(new Color(0xdda15e));
        g.fillRect(0, 560, WIDTH, 240);
        // The blackboard.
        g.setColor(new Color(0x7f5539));
        g.fillRoundRect(420, 70, 760, 360, 20, 20);
        g.setColor(new Color(0x2d6a4f));
        g.fillRect(440, 90, 720, 320);
        g.setColor(new Color(0xf1faee));
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(500, 160, 700, 160);
        g.drawLine(500, 230, 820, 230);
        g.drawOval(900, 150, 160, 160);
        // Desks in a circle, each with a child.
        Color[] colours = {
            new Color(0xe63946),
            new Color(0x457b9d),
            new Color(0xf4a261),
            new Color(0x2a9d8f),
            new Color(0x8338ec),
            new Color(0xffb703)
        };
        for (int i = 0; i < colours.length; i++) {
            double a = Math.PI * 2 * i / colours.length;
            int x = (int) (800 + Math.cos(a) * 380);
            int y = (int) (640 + Math.sin(a) * 110);
            g.setColor(new Color(0xbc6c25));
            g.fillRoundRect(x - 70, y - 20, 140, 40, 12, 12);
            g.setColor(colours[i]);
            g.fillOval(x - 28, y - 100, 56, 56);
            g.fillRoundRect(x - 34, y - 50, 68, 40, 20, 20);
        }
    }

    private static void health(Graphics2D g) {
        sky(g, new Color(0xe8f1f8), new Color(0xcfe3f1));
        // A heart.
        g.setColor(new Color(0xd62839));
        var heart = new Path2D.Double();
        heart.moveTo(480, 620);
        heart.curveTo(180, 420, 260, 160, 480, 280);
        heart.curveTo(700, 160, 780, 420, 480, 620);
        g.fill(heart);
        // A checklist with ticks.
        g.setColor(Color.WHITE);
        g.fillRoundRect(900, 130, 480, 560, 30, 30);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 4; i++) {
            int y = 210 + i * 120;
            g.setColor(new Color(0x1d3557));
            g.drawRoundRect(960, y, 60, 60, 10, 10);
            g.fillRoundRect(1060, y + 20, 260, 20, 10, 10);
            if (i < 3) {
                g.setColor(new Color(0x2a9d8f));
                g.drawPolyline(new int[] {972, 988, 1012}, new int[] {y + 30, y + 48, y + 12}, 3);
            }
        }
    }

    private static Path2D polygon(int[] xs, int[] ys) {
        var p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
