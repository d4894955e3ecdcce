package org.cocrea.vote;

import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.ballots.BallotDemo;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives (order 20): a ranked vote in the collective co-commissioning initiative on which
 * cycling works come first, open to anyone registered, with live results and three ballots already cast, so
 * that the results page shows a Borda count and instant-runoff rounds. The demo citizen has not voted yet.
 */
@Component
class VoteDemoData implements DemoSeed {
    static final String INITIATIVE = "Percorsi ciclabili del quartiere";
    static final String QUESTION = "Quali interventi per andare in bici realizzare per primi?";

    static final List<String[]> OPTIONS = List.of(
            new String[] {"Pista protetta in via Roma", "Corsia separata dal traffico tra stazione e scuole."},
            new String[] {"Zona 30 intorno alle scuole", "Dossi e attraversamenti rialzati davanti a tre scuole."},
            new String[] {"Illuminazione lungo il fiume", "Lampioni a LED sui 2 km del percorso lungofiume."},
            new String[] {"Ciclofficina di quartiere", ""});

    /** Who voted in the demo, and their ranking as positions in {@link #OPTIONS}. */
    static final Map<String, List<Integer>> BALLOTS = Map.of(
            "volunteer@example.org", List.of(3, 0, 1),
            "parent@example.org", List.of(1, 0),
            "teacher@example.org", List.of(1, 2, 0, 3));

    /**
     * The other demo votes (issue 14: each story has real tools in each phase): the school's parents and teacher
     * chose the challenges to face first (co-commissioning, over: closed with its results), and will score the
     * activities (co-assessment), as residents will score the bicycle routes' safety and quality (co-assessment):
     * those two are drafts, prepared for phases still to come. Each: initiative, phase, the
     * facilitator who may see it, question, kind, who votes, options, ballots (approval: chosen options; score:
     * a score per option in order).
     */
    record Other(
            String initiative,
            Phase phase,
            String facilitator,
            String question,
            BallotKind kind,
            Eligibility eligibility,
            List<String> options,
            Map<String, List<Integer>> ballots,
            BallotStatus status) {}

    static final List<Other> OTHERS = List.of(
            new Other(
                    "Scuola inclusiva",
                    Phase.CO_COMMISSIONING,
                    "teacher@example.org",
                    "Quali sfide affrontare per prime quest'anno?",
                    BallotKind.APPROVAL,
                    Eligibility.MEMBERS,
                    List.of(
                            "Momenti di sovraccarico sensoriale in classe",
                            "Comunicazione quotidiana tra scuola e famiglia",
                            "Partecipazione alle uscite e alle attività fuori classe",
                            "Intervallo e mensa"),
                    Map.of("parent@example.org", List.of(0, 1)),
                    BallotStatus.CLOSED),
            new Other(
                    "Scuola inclusiva",
                    Phase.CO_ASSESSMENT,
                    "teacher@example.org",
                    "Come valutate le attività dell'anno?",
                    BallotKind.SCORE,
                    Eligibility.MEMBERS,
                    List.of("Spazi calmi", "Agenda visiva", "Laboratori pomeridiani"),
                    Map.of(),
                    BallotStatus.DRAFT),
            new Other(
                    "Percorsi ciclabili del quartiere",
                    Phase.CO_ASSESSMENT,
                    "parks.officer@example.org",
                    "Quanto sono sicuri e curati i nuovi percorsi?",
                    BallotKind.SCORE,
                    Eligibility.REGISTERED,
                    List.of("Sicurezza agli incroci", "Illuminazione", "Pulizia e manutenzione", "Segnaletica"),
                    Map.of(),
                    BallotStatus.DRAFT));

    private final BallotDemo demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final VoteRepository votes;
    private final BallotRepository ballots;

    VoteDemoData(
            BallotDemo demo,
            Initiatives initiatives,
            Accounts accounts,
            VoteRepository votes,
            BallotRepository ballots) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.votes = votes;
        this.ballots = ballots;
    }

    @Override
    @Transactional
    public void seed() {
        var first = demo.place(INITIATIVE, VoteTool.ID, () -> votes.count() > 0);
        first.ifPresent(this::openWithBallots);
        if (first.isPresent()) {
            OTHERS.forEach(this::other);
        }
    }

    /** One of the other demo votes, open, in its initiative's phase (found through the updates tool there). */
    private void other(Other other) {
        var facilitator = accounts.personByEmail(other.facilitator()).orElse(null);
        if (facilitator == null) {
            return;
        }
        var initiative = initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == other.phase())
                .filter(i -> initiatives
                        .visible(i.initiativeId(), facilitator.asSignedIn())
                        .filter(x -> x.title().equals(other.initiative()))
                        .isPresent())
                .map(ToolInstance::initiativeId)
                .findFirst();
        if (initiative.isEmpty()) {
            return;
        }
        var instance = initiatives.addToolForDemo(initiative.get(), other.phase(), VoteTool.ID);
        long vote = votes.create(
                instance.id(),
                new VoteRepository.Settings(
                        other.question(),
                        other.kind(),
                        null,
                        null,
                        null,
                        other.eligibility(),
                        false,
                        false,
                        null,
                        null,
                        true));
        var ids =
                other.options().stream().map(o -> votes.addOption(vote, o, "")).toList();
        if (other.status() == BallotStatus.DRAFT) {
            return; // prepared for a phase still to come: facilitators open it then
        }
        votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN);
        other.ballots()
                .forEach((email, chosen) -> accounts.personByEmail(email)
                        .map(Person::id)
                        .ifPresent(voter -> {
                            var marks = new java.util.LinkedHashMap<Long, Integer>();
                            chosen.forEach(option -> marks.put(ids.get(option), 1));
                            ballots.castOrReplace(vote, voter, marks);
                        }));
        if (other.status() == BallotStatus.CLOSED) {
            votes.setStatus(vote, BallotStatus.OPEN, BallotStatus.CLOSED); // its phase is over: results shown
        }
    }

    /** The demo vote, open, with the demo people's ballots. */
    private void openWithBallots(ToolInstance instance) {
        long vote = votes.create(
                instance.id(),
                new VoteRepository.Settings(
                        QUESTION,
                        BallotKind.RANKED,
                        null,
                        null,
                        null,
                        Eligibility.REGISTERED,
                        false,
                        false,
                        null,
                        null,
                        true));
        var ids = OPTIONS.stream().map(o -> votes.addOption(vote, o[0], o[1])).toList();
        votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN);
        BALLOTS.forEach((email, ranking) -> accounts.personByEmail(email)
                .map(Person::id)
                .ifPresent(voter -> ballots.castOrReplace(vote, voter, ranks(ids, ranking))));
    }

    private static Map<Long, Integer> ranks(List<Long> ids, List<Integer> ranking) {
        var marks = new java.util.LinkedHashMap<Long, Integer>();
        for (int r = 0; r < ranking.size(); r++) {
            marks.put(ids.get(ranking.get(r)), r + 1);
        }
        return marks;
    }
}
