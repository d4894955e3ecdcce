package org.cocrea.pacts;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Picture;

/**
 * (Public because the precompiled templates read it.) A pact's page: its parts and parties, the signatures with
 * whether they still match, the reports with their photos, and what the reader may do now.
 */
public record PactPage(
        ToolAccess access,
        Pact pact,
        List<Party> parties,
        List<PactSignature> signatures,
        List<Report> reports,
        Map<Long, Picture> pictures,
        boolean mayEdit,
        boolean mayManage,
        boolean maySign,
        boolean mayReport,
        boolean signedCurrent,
        String area) {

    /**
     * The name of a party as this reader may read it: null when the person is no longer a party, "" when the reader
     * has no role in the initiative and the party is a resident or an association's representative (their names are
     * for the members; the office's officer acts in a public role and is named to everyone).
     */
    public String name(long personId) {
        return parties.stream()
                .filter(p -> p.personId() == personId)
                .map(this::shown)
                .findFirst()
                .orElse(null);
    }

    /** A party's name as this reader may read it ("" when hidden, see {@link #name}). */
    public String shown(Party p) {
        return access.role() != null || p.role().equals(Party.OFFICE) ? p.personName() : "";
    }

    /** Whether a party's newest signature matches the current text (they need not sign again). */
    public boolean signedNow(long personId) {
        return signatures.stream().anyMatch(s -> s.personId() == personId && s.stillMatches());
    }

    public List<Party> ofRole(String role) {
        return parties.stream().filter(p -> p.role().equals(role)).toList();
    }

    public Picture picture(Report r) {
        return r.imageId() == null ? null : pictures.get(r.imageId());
    }

    public java.math.BigDecimal totalHours() {
        return reports.stream().map(Report::hours).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
