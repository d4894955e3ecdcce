package org.cocrea.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cocrea.voting.Rule;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * First calls in a fresh JVM, as the command-line tools see them (no warm-up). Run with
 * {@code -wi 0 -i 1 -f 5} so that every fork measures one cold call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PbColdBenchmarks {

    static final Path DATA = PbBenchmarks.DATA;

    @Benchmark
    public PabulibFile coldParseKrakow2024() throws Exception {
        return PabulibParser.parse(DATA.resolve("Poland_Krakow_2024.pb"));
    }

    @Benchmark
    public Object coldParseAndGreedyLodz2022() throws Exception {
        return Rule.GREEDY_THRESHOLD.select(
                PabulibParser.parse(DATA.resolve("Poland_Lodz_2022.pb")).election());
    }

    @Benchmark
    public Object coldMesAdd1Mokotow2023() throws Exception {
        return Rule.MES_ADD1.select(PabulibParser.parse(DATA.resolve("Poland_Warszawa_2023_Mokotow.pb"))
                .election());
    }
}
