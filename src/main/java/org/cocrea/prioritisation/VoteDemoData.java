package org.cocrea.prioritisation;

import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives: a ranked vote in the collective co-commissioning initiative on which
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

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final VoteRepository votes;
    private final BallotRepository ballots;

    VoteDemoData(
            DemoMode demo, Initiatives initiatives, Accounts accounts, VoteRepository votes, BallotRepository ballots) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.votes = votes;
        this.ballots = ballots;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed() || votes.count() > 0) {
            return;
        }
        // The updates tool the demo placed in every cell's phase leads us to the initiative.
        var initiative = initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == Phase.CO_COMMISSIONING)
                .flatMap(i -> initiatives.visible(i.initiativeId(), null).stream())
                .filter(i -> i.level() == Level.COLLECTIVE && i.title().equals(INITIATIVE))
                .findFirst()
                .orElse(null);
        if (initiative == null) {
            return;
        }
        var instance = initiatives.addToolForDemo(initiative.id(), Phase.CO_COMMISSIONING, VoteTool.ID);
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
                        null));
        var ids = OPTIONS.stream().map(o -> votes.addOption(vote, o[0], o[1])).toList();
        votes.setStatus(vote, VoteStatus.DRAFT, VoteStatus.OPEN);
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
