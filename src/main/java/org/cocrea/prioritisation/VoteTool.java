package org.cocrea.prioritisation;

import java.util.EnumSet;
import java.util.List;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.BallotTool;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The prioritisation vote: co-commissioning (which needs come first) and co-assessment (which results matter
 * most), at every level. "vote" is the members' eligibility; a vote open to anyone registered asks only that
 * the voter may see the initiative; facilitators vote unless the vote says otherwise ({@link Voters}). Votes of
 * public initiatives, their results and the anonymised ballots are readable anonymously.
 */
@Component
class VoteTool extends BallotTool {
    static final String ID = "vote";

    private final VoteRepository votes;

    VoteTool(VoteRepository votes) {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_ASSESSMENT),
                EnumSet.allOf(Level.class),
                EnumSet.of(
                        MemberRole.OWNER,
                        MemberRole.FACILITATOR,
                        MemberRole.MEMBER,
                        MemberRole.CITIZEN,
                        MemberRole.PROXY),
                List.of("", "/results", "/ballots.csv"));
        this.votes = votes;
    }

    /** The same condition as the ballots download itself. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        return votes.ofInstance(instance.id())
                .filter(v -> v.status() != BallotStatus.DRAFT && v.resultsShown(Lifecycle.now()))
                .isPresent();
    }

    @Override
    public List<String> exports() {
        return List.of("csv");
    }

    /** The anonymised ballots ({@code VoteController#export}), there once the results may be shown. */
    @Override
    public String exportPath(ToolInstance instance, String format) {
        return path(instance) + "/ballots.csv";
    }
}
