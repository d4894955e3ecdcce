package org.cocrea.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey of one instance: its page (what a person can do now), the facilitators' editor, the answer pages (a
 * section a page, working without JavaScript), the results with one cross-tabulation, and the downloads. Each
 * request opens the instance once ({@link OpenTool}); a refusal shows the form again as typed (422), nothing stored.
 */
@Controller
class SurveyController {
    private static final String ID = "/survey/{id:\\d+}";
    private static final String QUESTION = ID + "/questions/{question:\\d+}";
    private final SurveyService service;
    private final SurveyRepository surveys;
    private final SurveyExport export;
    private final MessageSource messages;

    SurveyController(SurveyService service, SurveyRepository surveys, SurveyExport export, MessageSource messages) {
        this.service = service;
        this.surveys = surveys;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping(ID)
    String show(@OpenTool(SurveyTool.ID) ToolAccess access, Model model) {
        return overview(access, model, null, null);
    }

    @PostMapping(ID)
    String create(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @ModelAttribute("form") SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.create(access, form);
            redirect.addFlashAttribute("notice", "survey.created");
            return "redirect:/survey/" + access.id() + "/edit";
        } catch (Refused refused) {
            return overview(access, model, form, refused.shownAgain(response));
        }
    }

    private String overview(ToolAccess access, Model model, SettingsForm form, BindingResult errors) {
        var survey = service.find(access).orElse(null);
        boolean build = access.may(SurveyTool.BUILD);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("survey", survey);
        model.addAttribute("now", SurveyService.now());
        model.addAttribute("mayBuild", build);
        model.addAttribute("mayAnswer", access.may(SurveyTool.ANSWER));
        boolean responded = false;
        boolean hasDraft = false;
        if (survey != null && access.person() != null && access.may(SurveyTool.ANSWER)) {
            long me = access.person().personId();
            responded = surveys.responded(access.id(), me);
            hasDraft = !responded && surveys.draft(access.id(), me).isPresent();
        }
        model.addAttribute("responded", responded);
        model.addAttribute("hasDraft", hasDraft);
        model.addAttribute("questions", survey == null ? 0 : surveys.itemCount(access.id()));
        model.addAttribute("responses", survey != null && build ? surveys.responses(access.id()) : -1);
        model.addAttribute("mayReadResults", survey != null && (build || survey.resultsPublished()));
        model.addAttribute("form", form == null ? defaults() : form);
        model.addAttribute("templates", Templates.CODES);
        model.addAttribute("errors", errors);
        return "survey/survey";
    }

    private SettingsForm defaults() {
        var now = SurveyService.now()
                .atZoneSameInstant(service.zone())
                .withSecond(0)
                .withNano(0);
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        return new SettingsForm(
                "",
                "",
                "yes",
                now.toLocalDateTime().format(format),
                now.plusDays(14).withHour(18).withMinute(0).toLocalDateTime().format(format),
                "",
                "");
    }

    // The editor

    @GetMapping(ID + "/edit")
    String edit(@OpenTool(SurveyTool.ID) ToolAccess access, Model model) {
        return editor(access, model, null, null, null);
    }

    @PostMapping(ID + "/settings")
    String settings(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @ModelAttribute("settingsForm") SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.settings(access, form);
            redirect.addFlashAttribute("notice", "survey.settings.saved");
            return "redirect:/survey/" + access.id() + "/edit";
        } catch (Refused refused) {
            return editor(access, model, "settings", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/questions")
    String add(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @ModelAttribute("questionForm") QuestionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.addQuestion(access, form);
            redirect.addFlashAttribute("notice", "survey.question.added");
            return "redirect:/survey/" + access.id() + "/edit#questions";
        } catch (Refused refused) {
            return editor(access, model, "question", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/template")
    String template(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam(name = "template", required = false) String template,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.template(access, template == null ? "" : template);
            redirect.addFlashAttribute("notice", "survey.template.added");
            return "redirect:/survey/" + access.id() + "/edit#questions";
        } catch (Refused refused) {
            return editor(access, model, "template", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/bulk")
    String bulk(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @ModelAttribute("bulkForm") BulkForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.bulk(access, form);
            redirect.addFlashAttribute("notice", "survey.bulk.added");
            return "redirect:/survey/" + access.id() + "/edit#questions";
        } catch (Refused refused) {
            return editor(access, model, "bulk", form, refused.shownAgain(response));
        }
    }

    @GetMapping(QUESTION)
    String question(@OpenTool(SurveyTool.ID) ToolAccess access, @PathVariable("question") long question, Model model) {
        return questionPage(access, question, model, null, null);
    }

    @PostMapping(QUESTION)
    String update(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @PathVariable("question") long question,
            @ModelAttribute("questionForm") QuestionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.editQuestion(access, question, form);
            redirect.addFlashAttribute("notice", "survey.question.saved");
            return "redirect:/survey/" + access.id() + "/edit#q" + question;
        } catch (Refused refused) {
            return questionPage(access, question, model, form, refused.shownAgain(response));
        }
    }

    @PostMapping(QUESTION + "/delete")
    String delete(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @PathVariable("question") long question,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.deleteQuestion(access, question);
            redirect.addFlashAttribute("notice", "survey.question.deleted");
            return "redirect:/survey/" + access.id() + "/edit#questions";
        } catch (Refused refused) {
            return editor(access, model, "list", null, refused.shownAgain(response));
        }
    }

    @PostMapping(QUESTION + "/move")
    String move(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @PathVariable("question") long question,
            @RequestParam(name = "direction", required = false) String direction,
            Model model,
            HttpServletResponse response) {
        try {
            service.move(access, question, direction == null ? "" : direction);
            return "redirect:/survey/" + access.id() + "/edit#q" + question;
        } catch (Refused refused) {
            return editor(access, model, "list", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/open")
    String open(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.open(access);
            redirect.addFlashAttribute("notice", "survey.opened");
            return "redirect:/survey/" + access.id();
        } catch (Refused refused) {
            return editor(access, model, "open", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/close")
    String close(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.close(access);
            redirect.addFlashAttribute("notice", "survey.closed.now");
            return "redirect:/survey/" + access.id();
        } catch (Refused refused) {
            return editor(access, model, "close", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ID + "/publish")
    String publish(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam(name = "published", required = false) String published,
            RedirectAttributes redirect) {
        boolean yes = "yes".equals(published);
        service.publishResults(access, yes);
        redirect.addFlashAttribute("notice", yes ? "survey.results.published" : "survey.results.withdrawn");
        return "redirect:/survey/" + access.id() + "/results";
    }

    private String editor(ToolAccess access, Model model, String failed, Object typed, BindingResult errors) {
        SurveyService.require(access, SurveyTool.BUILD);
        var survey = service.find(access).orElseThrow(NotFound::new);
        var items = service.items(access);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("survey", survey);
        model.addAttribute("items", items);
        model.addAttribute("now", SurveyService.now());
        model.addAttribute("settingsForm", "settings".equals(failed) ? (SettingsForm) typed : settingsOf(survey));
        model.addAttribute("questionForm", "question".equals(failed) ? (QuestionForm) typed : QuestionForm.empty());
        model.addAttribute("bulkForm", "bulk".equals(failed) ? (BulkForm) typed : new BulkForm("short", ""));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("templates", Templates.CODES);
        model.addAttribute("limit", SurveyRules.MAX_ITEMS);
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        return "survey/edit";
    }

    private SettingsForm settingsOf(Survey survey) {
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        return new SettingsForm(
                survey.title(),
                survey.intro(),
                survey.anonymous() ? "yes" : "",
                survey.opensAt() == null
                        ? ""
                        : survey.opensAt().atZoneSameInstant(service.zone()).format(format),
                survey.closesAt() == null
                        ? ""
                        : survey.closesAt().atZoneSameInstant(service.zone()).format(format),
                "",
                survey.codes() ? "yes" : "");
    }

    private String questionPage(
            ToolAccess access, long question, Model model, QuestionForm typed, BindingResult errors) {
        SurveyService.require(access, SurveyTool.BUILD);
        var survey = service.find(access).orElseThrow(NotFound::new);
        var items = service.items(access);
        var item = items.stream().filter(i -> i.id() == question).findFirst().orElseThrow(NotFound::new);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("survey", survey);
        model.addAttribute("item", item);
        model.addAttribute(
                "conditions",
                items.stream()
                        .filter(i -> i.position() < item.position() && i.kind().closed())
                        .toList());
        model.addAttribute("questionForm", typed == null ? QuestionForm.of(item) : typed);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("errors", errors);
        return "survey/question";
    }

    // Answering

    @GetMapping(ID + "/answer")
    String answerPage(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam(name = "page", required = false) String page,
            Model model) {
        SurveyService.require(access, SurveyTool.ANSWER);
        var survey = service.find(access).orElseThrow(NotFound::new);
        return answering(access, survey, number(page), model, null, null);
    }

    @PostMapping(ID + "/answer")
    String answer(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SurveyService.require(access, SurveyTool.ANSWER);
        var survey = service.find(access).orElseThrow(NotFound::new);
        int page = Math.max(0, number(posted.getFirst("page")));
        String go = String.valueOf(posted.getFirst("go"));
        try {
            var step = service.answer(access, page, go, posted);
            if (step.submitted()) {
                redirect.addFlashAttribute("notice", "survey.answer.submitted");
                return "redirect:/survey/" + access.id();
            }
            if (step.saved()) {
                redirect.addFlashAttribute("notice", "survey.answer.saved");
            }
            return "redirect:/survey/" + access.id() + "/answer?page=" + step.page();
        } catch (Refused refused) {
            var typed = new LinkedHashMap<String, List<String>>();
            posted.forEach((k, v) -> typed.put(k, new ArrayList<>(v)));
            return answering(access, survey, page, model, typed, refused.shownAgain(response));
        }
    }

    private String answering(
            ToolAccess access,
            Survey survey,
            int page,
            Model model,
            Map<String, List<String>> typed,
            BindingResult errors) {
        return answering(access, survey, null, null, page, model, typed, errors);
    }

    private String answering(
            ToolAccess access,
            Survey survey,
            SurveyService.Respondent codeHolder,
            String code,
            int page,
            Model model,
            Map<String, List<String>> typed,
            BindingResult errors) {
        var filling =
                codeHolder == null ? service.filling(access, survey) : service.filling(access, survey, codeHolder);
        var pages = filling.pages();
        if (pages.isEmpty()) {
            throw new NotFound();
        }
        int at = page;
        if (at < 0 || at >= pages.size() || !filling.shownPages().contains(at)) {
            at = filling.shownPages().isEmpty() ? 0 : filling.shownPages().get(0);
        }
        var fields = new LinkedHashMap<>(filling.fields());
        if (typed != null) {
            fields.putAll(typed);
        }
        var order = filling.shownPages();
        int index = order.indexOf(at);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute(
                "page",
                new AnswerPage(
                        survey,
                        at,
                        index + 1,
                        order.size(),
                        index == order.size() - 1,
                        pages.get(at),
                        filling.items(),
                        filling.shown(),
                        fields,
                        filling.responded(),
                        survey.accepting(SurveyService.now()),
                        survey.anonymous() && filling.responded() && codeHolder == null,
                        codeHolder == null ? null : code));
        model.addAttribute("errors", errors);
        return "survey/answer";
    }

    // Answering with a voting code (ADR 0033): the code travels only in the posted form, never in an address or the
    // session, so every step is a POST answered with the next page itself rather than a redirect.

    @GetMapping(ID + "/code")
    String codeForm(@OpenTool(SurveyTool.ID) ToolAccess access, Model model) {
        var survey = service.find(access).filter(Survey::codes).orElseThrow(NotFound::new);
        return codePage(access, survey, model, "", null);
    }

    @PostMapping(ID + "/code")
    String answerWithCode(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var survey = service.find(access).filter(Survey::codes).orElseThrow(NotFound::new);
        String code = posted.getFirst("code");
        String go = posted.getFirst("go");
        // Never shown back once it no longer looks like a code the person could have typed.
        String typedCode = code == null || code.length() > 40 ? "" : code;
        if (go == null) {
            // the code page: its holder's first page, with what they saved before
            try {
                var holder = service.startWithCode(access, code);
                return answering(access, survey, holder, typedCode, 0, model, null, null);
            } catch (Refused refused) {
                return codePage(access, survey, model, typedCode, refused.shownAgain(response));
            }
        }
        int page = Math.max(0, number(posted.getFirst("page")));
        try {
            var step = service.answerWithCode(access, code, page, go, posted);
            if (step.submitted()) {
                redirect.addFlashAttribute("notice", "survey.code.submitted");
                return "redirect:/survey/" + access.id();
            }
            var holder = SurveyService.Respondent.code(SurveyService.codeKey(
                    access.id(), org.cocrea.ballots.VotingCodes.normalise(code).orElseThrow()));
            model.addAttribute("saved", step.saved());
            return answering(access, survey, holder, typedCode, step.page(), model, null, null);
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            if (refused.problems().stream().anyMatch(p -> "code".equals(p.field()))
                    || !survey.accepting(SurveyService.now())) {
                return codePage(access, survey, model, typedCode, errors);
            }
            var typed = new LinkedHashMap<String, List<String>>();
            posted.forEach((k, v) -> typed.put(k, new ArrayList<>(v)));
            var holder = SurveyService.Respondent.code(SurveyService.codeKey(
                    access.id(), org.cocrea.ballots.VotingCodes.normalise(code).orElseThrow()));
            return answering(access, survey, holder, typedCode, page, model, typed, errors);
        }
    }

    private String codePage(ToolAccess access, Survey survey, Model model, String code, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("survey", survey);
        model.addAttribute("now", SurveyService.now());
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        return "survey/code";
    }

    // Results and downloads

    @GetMapping(ID + "/results")
    String results(
            @OpenTool(SurveyTool.ID) ToolAccess access,
            @RequestParam(name = "of", required = false) String of,
            @RequestParam(name = "by", required = false) String by,
            Model model) {
        var survey = readable(access);
        var items = service.items(access);
        var closed = items.stream().filter(i -> i.kind().closed()).toList();
        Item ofItem = pick(closed, of, 0);
        Item byItem = pick(closed, by, 1);
        var locale = LocaleContextHolder.getLocale();
        String other = messages.getMessage("survey.other", null, locale);
        int responses = surveys.responses(access.id());
        Results.Cross cross = null;
        if (ofItem != null
                && byItem != null
                && ofItem.id() != byItem.id()
                && !(survey.anonymous() && responses < Results.MIN_GROUP)) {
            cross = Tabulation.cross(
                    ofItem,
                    byItem,
                    surveys.cross(
                            access.id(),
                            ofItem.id(),
                            byItem.id(),
                            ofItem.kind() == QuestionKind.MULTIPLE,
                            byItem.kind() == QuestionKind.MULTIPLE),
                    survey.anonymous(),
                    other);
        }
        var results = Tabulation.of(
                survey,
                items,
                responses,
                surveys.counts(access.id()),
                surveys.answered(access.id()),
                surveys.texts(
                        access.id(),
                        items.stream()
                                .filter(i -> i.kind().textual() || i.allowOther())
                                .map(Item::id)
                                .toList(),
                        Tabulation.TEXTS),
                cross,
                Map.of("other", other));
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("survey", survey);
        model.addAttribute("results", results);
        model.addAttribute("closedItems", closed);
        model.addAttribute("of", ofItem == null ? 0L : ofItem.id());
        model.addAttribute("by", byItem == null ? 0L : byItem.id());
        model.addAttribute("mayBuild", access.may(SurveyTool.BUILD));
        return "survey/results";
    }

    /** The closed question named, or the {@code fallback}-th one; null when there is none. */
    private static Item pick(List<Item> closed, String typed, int fallback) {
        if (typed != null) {
            for (Item i : closed) {
                if (String.valueOf(i.id()).equals(typed.strip())) {
                    return i;
                }
            }
        }
        return closed.size() > fallback ? closed.get(fallback) : null;
    }

    /** The survey when the reader may read its results: facilitators always, others once they are published. */
    private Survey readable(ToolAccess access) {
        var survey = service.find(access).orElseThrow(NotFound::new);
        if (!access.may(SurveyTool.BUILD) && !survey.resultsPublished()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return survey;
    }

    @GetMapping(ID + "/export.csv")
    void csv(@OpenTool(SurveyTool.ID) ToolAccess access, HttpServletResponse response) throws IOException {
        var survey = exportable(access);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + access.id() + ".csv\"");
        response.setHeader("Cache-Control", Downloads.PRIVATE.getHeaderValue());
        export.csv(
                survey,
                messages.getMessage("survey.other", null, LocaleContextHolder.getLocale()),
                response.getWriter());
    }

    @GetMapping(ID + "/export.json")
    void json(@OpenTool(SurveyTool.ID) ToolAccess access, HttpServletResponse response) throws IOException {
        var survey = exportable(access);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + access.id() + ".json\"");
        response.setHeader("Cache-Control", Downloads.PRIVATE.getHeaderValue());
        export.json(survey, access.initiative().title(), response.getWriter());
    }

    /** As the initiative page promises: not found until there is something to download for this reader. */
    private Survey exportable(ToolAccess access) {
        var survey = service.find(access).orElseThrow(NotFound::new);
        if (!access.may(SurveyTool.BUILD) && !survey.resultsPublished()) {
            throw new NotFound();
        }
        return survey;
    }

    private static int number(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
