package org.cocrea.plans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The sections of an Italian individual plan (L. 328/2000 art. 14, PAI practice). Texts are kept in their
 * normalised form, so what is stored is exactly what the canonical form and its hash cover.
 */
public record PlanContent(
        String objectives,
        String services,
        String providers,
        String caseManager,
        String resources,
        String economic,
        String evaluation,
        LocalDate reviewDate) {

    /** The fixed order of the sections in the canonical form; also the form field names and message keys. */
    public static final List<String> SECTIONS =
            List.of("objectives", "services", "providers", "caseManager", "resources", "economic", "evaluation");

    public PlanContent {
        objectives = normalise(objectives);
        services = normalise(services);
        providers = normalise(providers);
        caseManager = normalise(caseManager);
        resources = normalise(resources);
        economic = normalise(economic);
        evaluation = normalise(evaluation);
    }

    public static PlanContent empty() {
        return new PlanContent("", "", "", "", "", "", "", null);
    }

    List<String> texts() {
        return List.of(objectives, services, providers, caseManager, resources, economic, evaluation);
    }

    public String text(String section) {
        return texts().get(SECTIONS.indexOf(section));
    }

    /**
     * One "## section" header per section in {@link #SECTIONS} order followed by its text, then the review
     * date as ISO-8601 (empty when none); line endings LF, Unicode NFC, no trailing whitespace per section.
     * The SHA-256 of its UTF-8 bytes is what a signature records.
     */
    public String canonical() {
        var out = new StringBuilder();
        for (int i = 0; i < SECTIONS.size(); i++) {
            out.append("## ").append(SECTIONS.get(i)).append('\n');
            out.append(texts().get(i)).append('\n');
        }
        out.append("## reviewDate\n")
                .append(reviewDate == null ? "" : reviewDate.toString())
                .append('\n');
        return out.toString();
    }

    public String sha256() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        // PostgreSQL text cannot hold NUL, and no control character other than newline and tab belongs in a plan.
        String clean = lf.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        return Normalizer.normalize(clean, Normalizer.Form.NFC).strip();
    }
}
