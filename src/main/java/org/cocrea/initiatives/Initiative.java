package org.cocrea.initiatives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.platform.Markdown;

/** A co-production space, placed on the typology by its level and the phases of its timeline. */
public record Initiative(
        long id,
        String title,
        String summary,
        String description,
        long organisationId,
        Long departmentId,
        ServiceDomain domain,
        Level level,
        Status status,
        Set<CitizenRole> citizenRoles,
        Set<Objective> objectives,
        String otherObjective,
        String area,
        Phase activePhaseOverride,
        Integer activeCycleOverride,
        List<TimelinePhase> timeline,
        OffsetDateTime createdAt,
        OffsetDateTime lastActivityAt,
        org.cocrea.platform.Picture cover) {

    /** The cover image's id, or null. */
    public Long imageId() {
        return cover == null ? null : cover.id();
    }

    /** The description as safe HTML: raw HTML in the Markdown is escaped, then cleaned. */
    public org.cocrea.platform.SafeHtml descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    /**
     * The facilitator's choice when set; otherwise the latest phase that has started by {@code today}, so
     * that once the timeline has begun exactly one phase is active (gaps keep the previous one).
     */
    public Optional<Phase> activePhase(LocalDate today) {
        if (activePhaseOverride != null) {
            return Optional.of(activePhaseOverride);
        }
        return timeline.stream()
                .filter(p -> !p.start().isAfter(today))
                .max(Comparator.comparingInt(TimelinePhase::position))
                .map(TimelinePhase::phase);
    }

    /**
     * The cycle whose occurrence of the active phase is current: the facilitator's choice when set (a phase may
     * be on the timeline once per cycle, so the choice names both), otherwise the latest cycle in which the
     * active phase has started.
     */
    public Optional<Integer> activeCycle(LocalDate today) {
        Optional<Phase> active = activePhase(today);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        if (activePhaseOverride != null && activeCycleOverride != null) {
            return Optional.of(activeCycleOverride);
        }
        boolean chosen = activePhaseOverride != null;
        return timeline.stream()
                .filter(p -> p.phase() == active.get())
                .filter(p -> chosen || !p.start().isAfter(today))
                .map(TimelinePhase::cycle)
                .max(Integer::compare);
    }

    /** The area as a drawable outline; empty when there is none. */
    public Optional<Area> areaOutline() {
        return Area.of(area);
    }

    public List<Phase> phases() {
        return timeline.stream().map(TimelinePhase::phase).distinct().toList();
    }

    public boolean isPublic() {
        return level == Level.COLLECTIVE && status != Status.DRAFT;
    }
}
