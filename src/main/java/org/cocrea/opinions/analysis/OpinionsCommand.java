package org.cocrea.opinions.analysis;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code opinions DIR [--method polis|cocrea] [--seed N] [--json]}: the opinion groups of a Polis export folder, its
 * consensus and divisive statements, and the adjusted Rand index against the groups Polis published. A malformed
 * export gives one line naming the file and line, exit code 2, never a stack trace.
 */
public final class OpinionsCommand {
    static final int USAGE = 64;
    static final int MALFORMED = 2;

    private OpinionsCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String dir = null;
        Method method = Method.COCREA;
        long seed = 0;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String option = arg;
            if (arg.startsWith("--") && arg.contains("=")) {
                option = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            switch (option) {
                case "--json" -> json = true;
                case "--method", "--seed" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            return usage(err, option + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (option.equals("--method")) {
                        try {
                            method = Method.valueOf(value.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            return usage(err, "unknown method '" + value + "'");
                        }
                    } else {
                        try {
                            seed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            return usage(err, "the seed '" + value + "' is not a whole number");
                        }
                    }
                }
                default -> {
                    if (arg.startsWith("-") || dir != null) {
                        return usage(err, "unexpected argument '" + arg + "'");
                    }
                    dir = arg;
                }
            }
        }
        if (dir == null) {
            return usage(err, "missing DIR");
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            err.println("opinions: no such folder: " + path);
            return MALFORMED;
        }
        PolisExport.Export export;
        try {
            export = PolisExport.read(path);
        } catch (MalformedExportException e) {
            err.println("opinions: " + e.getMessage());
            return MALFORMED;
        } catch (UncheckedIOException e) {
            err.println("opinions: " + path + ": cannot read: " + e.getCause().getMessage());
            return MALFORMED;
        }
        Conversation conversation = export.conversation();
        OpinionMap map = Analysis.analyse(conversation, method, seed, export.moderatedOut());
        Double ari = Ari.versusPublished(conversation, map, export.publishedGroups());
        if (json) {
            out.println(json(conversation, map, ari));
        } else {
            summary(export, map, ari, out);
        }
        return 0;
    }

    static String json(Conversation conversation, OpinionMap map, Double ari) {
        StringBuilder json = new StringBuilder();
        json.append("{\"method\":");
        string(json, map.method().name().toLowerCase(Locale.ROOT));
        long clustered = map.placed().stream().filter(p -> p.group() >= 0).count();
        json.append(",\"participants\":").append(conversation.participants().size());
        json.append(",\"clustered\":").append(clustered);
        json.append(",\"groups\":[");
        for (int g = 0; g < map.groups().size(); g++) {
            OpinionMap.Group group = map.groups().get(g);
            json.append(g == 0 ? "" : ",").append("{\"id\":").append(group.id()).append(",\"members\":[");
            for (int i = 0; i < group.members().size(); i++) {
                json.append(i == 0 ? "" : ",");
                string(json, conversation.participants().get(group.members().get(i)));
            }
            json.append("],\"representative\":[");
            for (int i = 0; i < group.representative().size(); i++) {
                OpinionMap.Representative r = group.representative().get(i);
                json.append(i == 0 ? "" : ",").append("{\"statement\":");
                string(json, conversation.statements().get(r.statement()));
                json.append(",\"direction\":")
                        .append(r.agree() ? "\"agree\"" : "\"disagree\"")
                        .append('}');
            }
            json.append("]}");
        }
        json.append("],\"consensus\":");
        statements(json, conversation, map.consensus());
        json.append(",\"divisive\":");
        statements(json, conversation, map.divisive());
        json.append(",\"ariVsExport\":").append(ari == null ? "null" : Double.toString(round(ari)));
        return json.append('}').toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static void statements(StringBuilder json, Conversation conversation, List<Integer> statements) {
        json.append('[');
        for (int i = 0; i < statements.size(); i++) {
            json.append(i == 0 ? "" : ",");
            string(json, conversation.statements().get(statements.get(i)));
        }
        json.append(']');
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static void summary(PolisExport.Export export, OpinionMap map, Double ari, PrintStream out) {
        Conversation conversation = export.conversation();
        long clustered = map.placed().stream().filter(p -> p.group() >= 0).count();
        out.printf(
                "Method %s: %d participants, %d clustered into %d groups, %d statements (%d moderated out)%n",
                map.method().name().toLowerCase(Locale.ROOT),
                conversation.participants().size(),
                clustered,
                map.groups().size(),
                conversation.statements().size(),
                export.moderatedOut().size());
        for (OpinionMap.Group group : map.groups()) {
            out.printf(
                    "%nGroup %d: %d participants%n", group.id(), group.members().size());
            for (OpinionMap.Representative r : group.representative()) {
                out.printf(
                        "  %s %3.0f%%  #%s %s%n",
                        r.agree() ? "agrees   " : "disagrees",
                        100 * r.share(),
                        conversation.statements().get(r.statement()),
                        text(export, r.statement()));
            }
        }
        out.printf("%nConsensus (every group agrees, best first):%n");
        for (int s : map.consensus()) {
            out.printf("  #%s %s%n", conversation.statements().get(s), text(export, s));
        }
        out.printf("%nDivisive (groups lean apart, most first):%n");
        for (int s : map.divisive()) {
            out.printf("  #%s %s%n", conversation.statements().get(s), text(export, s));
        }
        out.printf(
                "%nAdjusted Rand index against the export's groups: %s%n",
                ari == null ? "none published" : String.format(Locale.ROOT, "%.3f", ari));
    }

    private static String text(PolisExport.Export export, int statement) {
        String text = export.statements()
                .get(statement)
                .text()
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() > 100 ? text.substring(0, 99) + "…" : text;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("opinions: " + problem);
        err.println("usage: opinions DIR [--method polis|cocrea] [--seed N] [--json]");
        return USAGE;
    }
}
