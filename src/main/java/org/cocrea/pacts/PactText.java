package org.cocrea.pacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a pact, the text every party signs (ADR 0018): a fixed first line naming the format, then
 * each part on its own "name: value" line in a fixed order, line breaks inside a value written as "\n" and
 * backslashes doubled (so no value can forge another line), the parties sorted by role and person. Its SHA-256 in
 * lower-case hex is what a signature stores; any change to a part, a party or a party's recorded name changes it.
 * State, approvals and reports are not part of it: they happen to the agreed text, they do not change it.
 */
final class PactText {
    static final String FORMAT = "cocrea-pact/1";

    /** The parts that are signed. */
    record Content(PactTerms terms, List<Party> parties) {}

    private PactText() {}

    static Content of(Pact p, List<Party> parties) {
        return new Content(p.terms(), parties);
    }

    static String canonical(Content content) {
        var c = content.terms();
        var out = new StringBuilder(FORMAT).append('\n');
        line(out, "complex", String.valueOf(c.complex()));
        line(out, "title", c.title());
        line(out, "good.kind", c.goodKind());
        line(out, "good.description", c.goodDescription());
        line(out, "good.geometry", c.geometryKind() + " " + c.geometry());
        line(out, "objectives", c.objectives());
        line(out, "actions", c.actions());
        line(out, "starts", c.startsOn().toString());
        line(out, "ends", c.endsOn().toString());
        line(out, "renewal", c.renewal());
        for (String p : Pact.PROVISIONS) {
            line(out, "provides." + p, String.valueOf(c.provides().contains(p)));
        }
        line(out, "provides.text", c.providesText());
        line(out, "report.every.months", String.valueOf(c.reportEveryMonths()));
        line(out, "safety", c.safety());
        line(out, "suspension", c.suspension());
        content.parties().stream()
                .sorted(Comparator.comparing(Party::role).thenComparingLong(Party::personId))
                .forEach(p -> line(
                        out,
                        "party." + p.role(),
                        p.personId() + " " + escape(p.personName())
                                + (p.bodyName() == null ? "" : " | " + escape(p.bodyName()))));
        return out.toString();
    }

    static String sha256(Content c) {
        return sha256(canonical(c));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        return value == null
                ? ""
                : value.replace("\r\n", "\n")
                        .replace('\r', '\n')
                        .replace("\\", "\\\\")
                        .replace("\n", "\\n");
    }
}
