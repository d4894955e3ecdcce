package org.cocrea.plans.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.actions.ActionRepository;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.plans.review.ReviewRepository;
import org.cocrea.plans.review.ReviewTool;
import org.springframework.stereotype.Component;

/**
 * The citizen's copy of the tools around their plan (needs, actions and diary, ladder, reviews) and of everyone's
 * reads and writes of any of them: the download holds all their plan data, not only the plan document.
 */
@Component
class CareExport {
    static final Set<String> TOOLS = Set.of(PlanTool.ID, NeedsTool.ID, ActionsTool.ID, LadderTool.ID, ReviewTool.ID);

    private final Initiatives initiatives;
    private final NeedRepository needs;
    private final ActionRepository actions;
    private final LadderRepository ladders;
    private final ReviewRepository reviews;
    private final AuditRepository audit;

    CareExport(
            Initiatives initiatives,
            NeedRepository needs,
            ActionRepository actions,
            LadderRepository ladders,
            ReviewRepository reviews,
            AuditRepository audit) {
        this.initiatives = initiatives;
        this.needs = needs;
        this.actions = actions;
        this.ladders = ladders;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** The plan's tool and the care tools placed in the same initiative, by tool id. */
    Map<String, ToolInstance> instances(long initiativeId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(i -> TOOLS.contains(i.toolId()))
                .collect(Collectors.toMap(ToolInstance::toolId, Function.identity(), (first, second) -> first));
    }

    /** Each list from its tool's instance, or empty when the care team did not place that tool. */
    PlanData.CareData data(Map<String, ToolInstance> tools) {
        return new PlanData.CareData(
                read(tools, NeedsTool.ID, this::needList),
                read(tools, NeedsTool.ID, this::rankings),
                read(tools, NeedsTool.ID, this::agreedOrders),
                read(tools, ActionsTool.ID, this::actionList),
                read(tools, ActionsTool.ID, instance -> actions.diary(instance, 0, PlanExport.WHOLE_LOG)),
                read(tools, LadderTool.ID, this::areas),
                read(tools, LadderTool.ID, this::readings),
                read(tools, ReviewTool.ID, reviews::of));
    }

    private static <T> List<T> read(Map<String, ToolInstance> tools, String toolId, LongFunction<List<T>> reader) {
        var tool = tools.get(toolId);
        return tool == null ? List.of() : reader.apply(tool.id());
    }

    private List<PlanData.NeedData> needList(long instance) {
        return needs.of(instance).stream()
                .map(n -> new PlanData.NeedData(
                        n.id(), n.domain().code(), n.title(), n.citizenText(), n.professionalText()))
                .toList();
    }

    private List<PlanData.RankData> rankings(long instance) {
        return needs.ranks(instance).stream()
                .map(r -> new PlanData.RankData(r.rankerId(), r.role().code(), r.needId(), r.rank(), r.at()))
                .toList();
    }

    private List<PlanData.AgreementData> agreedOrders(long instance) {
        return needs.confirmations(instance).stream()
                .map(c -> new PlanData.AgreementData(
                        order(c.order()), c.personId(), c.role().code(), c.at()))
                .toList();
    }

    private List<PlanData.ActionData> actionList(long instance) {
        return actions.actions(instance).stream()
                .map(a -> new PlanData.ActionData(
                        a.id(),
                        a.title(),
                        a.kind().code(),
                        a.performerId(),
                        a.due(),
                        a.status().code()))
                .toList();
    }

    private List<PlanData.AreaData> areas(long instance) {
        return ladders.areas(instance).stream()
                .map(a -> new PlanData.AreaData(a.id(), a.name()))
                .toList();
    }

    private List<PlanData.ReadingData> readings(long instance) {
        return ladders.readings(instance).stream()
                .map(r ->
                        new PlanData.ReadingData(r.id(), r.scoredBy(), r.role().code(), r.readOn(), r.scores()))
                .toList();
    }

    /** A stored order ("12,7,9") as need ids; an unreadable one as an empty list rather than a failed download. */
    private static List<Long> order(String key) {
        try {
            return key == null || key.isBlank()
                    ? List.of()
                    : Arrays.stream(key.split(","))
                            .map(String::strip)
                            .map(Long::valueOf)
                            .toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    /** Everyone whose id appears in the care data, for the download's list of people. */
    static void people(PlanData.CareData d, Set<Long> ids) {
        d.rankings().forEach(r -> ids.add(r.rankerId()));
        d.agreedOrders().forEach(a -> ids.add(a.personId()));
        d.actions().forEach(a -> ids.add(a.performerId()));
        d.diary().forEach(e -> add(ids, e.authorId()));
        d.ladderReadings().forEach(r -> add(ids, r.scoredBy()));
        d.reviews().forEach(r -> {
            add(ids, r.recordedBy());
            ids.addAll(r.participants());
        });
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** Everyone's reads and writes of every tool of the plan, newest first. */
    List<PlanData.AuditData> accessLog(Map<String, ToolInstance> tools) {
        var log = new ArrayList<PlanData.AuditData>();
        // One query for the logs of all the plan's tools (the demo's plan has five: issue 14).
        var entries = audit.ofEach(tools.values().stream().map(ToolInstance::id).toList(), PlanExport.WHOLE_LOG);
        tools.values()
                .forEach(i -> entries.getOrDefault(i.id(), List.of())
                        .forEach(e -> log.add(new PlanData.AuditData(
                                i.toolId(), e.personId(), e.accessedAt(), e.action(), e.detail(), e.remoteAddress()))));
        log.sort(Comparator.comparing(PlanData.AuditData::accessedAt).reversed());
        return log;
    }
}
