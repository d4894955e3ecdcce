package org.cocrea.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.ideas.Ideas;
import org.cocrea.indicators.Indicators;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.meetings.Meetings;
import org.cocrea.platform.NotFound;
import org.cocrea.survey.SurveyResults;
import org.cocrea.tracking.TrackedResults;
import org.cocrea.vote.Votes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API's reads of the tools' public data: proposals, votes and their results, meetings, surveys' published
 * results, indicators and tracked projects, each by its tool instance's id. Each opens the instance as the web
 * does ({@link Initiatives#toolAccess}: 404 when the initiative may not be seen or the instance is another tool's)
 * and reads through the tool's own public query class, which applies the tool's page rules (hidden proposals never,
 * results only when shown or published, small survey groups suppressed). The reader is nobody without a token or
 * with {@code read:public}, the person with {@code read:mine}; another scope alone is refused (403).
 */
@RestController
class ApiV1ToolsController {
    private final Initiatives initiatives;
    private final Ideas ideas;
    private final Votes votes;
    private final Meetings meetings;
    private final SurveyResults surveys;
    private final Indicators indicators;
    private final TrackedResults tracking;

    ApiV1ToolsController(
            Initiatives initiatives,
            Ideas ideas,
            Votes votes,
            Meetings meetings,
            SurveyResults surveys,
            Indicators indicators,
            TrackedResults tracking) {
        this.initiatives = initiatives;
        this.ideas = ideas;
        this.votes = votes;
        this.meetings = meetings;
        this.surveys = surveys;
        this.indicators = indicators;
        this.tracking = tracking;
    }

    record ProposalJson(
            long id,
            String title,
            String body,
            String category,
            String status,
            String answer,
            String answeredAt,
            long supports,
            BigDecimal cost,
            BigDecimal latitude,
            BigDecimal longitude,
            String createdAt) {}

    record ProposalsJson(long instance, long initiative, List<ProposalJson> items, int page, int size, long total) {}

    record OptionJson(long id, String title, String description) {}

    record VoteJson(
            long id,
            long initiative,
            String question,
            String kind,
            String stage,
            String opensAt,
            String closesAt,
            boolean resultsShown,
            List<OptionJson> options) {}

    record VoteRowJson(long id, String title, long total, int rank, BigDecimal average) {}

    record VoteResultsJson(long vote, String kind, long ballots, List<VoteRowJson> options, Long winner) {}

    record MeetingJson(
            long id,
            String title,
            String description,
            String kind,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            String startsAt,
            String endsAt,
            Integer capacity,
            boolean cancelled) {}

    record MeetingsJson(long instance, long initiative, List<MeetingJson> meetings) {}

    record SurveyRowJson(String label, long count, int percent) {}

    record SurveyQuestionJson(
            long id,
            String text,
            String kind,
            long answered,
            List<SurveyRowJson> rows,
            BigDecimal mean,
            Integer nps,
            BigDecimal min,
            BigDecimal max) {}

    record SurveyResultsJson(
            long survey,
            long initiative,
            String title,
            boolean anonymous,
            int responses,
            boolean tooFew,
            List<SurveyQuestionJson> questions) {}

    record ReadingJson(BigDecimal value, String date, BigDecimal progress) {}

    record IndicatorJson(
            long id,
            String name,
            String objective,
            String unit,
            String direction,
            BigDecimal baseline,
            String baselineOn,
            BigDecimal target,
            String targetOn,
            BigDecimal progress,
            List<ReadingJson> readings) {}

    record IndicatorsJson(long instance, long initiative, List<IndicatorJson> indicators) {}

    record TrackedJson(
            long id,
            String title,
            String description,
            String source,
            String status,
            int progress,
            BigDecimal budget,
            BigDecimal spent,
            String updatedAt) {}

    record TrackingJson(long instance, long initiative, List<TrackedJson> projects) {}

    @GetMapping("/api/v1/proposals/{id:\\d+}")
    ProposalsJson proposals(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "ideas");
        int p = ApiV1Controller.number(page, 0, 10_000, "page");
        int s = ApiV1Controller.number(size, 1, 100, "size");
        var found = ideas.shown(access, p, s);
        return new ProposalsJson(
                id,
                access.initiative().id(),
                found.getKey().stream()
                        .map(i -> new ProposalJson(
                                i.id(),
                                i.title(),
                                i.body(),
                                i.category(),
                                i.status().code(),
                                i.answer(),
                                time(i.answeredAt()),
                                i.supports(),
                                i.costAmount(),
                                i.latitude(),
                                i.longitude(),
                                time(i.createdAt())))
                        .toList(),
                p,
                s,
                found.getValue());
    }

    @GetMapping("/api/v1/votes/{id:\\d+}")
    VoteJson vote(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "vote");
        var vote = votes.vote(access).orElseThrow(NotFound::new);
        var now = org.cocrea.ballots.Lifecycle.now();
        return new VoteJson(
                id,
                access.initiative().id(),
                vote.question(),
                vote.kind().code(),
                vote.stage(now),
                time(vote.opensAt()),
                time(vote.closesAt()),
                vote.status() != org.cocrea.ballots.BallotStatus.DRAFT && vote.resultsShown(now),
                votes.options(vote).stream()
                        .map(o -> new OptionJson(o.id(), o.title(), o.description()))
                        .toList());
    }

    @GetMapping("/api/v1/votes/{id:\\d+}/results")
    VoteResultsJson voteResults(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "vote");
        var vote = votes.vote(access).orElseThrow(NotFound::new);
        var results = votes.results(vote, votes.options(vote)).orElseThrow(ApiV1ToolsController::notPublished);
        return new VoteResultsJson(
                id,
                results.kind().code(),
                results.ballots(),
                results.rows().stream()
                        .map(r ->
                                new VoteRowJson(r.option().id(), r.option().title(), r.total(), r.rank(), r.average()))
                        .toList(),
                results.winner() == null ? null : results.winner().id());
    }

    @GetMapping("/api/v1/meetings/{id:\\d+}")
    MeetingsJson meetings(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "meetings");
        return new MeetingsJson(
                id,
                access.initiative().id(),
                meetings.of(access).stream()
                        .map(m -> new MeetingJson(
                                m.id(),
                                m.title(),
                                m.description(),
                                m.kind(),
                                m.address(),
                                m.latitude(),
                                m.longitude(),
                                time(m.startsAt()),
                                time(m.endsAt()),
                                m.capacity(),
                                m.cancelled()))
                        .toList());
    }

    @GetMapping("/api/v1/surveys/{id:\\d+}/results")
    SurveyResultsJson surveyResults(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "survey");
        var survey = surveys.survey(access).orElseThrow(NotFound::new);
        var results = surveys.published(access, survey).orElseThrow(ApiV1ToolsController::notPublished);
        return new SurveyResultsJson(
                id,
                access.initiative().id(),
                survey.title(),
                results.anonymous(),
                results.responses(),
                results.tooFew(),
                results.questions().stream()
                        .map(q -> new SurveyQuestionJson(
                                q.item().id(),
                                q.item().text(),
                                q.item().kind().code(),
                                q.answered(),
                                q.rows().stream()
                                        .map(r -> new SurveyRowJson(r.label(), r.count(), r.percent()))
                                        .toList(),
                                q.mean(),
                                q.nps(),
                                q.min(),
                                q.max()))
                        .toList());
    }

    @GetMapping("/api/v1/indicators/{id:\\d+}")
    IndicatorsJson indicators(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "indicators");
        return new IndicatorsJson(
                id,
                access.initiative().id(),
                indicators.of(access).stream()
                        .map(v -> {
                            var i = v.indicator();
                            return new IndicatorJson(
                                    i.id(),
                                    i.name(),
                                    i.objective().code(),
                                    i.unit(),
                                    i.direction().code(),
                                    i.baseline(),
                                    day(i.baselineOn()),
                                    i.target(),
                                    day(i.targetOn()),
                                    v.progress() == null ? null : v.progress().raw(),
                                    v.readings().stream()
                                            .map(r -> new ReadingJson(r.value(), day(r.on()), r.progress()))
                                            .toList());
                        })
                        .toList());
    }

    @GetMapping("/api/v1/tracking/{id:\\d+}")
    TrackingJson tracking(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = open(caller, id, "tracking");
        return new TrackingJson(
                id,
                access.initiative().id(),
                tracking.of(access).stream()
                        .map(r -> new TrackedJson(
                                r.id(),
                                r.title(),
                                r.description(),
                                r.sourceKind() == null ? "manual" : r.sourceKind(),
                                r.status().code(),
                                r.progress(),
                                r.budget(),
                                r.spent(),
                                time(r.updatedAt())))
                        .toList());
    }

    /** The instance opened as its page opens it; 404 when unseen, missing or another tool's. */
    private ToolAccess open(ApiCaller caller, long id, String tool) {
        return initiatives
                .toolAccess(ApiV1Controller.reader(caller), id)
                .filter(a -> a.instance().toolId().equals(tool))
                .orElseThrow(NotFound::new);
    }

    private static ApiProblem notPublished() {
        return new ApiProblem(404, "not_published", "The results are not published yet.");
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
