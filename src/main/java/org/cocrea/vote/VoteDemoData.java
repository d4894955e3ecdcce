package org.cocrea.vote;

import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.ballots.BallotDemo;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
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
    static final String INITIATIVE = "Percorsi ciclabili del quartiere: le priorità";
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

    private final BallotDemo demo;
    private final Accounts accounts;
    private final VoteRepository votes;
    private final BallotRepository ballots;

    VoteDemoData(BallotDemo demo, Accounts accounts, VoteRepository votes, BallotRepository ballots) {
        this.demo = demo;
        this.accounts = accounts;
        this.votes = votes;
        this.ballots = ballots;
    }

    @Override
    @Transactional
    public void seed() {
        demo.place(INITIATIVE, VoteTool.ID, () -> votes.count() > 0).ifPresent(this::openWithBallots);
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
