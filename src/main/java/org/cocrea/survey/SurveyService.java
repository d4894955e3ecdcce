package org.cocrea.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.ballots.IssuedCodes;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What facilitators and respondents do with a survey, each change in one transaction holding the survey's row lock,
 * so an answer never lands after the close nor on a question being edited. Building is allowed only while the survey
 * is a draft: a question never changes under the answers given to it.
 */
@Service
class SurveyService {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FIELD = Pattern.compile("q\\d+(-[a-z0-9]+)?");

    private final SurveyRepository surveys;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;
    private final MessageSource messages;
    private final List<IssuedCodes> issuedCodes;

    SurveyService(
            SurveyRepository surveys,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            CocreaSettings settings,
            MessageSource messages,
            List<IssuedCodes> issuedCodes) {
        this.issuedCodes = List.copyOf(issuedCodes);
        this.surveys = surveys;
        this.initiatives = initiatives;
        this.events = events;
        this.settings = settings;
        this.messages = messages;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    ZoneId zone() {
        return settings.timeZone();
    }

    LocalDate today() {
        return LocalDate.now(zone());
    }

    static void require(ToolAccess access, String action) {
        if (!access.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    Optional<Survey> find(ToolAccess access) {
        return surveys.find(access.id());
    }

    List<Item> items(ToolAccess access) {
        return surveys.items(access.id());
    }

    // Building

    /** Creates the survey, from a template or empty. */
    @Transactional
    void create(ToolAccess access, SettingsForm form) {
        require(access, SurveyTool.BUILD);
        var checked = SurveyRules.settings(form, zone());
        requireCodes(access, checked, false);
        if (!form.template().isEmpty() && !Templates.CODES.contains(form.template())) {
            throw new Refused("template", "survey.template.unknown");
        }
        if (surveys.lock(access.id()).isPresent()) {
            throw new Refused(null, "survey.create.exists");
        }
        surveys.create(access.id(), checked.title(), checked.intro(), checked.anonymous(), now());
        surveys.settings(
                access.id(),
                checked.title(),
                checked.intro(),
                checked.anonymous(),
                checked.opensAt(),
                checked.closesAt(),
                checked.codes());
        if (!form.template().isEmpty()) {
            addTemplate(access.id(), form.template());
        }
        initiatives.touch(access.initiative().id());
    }

    @Transactional
    void settings(ToolAccess access, SettingsForm form) {
        require(access, SurveyTool.BUILD);
        var survey = surveys.lock(access.id()).orElseThrow(NotFound::new);
        if (survey.ended(now())) {
            throw new Refused(null, "survey.closed");
        }
        var checked = SurveyRules.settings(form, zone());
        requireCodes(access, checked, survey.codes());
        if (!survey.draft() && checked.anonymous() != survey.anonymous()) {
            // People answered under the promise they read; it does not change under them.
            throw new Refused("anonymous", "survey.settings.anonymous.fixed");
        }
        if (!survey.draft() && (checked.opensAt() == null || checked.closesAt() == null)) {
            throw new Refused("closesAt", "survey.open.dates");
        }
        surveys.settings(
                access.id(),
                checked.title(),
                checked.intro(),
                checked.anonymous(),
                checked.opensAt(),
                checked.closesAt(),
                checked.codes());
    }

    /**
     * Codes are the budget's printed ones (ADR 0033): they can be switched on only once the initiative has issued
     * some, or there would be nothing to answer with. A survey already taking them keeps them.
     */
    private void requireCodes(ToolAccess access, SurveyRules.Settings checked, boolean already) {
        if (checked.codes()
                && !already
                && issuedCodes.stream().noneMatch(c -> c.any(access.initiative().id()))) {
            throw new Refused("codes", "survey.codes.none");
        }
    }

    private Survey drafting(ToolAccess access) {
        require(access, SurveyTool.BUILD);
        var survey = surveys.lock(access.id()).orElseThrow(NotFound::new);
        if (!survey.draft()) {
            throw new Refused(null, "survey.question.opened");
        }
        return survey;
    }

    @Transactional
    long addQuestion(ToolAccess access, QuestionForm form) {
        drafting(access);
        var items = surveys.items(access.id());
        SurveyRules.room(items.size(), 1);
        return surveys.insertItem(access.id(), SurveyRules.question(form, items, this::likert));
    }

    @Transactional
    void editQuestion(ToolAccess access, long id, QuestionForm form) {
        drafting(access);
        var items = surveys.items(access.id());
        var item = items.stream().filter(i -> i.id() == id).findFirst().orElseThrow(NotFound::new);
        var earlier = items.stream().filter(i -> i.position() < item.position()).toList();
        var draft = SurveyRules.question(form, earlier, this::likert);
        // A question that later items depend on stays a closed question with its values.
        for (Item later : items) {
            if (later.showIf() != null && later.showIf() == id) {
                var kind = draft.kind();
                int values = kind.isScale() ? kind.high() : draft.options().size();
                boolean fits = kind.closed()
                        && later.showIfAnswers().stream()
                                .allMatch(v -> v >= (kind.isScale() ? kind.low() : 1) && v <= values);
                if (!fits) {
                    throw new Refused("kind", "survey.question.dependedOn", later.text());
                }
            }
        }
        surveys.updateItem(access.id(), id, draft);
    }

    @Transactional
    void deleteQuestion(ToolAccess access, long id) {
        drafting(access);
        var item = surveys.items(access.id()).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(NotFound::new);
        surveys.deleteItem(access.id(), id, item.position());
    }

    @Transactional
    void move(ToolAccess access, long id, String direction) {
        drafting(access);
        var items = new ArrayList<>(surveys.items(access.id()));
        int at = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).id() == id) {
                at = k;
            }
        }
        if (at < 0) {
            throw new NotFound();
        }
        int to = "up".equals(direction) ? at - 1 : "down".equals(direction) ? at + 1 : -2;
        if (to == -2) {
            throw new Refused(null, "survey.move.direction");
        }
        if (to < 0 || to >= items.size()) {
            return; // already first or last: nothing to do
        }
        var a = items.get(at);
        var b = items.get(to);
        items.set(at, b);
        items.set(to, a);
        if (!SurveyRules.ordered(items)) {
            throw new Refused(null, "survey.move.condition");
        }
        surveys.swap(access.id(), a, b);
    }

    @Transactional
    void template(ToolAccess access, String code) {
        drafting(access);
        if (!Templates.CODES.contains(code)) {
            throw new Refused("template", "survey.template.unknown");
        }
        addTemplate(access.id(), code);
    }

    /** Several questions of one kind at once, one a line: the limit is checked on all of them before any is added. */
    @Transactional
    int bulk(ToolAccess access, BulkForm form) {
        drafting(access);
        var kind = QuestionKind.of(form.kind()).orElse(null);
        if (kind == null || kind.hasOptions()) {
            throw new Refused("kind", "survey.bulk.kind");
        }
        var lines = SurveyRepository.lines(form.lines().replace("\r", "")).stream()
                .map(String::strip)
                .toList();
        if (lines.isEmpty()) {
            throw new Refused("lines", "survey.bulk.empty");
        }
        var items = surveys.items(access.id());
        SurveyRules.room(items.size(), lines.size());
        var drafts = new ArrayList<SurveyRepository.ItemDraft>();
        for (String line : lines) {
            try {
                drafts.add(SurveyRules.question(
                        new QuestionForm(kind.code(), line, "", "", "", "", "", "", "", "", ""), items, this::likert));
            } catch (Refused refused) {
                throw new Refused("lines", "survey.bulk.line", drafts.size() + 1);
            }
        }
        drafts.forEach(d -> surveys.insertItem(access.id(), d));
        return drafts.size();
    }

    private void addTemplate(long instance, String code) {
        var locale = LocaleContextHolder.getLocale();
        var entries = Templates.of(code, key -> messages.getMessage(key, null, locale));
        SurveyRules.room(surveys.itemCount(instance), entries.size());
        surveys.insertTemplate(instance, entries);
    }

    private List<String> likert() {
        var locale = LocaleContextHolder.getLocale();
        var levels = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            levels.add(messages.getMessage("survey.likert." + i, null, locale));
        }
        return levels;
    }

    /** Opens the survey: its questions no longer change. Members are told when the opening time comes. */
    @Transactional
    void open(ToolAccess access) {
        var survey = drafting(access);
        if (surveys.itemCount(access.id()) == 0
                || surveys.items(access.id()).stream().allMatch(Item::section)) {
            throw new Refused(null, "survey.open.empty");
        }
        if (survey.opensAt() == null || survey.closesAt() == null) {
            throw new Refused("closesAt", "survey.open.dates");
        }
        if (!survey.closesAt().isAfter(now())) {
            throw new Refused("closesAt", "survey.open.past");
        }
        surveys.open(access.id());
        announce(access.id(), access.initiative());
        initiatives.touch(access.initiative().id());
    }

    @Transactional
    void close(ToolAccess access) {
        require(access, SurveyTool.BUILD);
        var survey = surveys.lock(access.id()).orElseThrow(NotFound::new);
        if (!"open".equals(survey.status())) {
            throw new Refused(null, "survey.close.notOpen");
        }
        closeLocked(access.id(), access.initiative().id());
    }

    @Transactional
    void publishResults(ToolAccess access, boolean published) {
        require(access, SurveyTool.BUILD);
        surveys.lock(access.id()).orElseThrow(NotFound::new);
        surveys.publishResults(access.id(), published);
    }

    /** The clock's close of a survey past its closing time; false when something else closed it first. */
    @Transactional
    boolean closeDue(long instance) {
        var survey = surveys.lock(instance).orElse(null);
        if (survey == null
                || !"open".equals(survey.status())
                || survey.closesAt().isAfter(now())) {
            return false;
        }
        var tool = initiatives.toolInstance(instance).orElseThrow();
        return closeLocked(instance, tool.initiativeId());
    }

    private boolean closeLocked(long instance, long initiativeId) {
        var at = now();
        if (!surveys.close(instance, at)) {
            return false;
        }
        var tool = initiatives.toolInstance(instance).orElseThrow();
        events.publishEvent(new SurveyClosed(initiativeId, instance, tool.phase(), surveys.responses(instance), at));
        return true;
    }

    /** The clock's announcement of a survey whose opening time came. */
    @Transactional
    boolean announceDue(long instance) {
        var tool = initiatives.toolInstance(instance).orElse(null);
        if (tool == null) {
            return false;
        }
        return announce(instance, initiatives.visible(tool.initiativeId(), null).orElse(null), tool.initiativeId());
    }

    private boolean announce(long instance, Initiative initiative) {
        return announce(instance, initiative, initiative.id());
    }

    /**
     * Tells those who may answer that the survey is open, once (the conditional UPDATE decides). For a public
     * initiative the mail names it; for another it only links, since a mail may be read where the initiative may not.
     */
    private boolean announce(long instance, Initiative initiative, long initiativeId) {
        if (!surveys.announce(instance, now())) {
            return false;
        }
        var people = initiatives.roles(initiativeId).entrySet().stream()
                .filter(e -> SurveyTool.ANSWERERS.contains(e.getValue())
                        && !e.getValue().facilitates())
                .map(Map.Entry::getKey)
                .toList();
        if (people.isEmpty()) {
            return true;
        }
        var survey = surveys.find(instance).orElseThrow();
        String path = "/survey/" + instance;
        if (initiative != null && initiative.isPublic()) {
            events.publishEvent(
                    Notification.to(people, NotificationKind.SURVEY, "survey.mail.subject", "survey.mail.body", path)
                            .subjectArgs(Arg.text(survey.title()))
                            .bodyArgs(
                                    Arg.text(survey.title()),
                                    Arg.text(initiative.title()),
                                    Arg.dateTime(survey.closesAt().toInstant()),
                                    Arg.link(path)));
        } else {
            events.publishEvent(Notification.to(
                            people,
                            NotificationKind.SURVEY,
                            "survey.mail.private.subject",
                            "survey.mail.private.body",
                            path)
                    .bodyArgs(Arg.dateTime(survey.closesAt().toInstant()), Arg.link(path)));
        }
        return true;
    }

    // Answering

    /** What a person sees on one page of the survey: their fields as saved, and where they are. */
    record Filling(
            Survey survey,
            List<Item> items,
            List<List<Item>> pages,
            List<Integer> shownPages,
            Set<Long> shown,
            Map<String, List<String>> fields,
            boolean responded,
            boolean hasDraft) {}

    Filling filling(ToolAccess access, Survey survey) {
        return filling(access, survey, Respondent.person(access.person().personId()));
    }

    Filling filling(ToolAccess access, Survey survey, Respondent who) {
        var items = surveys.items(access.id());
        var saved = draft(access.id(), who);
        var fields = saved.map(SurveyService::parse).orElseGet(LinkedHashMap::new);
        return filling(survey, items, fields, responded(access.id(), who), saved.isPresent());
    }

    /**
     * Who answers: a signed-in person, or the holder of a voting code, known only by {@link #codeKey} (ADR 0033). A
     * code holder's response stays editable until the close in anonymous surveys too: the code is their key, and
     * nothing in the response names a person.
     */
    record Respondent(Long person, String codeKey) {
        static Respondent person(long id) {
            return new Respondent(id, null);
        }

        static Respondent code(String key) {
            return new Respondent(null, key);
        }

        boolean byCode() {
            return codeKey != null;
        }
    }

    /**
     * The key of a typed code in this survey, or a refusal: codes not taken here, not a code at all (a typing
     * error), or a code the initiative never issued. The key is SHA-256 of the survey and the code together, so it
     * differs from the budget's hash of the same code and no response can be joined to a code row or a ballot.
     */
    String codeKey(ToolAccess access, Survey survey, String typed) {
        if (!survey.codes()) {
            throw new Refused("code", "survey.code.off");
        }
        var code = VotingCodes.normalise(typed).orElseThrow(() -> new Refused("code", "survey.code.wrong"));
        long initiative = access.initiative().id();
        if (issuedCodes.stream().noneMatch(c -> c.issued(initiative, VotingCodes.hash(code)))) {
            throw new Refused("code", "survey.code.unknown");
        }
        return codeKey(survey.instanceId(), code);
    }

    static String codeKey(long instance, String normalisedCode) {
        return VotingCodes.hash("survey-code:" + instance + ":" + normalisedCode);
    }

    /** A code holder starting or resuming: the survey must take answers now and the code be good. */
    @Transactional(readOnly = true)
    Respondent startWithCode(ToolAccess access, String typed) {
        var survey = surveys.find(access.id()).orElseThrow(NotFound::new);
        accepting(survey);
        return Respondent.code(codeKey(access, survey, typed));
    }

    private static void accepting(Survey survey) {
        if (!survey.accepting(now())) {
            throw new Refused(null, survey.ended(now()) ? "survey.answer.closed" : "survey.answer.notOpen");
        }
    }

    private Optional<String> draft(long instance, Respondent who) {
        return who.byCode() ? surveys.codeDraft(instance, who.codeKey()) : surveys.draft(instance, who.person());
    }

    private void saveDraft(long instance, Respondent who, Map<String, List<String>> fields) {
        if (who.byCode()) {
            surveys.saveCodeDraft(instance, who.codeKey(), json(fields), now());
        } else {
            surveys.saveDraft(instance, who.person(), json(fields), now());
        }
    }

    private boolean responded(long instance, Respondent who) {
        return who.byCode()
                ? surveys.codeResponse(instance, who.codeKey()).isPresent()
                : surveys.responded(instance, who.person());
    }

    private static Filling filling(
            Survey survey, List<Item> items, Map<String, List<String>> fields, boolean responded, boolean hasDraft) {
        var answers = Answers.read(items, fields, Set.of());
        var shown = Answers.shown(items, answers);
        var pages = Answers.pages(items);
        var shownPages = new ArrayList<Integer>();
        for (int k = 0; k < pages.size(); k++) {
            var first = pages.get(k).get(0);
            if (!first.section() || shown.contains(first.id())) {
                shownPages.add(k);
            }
        }
        return new Filling(survey, items, pages, shownPages, shown, fields, responded, hasDraft);
    }

    /** What happened to a page posted: where to go next, or the response submitted. */
    record Step(Integer page, boolean submitted, boolean saved) {}

    /**
     * A page of answers: checked (format, range, hidden questions answered, and for "next" and "submit" the required
     * questions shown), kept in the person's draft, and on "submit" stored as the response.
     */
    @Transactional
    Step answer(ToolAccess access, int page, String go, Map<String, List<String>> posted) {
        require(access, SurveyTool.ANSWER);
        var survey = surveys.lock(access.id()).orElseThrow(NotFound::new);
        accepting(survey);
        initiatives.requireCounts(access.person(), null);
        return answer(access, survey, Respondent.person(access.person().personId()), page, go, posted);
    }

    /** A page posted by a code holder: the code checked again under the survey's lock, then as a person's page. */
    @Transactional
    Step answerWithCode(ToolAccess access, String code, int page, String go, Map<String, List<String>> posted) {
        var survey = surveys.lock(access.id()).orElseThrow(NotFound::new);
        accepting(survey);
        return answer(access, survey, Respondent.code(codeKey(access, survey, code)), page, go, posted);
    }

    private Step answer(
            ToolAccess access, Survey survey, Respondent who, int page, String go, Map<String, List<String>> posted) {
        boolean responded = responded(access.id(), who);
        if (responded && survey.anonymous() && !who.byCode()) {
            throw new Refused(null, "survey.answer.already");
        }
        var items = surveys.items(access.id());
        var pages = Answers.pages(items);
        if (page < 0 || page >= pages.size()) {
            throw new NotFound();
        }
        var onPage = pages.get(page);
        var pageIds = new HashSet<Long>();
        onPage.forEach(i -> pageIds.add(i.id()));
        // the draft, with this page's fields replaced by what was posted
        var fields = draft(access.id(), who).map(SurveyService::parse).orElseGet(LinkedHashMap::new);
        fields.keySet().removeIf(name -> belongsTo(name, pageIds));
        posted.forEach((name, values) -> {
            if (FIELD.matcher(name).matches() && belongsTo(name, pageIds)) {
                fields.put(name, List.copyOf(values));
            }
        });
        var answers = Answers.read(items, fields, pageIds);
        var shown = Answers.shown(items, answers);
        var problems = new ArrayList<Refused.Problem>();
        for (Item item : onPage) {
            if (item.section()) {
                continue;
            }
            if (!shown.contains(item.id()) && answers.containsKey(item.id())) {
                problems.add(new Refused.Problem(item.field(), "survey.answer.hidden"));
            } else if (!"save".equals(go)
                    && item.required()
                    && shown.contains(item.id())
                    && !answers.containsKey(item.id())) {
                problems.add(new Refused.Problem(item.field(), "survey.answer.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var filling = filling(survey, items, fields, responded, true);
        if ("submit".equals(go)) {
            // Answers kept from pages now skipped are not part of the response.
            answers.keySet().retainAll(shown);
            int number = 0;
            for (var p : pages) {
                number++;
                for (Item item : p) {
                    if (item.required() && shown.contains(item.id()) && !answers.containsKey(item.id())) {
                        throw new Refused(null, "survey.answer.required.page", item.text(), number);
                    }
                }
            }
            if (answers.isEmpty()) {
                throw new Refused(null, "survey.answer.empty");
            }
            submit(access, survey, who, responded, fields, answers);
            return new Step(null, true, false);
        }
        saveDraft(access.id(), who, fields);
        if ("save".equals(go)) {
            return new Step(page, false, true);
        }
        var order = filling.shownPages();
        int at = order.indexOf(page);
        if ("back".equals(go)) {
            return new Step(at > 0 ? order.get(at - 1) : order.isEmpty() ? 0 : order.get(0), false, false);
        }
        // next: the next page shown after this one (this one again when it is the last)
        for (int k : order) {
            if (k > page) {
                return new Step(k, false, false);
            }
        }
        return new Step(page, false, false);
    }

    private void submit(
            ToolAccess access,
            Survey survey,
            Respondent who,
            boolean responded,
            Map<String, List<String>> fields,
            Map<Long, Answers.Answer> answers) {
        long response;
        if (who.byCode()) {
            response = codeResponse(access.id(), who.codeKey(), responded);
            surveys.answers(access.id(), response, answers.values());
            // the code holder edits their response from this copy until the close, as a named respondent does
            saveDraft(access.id(), who, fields);
            submitted(access, response, answers);
            return;
        }
        long me = who.person();
        if (responded) {
            // a named survey's response, changed before the close
            response = surveys.namedResponse(access.id(), me).orElseThrow(NotFound::new);
            surveys.replaceAnswers(response, today());
        } else {
            try {
                surveys.respondent(access.id(), me);
            } catch (DuplicateKeyException e) {
                throw new Refused(null, "survey.answer.already");
            }
            response = surveys.response(access.id(), survey.anonymous() ? null : me, today());
        }
        surveys.answers(access.id(), response, answers.values());
        if (survey.anonymous()) {
            // nothing links the person to the response once it is in
            surveys.deleteDraft(access.id(), me);
        } else {
            // a named response stays editable until the close: its fields are the draft it is edited from
            surveys.saveDraft(access.id(), me, json(fields), now());
        }
        submitted(access, response, answers);
    }

    /** The response given with the code: the stored one with its answers taken out, or a new one. */
    private long codeResponse(long instance, String key, boolean responded) {
        if (responded) {
            long response = surveys.codeResponse(instance, key).orElseThrow(NotFound::new);
            surveys.replaceAnswers(response, today());
            return response;
        }
        try {
            return surveys.codeResponse(instance, key, today());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "survey.answer.already");
        }
    }

    private void submitted(ToolAccess access, long response, Map<Long, Answers.Answer> answers) {
        var kinds = new LinkedHashMap<Long, QuestionKind>();
        surveys.items(access.id()).forEach(i -> kinds.put(i.id(), i.kind()));
        var scales = new ArrayList<ResponseSubmitted.ScaleAnswer>();
        for (var a : answers.values()) {
            var kind = kinds.get(a.itemId());
            if (kind != null && kind.isScale()) {
                scales.add(new ResponseSubmitted.ScaleAnswer(
                        a.itemId(), kind.code(), a.parts().get(0).number().intValue()));
            }
        }
        events.publishEvent(new ResponseSubmitted(
                access.initiative().id(), access.id(), access.instance().phase(), response, scales));
        initiatives.touch(access.initiative().id());
    }

    private static boolean belongsTo(String field, Set<Long> items) {
        for (long id : items) {
            String name = "q" + id;
            if (field.equals(name) || field.startsWith(name + "-")) {
                return true;
            }
        }
        return false;
    }

    static Map<String, List<String>> parse(String json) {
        try {
            return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {}));
        } catch (RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    static String json(Map<String, List<String>> fields) {
        return JSON.writeValueAsString(fields);
    }
}
