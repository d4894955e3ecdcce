package org.cocrea.demodata;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code demo-data --scale small|city|region [--seed N]}: starts Cocrea without its web server against the
 * configured database (the embedded H2, or SPRING_DATASOURCE_URL), generates, and stops. Other
 * {@code --spring.option=value} arguments go to Spring, as for the server.
 */
public final class DemoDataCommand {
    static final long DEFAULT_SEED = 42;

    private DemoDataCommand() {}

    record Options(Scale scale, long seed, String stopAfter, List<String> springArgs) {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("demo-data: " + e.getMessage());
            err.println("usage: demo-data --scale small|city|region [--seed N]");
            return 64;
        }
        long started = System.nanoTime();
        var app = new SpringApplicationBuilder(application())
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .build();
        try (var context = app.run(options.springArgs().toArray(String[]::new))) {
            var counts = options.scale().counts();
            err.printf(
                    "Generating %s (seed %d): %,d people, %,d initiatives, %,d plans, %,d proposals, %,d supports,"
                            + " %,d budgets, %,d ballots%n",
                    options.scale().code(),
                    options.seed(),
                    counts.people(),
                    counts.initiatives(),
                    counts.plans(),
                    counts.proposals(),
                    counts.supports(),
                    counts.budgets(),
                    counts.ballots());
            context.getBean(Generator.class).run(options.scale(), options.seed(), options.stopAfter(), err);
            out.printf(
                    "demo-data: %s done in %.1f s; generated people sign in with password '%s'%n",
                    options.scale().code(), (System.nanoTime() - started) / 1e9, Generator.PASSWORD);
            return 0;
        } catch (Generator.Stopped stopped) {
            err.println("demo-data: " + stopped.getMessage() + "; run the same command again to resume");
            return 3;
        } catch (IllegalStateException refused) {
            err.println("demo-data: " + refused.getMessage());
            return 2;
        }
    }

    /** The application class by name, as {@code Cocrea} refers to it: a module must not depend on the root. */
    private static Class<?> application() {
        try {
            return Class.forName("org.cocrea.CocreaApplication");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Options parse(List<String> args) {
        Scale scale = null;
        long seed = DEFAULT_SEED;
        String stopAfter = null;
        var spring = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--scale" ->
                    scale = Scale.fromName(value(args, ++i))
                            .orElseThrow(() -> new IllegalArgumentException("unknown scale"));
                case "--seed" -> seed = seed(value(args, ++i));
                case "--stop-after" -> stopAfter = step(value(args, ++i));
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                    spring.add(arg);
                }
            }
        }
        if (scale == null) {
            throw new IllegalArgumentException("--scale is required");
        }
        return new Options(scale, seed, stopAfter, spring);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("missing value after " + args.get(i - 1));
        }
        return args.get(i);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the seed must be a whole number");
        }
    }

    private static String step(String name) {
        if (!Generator.STEPS.contains(name)) {
            throw new IllegalArgumentException("unknown step '" + name + "'; steps: " + Generator.STEPS);
        }
        return name;
    }
}
