package org.cocrea.pacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.PersonKind;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Active collaboration pacts for the demo-data generator: each placed in the co-delivery of an initiative, checked by
 * the same rules as the form (parties among the members, the officer a professional), approved, signed by every
 * party on its canonical text and reported on, each report published to the ledger as the form's are. A refused
 * step throws {@link IllegalArgumentException} naming the rule.
 */
@Service
public class BulkPacts {
    /** A report to file: hours and the day they were given. */
    public record NewReport(LocalDate on, BigDecimal hours, String text) {}

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PactRepository pacts;
    private final ApplicationEventPublisher events;

    BulkPacts(Initiatives initiatives, Accounts accounts, PactRepository pacts, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.pacts = pacts;
        this.events = events;
    }

    /**
     * An active pact in the co-delivery of {@code initiativeId} (the tool placed there once), between up to two
     * citizen members and the professional {@code officerId}, over a line through {@code positions}; returns its id,
     * or -1 when the initiative has no citizen member to be a party.
     */
    @Transactional
    public long activePact(
            long initiativeId,
            long officerId,
            String title,
            String goodKind,
            String positions,
            LocalDate start,
            List<NewReport> reports) {
        ToolInstance instance = initiatives.toolInstancesOf(initiativeId).stream()
                .filter(t -> t.toolId().equals(PactsTool.ID) && t.phase() == Phase.CO_DELIVERY)
                .findFirst()
                .orElseGet(() -> initiatives.addToolForDemo(initiativeId, Phase.CO_DELIVERY, PactsTool.ID));
        var roles = initiatives.roles(initiativeId);
        var people = accounts.people(List.copyOf(roles.keySet()));
        var citizens = new ArrayList<String>();
        roles.forEach((id, role) -> {
            var p = people.get(id);
            if (citizens.size() < 2 && role == MemberRole.MEMBER && p != null && p.kind() != PersonKind.PROFESSIONAL) {
                citizens.add(String.valueOf(id));
            }
        });
        if (citizens.isEmpty()) {
            return -1;
        }
        PactRules.Draft draft;
        try {
            draft = PactRules.pact(
                    new PactForm(
                            title,
                            null,
                            goodKind,
                            "Bene comune generato: " + title + ".",
                            "line",
                            positions,
                            "Cura e manutenzione ordinaria.",
                            "- Pulizia: i cittadini attivi.\n- Manutenzione straordinaria: l’ufficio.",
                            start.toString(),
                            start.plusYears(2).toString(),
                            "",
                            List.of("materials", "insurance"),
                            "",
                            "3",
                            "Guanti e giubbotti ad alta visibilità.",
                            "Sospeso per motivi di sicurezza.",
                            citizens,
                            "",
                            "",
                            "Ufficio beni comuni",
                            String.valueOf(officerId),
                            ""),
                    null,
                    roles,
                    people);
        } catch (Refused refused) {
            throw new IllegalArgumentException("pact refused: " + refused.key());
        }
        var now = PactService.now();
        long id = pacts.insert(instance.id(), initiativeId, draft, "proposed", officerId, now);
        String sha = PactText.sha256(draft.content());
        pacts.officeApproval(id, officerId, now);
        pacts.state(id, "proposed", "approved", null, now);
        for (Party p : draft.content().parties()) {
            pacts.sign(id, p.personId(), sha, now);
        }
        pacts.state(id, "approved", "active", null, now);
        int n = 0;
        for (NewReport r : reports) {
            var party = draft.content()
                    .parties()
                    .get(n++ % (draft.content().parties().size() - 1));
            long report = pacts.report(id, party.personId(), r.on(), r.text(), r.hours(), null, null, null, now);
            events.publishEvent(new ContributionRecorded(
                    "pacts:report:" + report + ":hours",
                    1,
                    initiativeId,
                    Phase.CO_DELIVERY,
                    PactsTool.ID,
                    instance.id(),
                    party.personId(),
                    ContributionRecorded.Side.CITIZEN,
                    ContributionRecorded.Kind.HOURS,
                    r.hours(),
                    null,
                    r.on()));
        }
        return id;
    }
}
