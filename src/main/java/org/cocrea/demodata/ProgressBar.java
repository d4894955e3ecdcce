package org.cocrea.demodata;

import java.io.PrintStream;
import java.time.Duration;

/** One line per step on the terminal, redrawn in place with {@code \r}: done, rate and time left. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final String step;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long skipped;
    private long lastDrawn;

    ProgressBar(PrintStream err, String step, long total) {
        this.err = err;
        this.step = step;
        this.total = Math.max(1, total);
        draw(true);
    }

    /** Units found done by an earlier run: shown as done, left out of the rate. */
    void skip(long units) {
        done += units;
        skipped += units;
        draw(false);
    }

    void advance(long units) {
        done += units;
        draw(false);
    }

    void finish() {
        draw(true);
        err.println();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawn < 200_000_000L) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = (done - skipped) / seconds;
        int filled = (int) (WIDTH * Math.min(1.0, done / (double) total));
        String eta = rate > 0 ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "--:--";
        err.printf(
                "\r%-12s [%s%s] %3d%% %,d/%,d  %,.0f/s  %s %s   ",
                step,
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                100 * done / total,
                done,
                total,
                rate,
                done >= total ? "took" : "ETA",
                done >= total ? format(Duration.ofNanos(now - started)) : eta);
        err.flush();
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
