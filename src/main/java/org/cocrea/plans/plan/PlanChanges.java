package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.plans.PlanContent;

/**
 * What changed from one version to another, section by section, as people read a plan: each section under its
 * own name (not the canonical form's {@code ## caseManager}), its lines and words marked as kept, added or
 * removed. The canonical form stays what a signature's hash covers; this is only how a change is shown.
 */
public record PlanChanges(int from, int to, List<Section> sections, LocalDate reviewBefore, LocalDate reviewAfter) {

    /** One section of the plan ({@link PlanContent#SECTIONS}) and its rows; unchanged when every row is kept. */
    public record Section(String name, List<Diff.Row> rows) {
        public boolean changed() {
            return rows.stream().anyMatch(r -> r.op() != Diff.Op.SAME);
        }
    }

    static PlanChanges between(PlanVersion before, PlanVersion after) {
        var sections = PlanContent.SECTIONS.stream()
                .map(s -> new Section(
                        s, Diff.rows(before.content().text(s), after.content().text(s))))
                .toList();
        return new PlanChanges(
                before.version(),
                after.version(),
                sections,
                before.content().reviewDate(),
                after.content().reviewDate());
    }

    public List<Section> changedSections() {
        return sections.stream().filter(Section::changed).toList();
    }

    public List<Section> unchangedSections() {
        return sections.stream().filter(s -> !s.changed()).toList();
    }

    /** The message keys of the names of the sections that did not change, in the plan's order. */
    public List<String> unchangedKeys() {
        var keys = new java.util.ArrayList<String>();
        unchangedSections().forEach(s -> keys.add("plans.section." + s.name()));
        if (!reviewDateChanged()) {
            keys.add("plans.section.reviewDate.name");
        }
        return keys;
    }

    public boolean reviewDateChanged() {
        return !java.util.Objects.equals(reviewBefore, reviewAfter);
    }

    public boolean none() {
        return changedSections().isEmpty() && !reviewDateChanged();
    }
}
