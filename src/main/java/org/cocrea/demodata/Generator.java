package org.cocrea.demodata;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Generates a synthetic city step by step, one {@link Step} per kind of data, each calling its module's public
 * bulk service. Each step is cut into batches; a batch commits together with its row in demo_data_progress, so a
 * rerun skips exactly the finished batches. Every batch draws from its own random generator seeded by (seed,
 * step, batch), so skipping batches does not change what the others generate: the same seed gives the same data,
 * interrupted or not.
 */
@Component
class Generator {
    /** Generated people's email domain (reserved for examples, so never a real mailbox). */
    static final String DOMAIN = "demo.cocrea.example";
    /** Every generated person's password (documented in the README). */
    static final String PASSWORD = "cocrea-generated";

    /** The steps in the order they run: each after the steps whose data it uses. */
    static final List<String> STEPS = List.of(
            "people",
            "organisations",
            "initiatives",
            "plans",
            "proposals",
            "supports",
            "budgets",
            "ballots",
            "pacts",
            "contributions",
            "tracking",
            "shifts",
            "indicators",
            "surveys",
            "ratings",
            "outcomes");

    /** Thrown to end a run after a step, as if the process had been interrupted there (tests of resuming). */
    static final class Stopped extends RuntimeException {
        Stopped(String step) {
            super("stopped after step " + step);
        }
    }

    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final ProgressStore progress;

    Generator(List<Step> steps, ProgressStore progress) {
        for (String name : STEPS) {
            this.steps.put(
                    name,
                    steps.stream()
                            .filter(s -> s.name().equals(name))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("no step " + name)));
        }
        if (steps.size() != STEPS.size()) {
            throw new IllegalStateException(
                    "steps " + steps.stream().map(Step::name).toList() + ", expected " + STEPS);
        }
        this.progress = progress;
    }

    /** Runs (or resumes) the generation; {@code stopAfter} names a step to stop after, or is null. */
    void run(Scale scale, long seed, String stopAfter, PrintStream err) {
        var existing = progress.run();
        if (existing.isPresent()
                && (!existing.get().scale().equals(scale.code())
                        || existing.get().seed() != seed)) {
            throw new IllegalStateException("this database already holds demo data of scale "
                    + existing.get().scale() + " with seed " + existing.get().seed());
        }
        if (existing.isEmpty()) {
            progress.start(scale, seed);
        }
        var run = new Run(scale.counts(), seed, err, LocalDate.now(ZoneOffset.UTC));
        for (var step : steps.values()) {
            step.run(run);
            if (step.name().equals(stopAfter)) {
                throw new Stopped(step.name());
            }
        }
        progress.analyze();
        progress.finish();
    }
}
