package org.cocrea.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.BallotTool;
import org.cocrea.ballots.Facilitating;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.ManagePage;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The prioritisation vote: co-commissioning (which needs come first) and co-assessment (which results matter
 * most), at every level. "vote" is the members' eligibility; a vote open to anyone registered asks only that
 * the voter may see the initiative; facilitators vote unless the vote says otherwise ({@link Voters}). Votes of
 * public initiatives, their results and the anonymised ballots are readable anonymously.
 */
@Component
class VoteTool extends BallotTool {
    static final String ID = "vote";
    /** The vote's own settings, in the order {@link #stored} and {@link #empty} give their values. */
    static final List<String> SETTINGS =
            List.of("question", "ballotKind", "maxApprovals", "points", "pointCap", "named", "hideResults");
    /** Every field of the vote's settings form: its own settings, then the shared ones. */
    static final List<String> FORM = form(SETTINGS);

    private static final Set<Phase> PHASES = EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_ASSESSMENT);
    /** Everyone with a role but observers; facilitators too unless the vote says otherwise. */
    private static final Set<MemberRole> VOTERS = EnumSet.of(
            MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN, MemberRole.PROXY);

    private final VoteService service;

    VoteTool(VoteService service) {
        super(ID, PHASES, EnumSet.allOf(Level.class), VOTERS, List.of("", "/results", "/ballots.csv"), SETTINGS, "csv");
        this.service = service;
    }

    /** The same condition as the ballots download itself. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        var vote = service.vote(instance.id());
        return vote.isPresent()
                && vote.get().status() != BallotStatus.DRAFT
                && vote.get().resultsShown(Lifecycle.now());
    }

    /** The anonymised ballots ({@code VoteController#export}), there once the results may be shown. */
    @Override
    public String exportPath(ToolInstance instance, String format) {
        return path(instance) + "/ballots.csv";
    }

    @Override
    public Facilitating facilitating() {
        return service;
    }

    /** The vote's manage page: question and rules, options (and {@code option} as typed), the stage. */
    String managePage(ToolAccess access, Model model, SettingsForm settings, OptionForm option, BindingResult errors) {
        ManagePage.open(access, model);
        var vote = service.vote(access.id()).orElse(null);
        var stored = vote == null ? empty() : stored(vote);
        model.addAttribute("vote", vote);
        model.addAttribute("options", vote == null ? List.of() : service.options(vote));
        model.addAttribute("ballots", vote == null ? 0L : service.ballotCount(vote));
        model.addAttribute("stage", vote == null ? "none" : vote.stage(Lifecycle.now()));
        model.addAttribute("settings", settings == null ? stored : settings);
        model.addAttribute("option", option);
        model.addAttribute("errors", errors);
        return "vote/manage";
    }

    @Override
    public String managePage(ToolAccess access, Model model, SettingsForm settings, BindingResult errors) {
        return managePage(access, model, settings, OptionForm.empty(), errors);
    }

    /** The stored settings as the form shows them. */
    static SettingsForm stored(Vote v) {
        return SettingsForm.of(
                FORM,
                v.question(),
                v.kind().code(),
                v.maxApprovals(),
                v.points(),
                v.pointCap(),
                v.named(),
                v.hideResults(),
                v.eligibility().code(),
                v.facilitatorsVote(),
                v.opensAt(),
                v.closesAt());
    }

    /** A new vote's form: a ranked ballot, results hidden until the close, members and facilitators vote. */
    static SettingsForm empty() {
        return SettingsForm.of(FORM, "", "ranked", "", "10", "", "false", "true", "members", "true", "", "");
    }
}
