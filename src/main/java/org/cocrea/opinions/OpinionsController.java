package org.cocrea.opinions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A conversation: the statement to vote on next (a whole page without JavaScript, the card alone for htmx), new
 * statements, every statement with the viewer's own votes, moderation, the results and the settings.
 */
@Controller
class OpinionsController {
    private final Initiatives initiatives;
    private final OpinionRepository repository;
    private final OpinionsService service;
    private final Results results;

    OpinionsController(
            Initiatives initiatives, OpinionRepository repository, OpinionsService service, Results results) {
        this.initiatives = initiatives;
        this.repository = repository;
        this.service = service;
        this.results = results;
    }

    @GetMapping("/opinions/{id:\\d+}")
    String show(@OpenTool(OpinionsTool.ID) ToolAccess access, Model model) {
        return page(access, model, "", null, null);
    }

    /**
     * A vote. With htmx the answer is the next card, swapped in place; without JavaScript a redirect to the page (or
     * to the statements list when the vote was changed there).
     */
    @PostMapping("/opinions/{id:\\d+}/votes")
    String vote(
            @OpenTool(OpinionsTool.ID) ToolAccess access,
            @RequestParam(required = false) Long statement,
            @RequestParam(required = false) String choice,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (statement == null) {
                throw new Refused("choice", "opinions.vote.choice");
            }
            service.vote(access, statement, choice);
        } catch (Refused r) {
            return page(access, model, "", r.shownAgain(response), null);
        }
        if ("statements".equals(back)) {
            redirect.addFlashAttribute("notice", "opinions.vote.changed");
            return "redirect:/opinions/" + access.id() + "/statements#statement-" + statement;
        }
        if (htmx != null) {
            model.addAttribute("page", votePage(access, "", null));
            model.addAttribute("errors", null);
            return "opinions/card";
        }
        return "redirect:/opinions/" + access.id() + "#vote-card-title";
    }

    @PostMapping("/opinions/{id:\\d+}/statements")
    String submit(
            @OpenTool(OpinionsTool.ID) ToolAccess access,
            @RequestParam(required = false) String body,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.submit(access, body);
        } catch (Refused r) {
            Long duplicate = r.key().equals(OpinionsService.DUPLICATE) ? (Long) r.args()[0] : null;
            return page(access, model, body == null ? "" : body, r.shownAgain(response), duplicate);
        }
        boolean waits = !access.may(OpinionsTool.MODERATE)
                && repository.conversationOrDefaults(access.id()).moderation().equals("before");
        redirect.addFlashAttribute("notice", waits ? "opinions.statement.waits" : "opinions.statement.added");
        return "redirect:/opinions/" + access.id();
    }

    @GetMapping("/opinions/{id:\\d+}/statements")
    String statements(@OpenTool(OpinionsTool.ID) ToolAccess access, Model model) {
        boolean moderates = access.may(OpinionsTool.MODERATE);
        var mine = access.person() == null
                ? java.util.Map.<Long, Integer>of()
                : repository
                        .participant(access.id(), access.person().personId())
                        .map(repository::votesOf)
                        .orElse(java.util.Map.of());
        model.addAttribute(
                "page",
                new StatementsPage(
                        access.initiative(),
                        access.instance(),
                        repository.statements(access.id(), moderates),
                        mine,
                        access.may(OpinionsTool.VOTE),
                        moderates));
        return "opinions/statements";
    }

    @PostMapping("/opinions/{id:\\d+}/statements/{statement:\\d+}/moderate")
    String moderate(
            @OpenTool(OpinionsTool.ID) ToolAccess access,
            @PathVariable long statement,
            @RequestParam(required = false) String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.moderate(access, statement, action);
        } catch (Refused r) {
            r.shownAgain(response);
            return statements(access, model);
        }
        redirect.addFlashAttribute("notice", "opinions.moderated");
        return "redirect:/opinions/" + access.id() + "/statements#statement-" + statement;
    }

    @GetMapping("/opinions/{id:\\d+}/results")
    String results(@OpenTool(OpinionsTool.ID) ToolAccess access, Model model) {
        model.addAttribute("page", results.page(access));
        return "opinions/results";
    }

    @GetMapping("/opinions/{id:\\d+}/settings")
    String settings(@OpenTool(OpinionsTool.ID) ToolAccess access, Model model) {
        OpinionsService.require(access, OpinionsTool.MODERATE);
        var state = repository.conversationOrDefaults(access.id());
        return settingsPage(access, model, state.moderation(), state.method(), null);
    }

    @PostMapping("/opinions/{id:\\d+}/settings")
    String saveSettings(
            @OpenTool(OpinionsTool.ID) ToolAccess access,
            @RequestParam(required = false) String moderation,
            @RequestParam(required = false) String method,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.saveSettings(access, moderation, method);
        } catch (Refused r) {
            return settingsPage(access, model, moderation, method, r.shownAgain(response));
        }
        redirect.addFlashAttribute("notice", "opinions.settings.saved");
        return "redirect:/opinions/" + access.id() + "/settings";
    }

    private String settingsPage(
            ToolAccess access, Model model, String moderation, String method, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("moderation", moderation == null ? "" : moderation);
        model.addAttribute("method", method == null ? "" : method);
        model.addAttribute("errors", errors);
        return "opinions/settings";
    }

    private String page(ToolAccess access, Model model, String body, BindingResult errors, Long duplicate) {
        model.addAttribute("page", votePage(access, body, duplicate));
        model.addAttribute("errors", errors);
        return "opinions/conversation";
    }

    private VotePage votePage(ToolAccess access, String body, Long duplicate) {
        long instance = access.id();
        Long participant = access.person() == null
                ? null
                : repository.participant(instance, access.person().personId()).orElse(null);
        var unvoted = repository.unvoted(instance, participant);
        var counts = repository.counts(instance);
        boolean moderates = access.may(OpinionsTool.MODERATE);
        var card = NextStatement.choose(unvoted, ThreadLocalRandom.current()).orElse(null);
        return new VotePage(
                access.initiative(),
                access.instance(),
                card,
                counts.published() - unvoted.size(),
                counts.published(),
                moderates ? counts.pending() : 0,
                access.may(OpinionsTool.VOTE),
                access.may(OpinionsTool.SUBMIT),
                moderates,
                repository.conversationOrDefaults(instance).moderation().equals("before"),
                initiatives.joining(access),
                body,
                duplicate);
    }
}
