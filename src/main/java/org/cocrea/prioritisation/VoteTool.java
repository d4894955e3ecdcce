package org.cocrea.prioritisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The prioritisation vote: co-commissioning (which needs come first) and co-assessment (which results matter
 * most), at every level. "vote" is the members' eligibility; a vote open to anyone registered asks only that
 * the voter may see the initiative.
 */
@Component
class VoteTool implements Tool {
    static final String ID = "vote";
    static final String VOTE = "vote";
    static final String MANAGE = "manage";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            VOTE,
            EnumSet.of(
                    MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN, MemberRole.PROXY),
            MANAGE,
            EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));

    private final VoteRepository votes;

    VoteTool(VoteRepository votes) {
        this.votes = votes;
    }

    /** The same condition as the ballots download itself. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        return votes.ofInstance(instance.id())
                .filter(v -> v.status() != VoteStatus.DRAFT && v.resultsShown(VoteService.now()))
                .isPresent();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "vote.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_ASSESSMENT);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.allOf(Level.class);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return ACTIONS;
    }

    @Override
    public String path(ToolInstance instance) {
        return "/vote/" + instance.id();
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
