package org.cocrea.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rule;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing and rule timings on the largest real Pabulib files. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PbBenchmarks {

    static final Path DATA = Path.of(System.getProperty("pabulib.dir", "../shared/data/pabulib"));

    private Election lodz;
    private Election mokotow;

    @Setup
    public void load() throws Exception {
        lodz = PabulibParser.parse(DATA.resolve("Poland_Lodz_2022.pb")).election();
        mokotow = PabulibParser.parse(DATA.resolve("Poland_Warszawa_2023_Mokotow.pb")).election();
    }

    /** The largest file, 4.0 MB (Kraków 2024, 65,101 ranked ballots). */
    @Benchmark
    public PabulibFile parseKrakow2024() throws Exception {
        return PabulibParser.parse(DATA.resolve("Poland_Krakow_2024.pb"));
    }

    /** 3.8 MB, 90,494 approval ballots. */
    @Benchmark
    public PabulibFile parseLodz2022() throws Exception {
        return PabulibParser.parse(DATA.resolve("Poland_Lodz_2022.pb"));
    }

    @Benchmark
    public Outcome greedyLodz2022() {
        return Rule.GREEDY_THRESHOLD.select(lodz);
    }

    /** 362 complete MES runs (voter shares 785 to 1146 PLN). */
    @Benchmark
    public Outcome mesAdd1Mokotow2023() {
        return Rule.MES_ADD1.select(mokotow);
    }
}
