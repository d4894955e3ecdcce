package org.cocrea.initiatives.core;

import java.util.List;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Objective;

/** The create/edit form, as submitted: codes are strings so unknown values get a clear error, not a 400. */
public record InitiativeForm(
        String title,
        String summary,
        String description,
        Long organisationId,
        Long departmentId,
        String domain,
        String level,
        List<String> citizenRoles,
        List<String> objectives,
        String otherObjective,
        String area,
        String template) {

    public static InitiativeForm empty(Long organisationId) {
        return new InitiativeForm("", "", "", organisationId, null, "", "", List.of(), List.of(), "", "", "");
    }

    public static InitiativeForm of(Initiative i) {
        return new InitiativeForm(
                i.title(),
                i.summary(),
                i.description(),
                i.organisationId(),
                i.departmentId(),
                i.domain().code(),
                i.level().code(),
                i.citizenRoles().stream().map(CitizenRole::code).toList(),
                i.objectives().stream().map(Objective::code).toList(),
                i.otherObjective(),
                i.area(),
                null);
    }

    public InitiativeForm withLevel(String level) {
        return new InitiativeForm(
                title,
                summary,
                description,
                organisationId,
                departmentId,
                domain,
                level,
                citizenRoles,
                objectives,
                otherObjective,
                area,
                template);
    }

    public boolean has(List<String> values, String code) {
        return values != null && values.contains(code);
    }

    public String text(String value) {
        return value == null ? "" : value;
    }
}
