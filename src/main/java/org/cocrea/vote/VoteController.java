package org.cocrea.vote;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voters' side of a vote: the question, the ballot (cast or changed until the close) and the results. Each
 * request opens the vote once ({@link OpenTool}); who may vote is the ballot tools' one rule.
 */
@Controller
class VoteController {
    private final VoteService service;

    VoteController(VoteService service) {
        this.service = service;
    }

    @PostMapping("/vote/{id:\\d+}/ballot")
    String ballot(
            @OpenTool(VoteTool.ID) ToolAccess access,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var kind = service.vote(access.id()).map(Vote::kind).orElse(BallotKind.APPROVAL);
        var parsed = BallotRules.parse(kind, request.getParameterMap());
        try {
            if (parsed.problem() != null) {
                throw new Refused(List.of(parsed.problem()));
            }
            var cast = service.cast(access, parsed.marks());
            redirect.addFlashAttribute("notice", cast.again() ? "vote.ballot.changed" : "vote.ballot.cast");
            return "redirect:/vote/" + access.id();
        } catch (Refused refused) {
            return page(access, model, parsed.typed(), refused.shownAgain(response));
        }
    }

    @GetMapping("/vote/{id:\\d+}")
    String show(@OpenTool(VoteTool.ID) ToolAccess vote, Model model) {
        return page(vote, model, null, null);
    }

    @GetMapping("/vote/{id:\\d+}/results")
    String results(@OpenTool(VoteTool.ID) ToolAccess access, Model model) {
        var vote = service.vote(access.id())
                .filter(v -> v.status() != BallotStatus.DRAFT)
                .orElseThrow(NotFound::new);
        var options = service.options(vote);
        boolean shown = vote.resultsShown(Lifecycle.now());
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("vote", vote);
        model.addAttribute("options", options);
        model.addAttribute("results", shown ? service.results(vote, options) : null);
        model.addAttribute("named", shown ? service.namedBallots(vote, access) : List.of());
        model.addAttribute("ballots", service.ballotCount(vote));
        model.addAttribute("isFinal", vote.closed(Lifecycle.now()));
        return "vote/results";
    }

    /** The ballots without voters, in random order, when the results may be shown. */
    @GetMapping("/vote/{id:\\d+}/ballots.csv")
    ResponseEntity<String> export(@OpenTool(VoteTool.ID) ToolAccess access) {
        var vote = service.vote(access.id())
                .filter(v -> v.status() != BallotStatus.DRAFT && v.resultsShown(Lifecycle.now()))
                .orElseThrow(NotFound::new);
        String csv = CsvExport.of(vote, service.options(vote), service.ballots(vote));
        return org.cocrea.platform.Downloads.of(
                        ResponseEntity.ok(), access.initiative().isPublic())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"vote-" + access.id() + "-ballots.csv\"")
                .body(csv);
    }

    private String page(ToolAccess access, Model model, Map<Long, String> typed, BindingResult errors) {
        var vote = service.vote(access.id()).orElse(null);
        var mine = vote == null
                ? Map.<Long, Integer>of()
                : service.mine(vote, access.person()).orElse(null);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("vote", vote);
        model.addAttribute("options", vote == null ? List.of() : service.options(vote));
        model.addAttribute("eligible", service.eligible(access, vote));
        model.addAttribute("mayManage", access.may(Voters.MANAGE));
        model.addAttribute("hasVoted", mine != null);
        model.addAttribute("typed", typed != null ? typed : shown(mine));
        model.addAttribute("stage", vote == null ? "none" : vote.stage(Lifecycle.now()));
        model.addAttribute("resultsShown", vote != null && vote.resultsShown(Lifecycle.now()));
        model.addAttribute("errors", errors);
        return "vote/vote";
    }

    /** The voter's stored marks as the form shows them. */
    private static Map<Long, String> shown(Map<Long, Integer> mine) {
        var typed = new LinkedHashMap<Long, String>();
        if (mine != null) {
            mine.forEach((option, value) -> typed.put(option, String.valueOf(value)));
        }
        return typed;
    }
}
