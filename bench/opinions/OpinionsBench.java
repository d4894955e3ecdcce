import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.cocrea.opinions.analysis.Analysis;
import org.cocrea.opinions.analysis.Method;
import org.cocrea.opinions.analysis.Planted;
import org.cocrea.opinions.analysis.PolisExport;

/**
 * Issue 16's performance targets for the opinion analysis (run by bench/opinions/run.sh, which passes -Xmx1g):
 * american-assembly.bowling-green (2,031 participants x 896 statements) analysed in under 1 s after parsing with
 * either method, and a synthetic conversation of 50,000 participants x 1,000 statements at 5% density (2.5 million
 * votes, four planted groups) in under 10 s within a 1 GB heap. Prints the first (cold) run, the median and the
 * slowest of the warm runs, and the peak heap; exits 1 when a target is missed.
 */
public class OpinionsBench {
    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("polis.dir", "../shared/data/polis"));
        int runs = Integer.getInteger("runs", 5);
        boolean ok = true;
        long t = System.nanoTime();
        PolisExport.Export bowling = PolisExport.read(data.resolve("american-assembly.bowling-green"));
        System.out.printf("parse bowling-green (cold): %d ms, %d votes%n", (System.nanoTime() - t) / 1_000_000,
                bowling.conversation().value().length);
        for (Method method : Method.values()) {
            ok &= measure("bowling-green " + method, runs, 1000,
                    () -> Analysis.analyse(bowling.conversation(), method, 0, bowling.moderatedOut()));
        }
        t = System.nanoTime();
        Planted synthetic = Planted.generate(new Planted.Shape(50_000, 1_000, 4, 0.05, 0.05, 0.1, 0.05, 0.1), 1);
        System.out.printf("generate 50,000 x 1,000 at 5%%: %d ms, %d votes%n", (System.nanoTime() - t) / 1_000_000,
                synthetic.conversation().value().length);
        for (Method method : Method.values()) {
            ok &= measure("50k x 1k at 5% " + method, Math.max(1, runs / 2), 10_000,
                    () -> Analysis.analyse(synthetic.conversation(), method, 0));
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("max heap %d MB, peak heap used (sum of pools' peaks) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        System.exit(ok ? 0 : 1);
    }

    static boolean measure(String name, int runs, long limitMs, Runnable work) {
        long[] ms = new long[runs + 1];
        for (int i = 0; i <= runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        long median = warm[warm.length / 2];
        System.out.printf("%-28s cold %6d ms, warm median %6d ms, slowest %6d ms (%d runs)  target < %d ms: %s%n",
                name, ms[0], median, warm[warm.length - 1], warm.length, limitMs, median < limitMs ? "met" : "MISSED");
        return median < limitMs;
    }
}
