package org.cocrea.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cocrea.voting.cli.PbCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** The whole shared folder, parsing included: what {@code pb-check} does. */
public class PbCheckBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<PbCheck.FileResult> checkWholeFolder() throws Exception {
        return PbCheck.check(Path.of(System.getProperty("pabulib.dir", "../shared/data/pabulib")));
    }
}
