package org.cocrea.prioritisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The voters' side of a vote: the question, the ballot (cast or changed until the close) and the results. */
@Controller
class VoteController {
    private final Initiatives initiatives;
    private final VoteService service;

    VoteController(Initiatives initiatives, VoteService service) {
        this.initiatives = initiatives;
        this.service = service;
    }

    @GetMapping("/vote/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(id, me, model, null, null);
    }

    @PostMapping("/vote/{id:\\d+}/ballot")
    String ballot(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var initiative = visible(id, me);
        var vote = service.vote(id).orElse(null);
        var kind = vote == null ? BallotKind.APPROVAL : vote.kind();
        var parsed = BallotRules.parse(kind, request.getParameterMap());
        var cast = parsed.problem() != null
                ? new BallotBox.Cast(parsed.problem(), false)
                : service.cast(me, id, initiative, parsed.marks());
        if (cast.refused()) {
            response.setStatus(422);
            return page(id, me, model, parsed.typed(), errors(List.of(cast.problem())));
        }
        redirect.addFlashAttribute("notice", cast.replaced() ? "vote.ballot.changed" : "vote.ballot.cast");
        return "redirect:/vote/" + id;
    }

    @GetMapping("/vote/{id:\\d+}/results")
    String results(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var initiative = visible(id, me);
        var vote = service.vote(id).filter(v -> v.status() != VoteStatus.DRAFT).orElseThrow(VoteController::notFound);
        var options = service.options(vote);
        boolean shown = vote.resultsShown(VoteService.now());
        model.addAttribute("initiative", initiative);
        model.addAttribute("instance", instance(id));
        model.addAttribute("vote", vote);
        model.addAttribute("options", options);
        model.addAttribute("results", shown ? service.results(vote, options) : null);
        model.addAttribute("named", shown ? service.namedBallots(vote, me, initiative) : List.of());
        model.addAttribute("ballots", service.ballotCount(vote));
        model.addAttribute("isFinal", vote.closed(VoteService.now()));
        return "prioritisation/results";
    }

    /** The ballots without voters, in random order, when the results may be shown. */
    @GetMapping("/vote/{id:\\d+}/ballots.csv")
    ResponseEntity<String> export(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me) {
        var initiative = visible(id, me);
        var vote = service.vote(id)
                .filter(v -> v.status() != VoteStatus.DRAFT && v.resultsShown(VoteService.now()))
                .orElseThrow(VoteController::notFound);
        String csv = CsvExport.of(vote, service.options(vote), service.ballots(vote));
        return org.cocrea.platform.Downloads.of(ResponseEntity.ok(), initiative.isPublic())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vote-" + id + "-ballots.csv\"")
                .body(csv);
    }

    private String page(long id, SignedInPerson me, Model model, Map<Long, String> typed, BindingResult errors) {
        var instance = instance(id);
        var initiative = initiatives.visible(instance.initiativeId(), me).orElseThrow(VoteController::notFound);
        var vote = service.vote(id).orElse(null);
        var mine =
                vote == null ? Map.<Long, Integer>of() : service.mine(vote, me).orElse(null);
        var role = service.role(initiative, me);
        model.addAttribute("initiative", initiative);
        model.addAttribute("instance", instance);
        model.addAttribute("vote", vote);
        model.addAttribute("options", vote == null ? List.of() : service.options(vote));
        model.addAttribute("eligible", service.eligible(me, initiative, vote, role));
        model.addAttribute("mayManage", VoteService.manages(initiative, role));
        model.addAttribute("hasVoted", mine != null);
        model.addAttribute("typed", typed != null ? typed : shown(mine));
        model.addAttribute("stage", vote == null ? "none" : vote.stage(VoteService.now()));
        model.addAttribute("resultsShown", vote != null && vote.resultsShown(VoteService.now()));
        model.addAttribute("errors", errors);
        return "prioritisation/vote";
    }

    /** The voter's stored marks as the form shows them. */
    private static Map<Long, String> shown(Map<Long, Integer> mine) {
        var typed = new LinkedHashMap<Long, String>();
        if (mine != null) {
            mine.forEach((option, value) -> typed.put(option, String.valueOf(value)));
        }
        return typed;
    }

    ToolInstance instance(long id) {
        return initiatives
                .toolInstance(id)
                .filter(i -> i.toolId().equals(VoteTool.ID))
                .orElseThrow(VoteController::notFound);
    }

    Initiative visible(long id, SignedInPerson me) {
        return visible(instance(id), me);
    }

    Initiative visible(ToolInstance instance, SignedInPerson me) {
        return initiatives.visible(instance.initiativeId(), me).orElseThrow(VoteController::notFound);
    }

    static BindingResult errors(List<Problem> problems) {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        for (Problem p : problems) {
            if (p.field() == null) {
                errors.reject(p.code(), p.args(), p.code());
            } else {
                errors.rejectValue(p.field(), p.code(), p.args(), p.code());
            }
        }
        return errors;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
