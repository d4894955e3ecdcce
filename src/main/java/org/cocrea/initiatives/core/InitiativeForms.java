package org.cocrea.initiatives.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cocrea.initiatives.Area;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.platform.FormErrors;
import org.springframework.validation.Errors;

/** Checks an {@link InitiativeForm} field by field and turns it into what the repository stores. */
public final class InitiativeForms {
    static final int AREA_MAX = Area.MAX_TEXT;

    private InitiativeForms() {}

    public static Optional<InitiativeRepository.Details> validate(
            InitiativeForm f, long organisationId, Errors errors) {
        String title = trim(f.title());
        String summary = trim(f.summary());
        if (title.isEmpty() || title.length() > 200) {
            reject(errors, "title", "initiative.title.invalid");
        }
        if (summary.isEmpty() || summary.length() > 500) {
            reject(errors, "summary", "initiative.summary.invalid");
        }
        if (f.description() != null && f.description().length() > 20_000) {
            reject(errors, "description", "initiative.description.tooLong");
        }
        var domain = ServiceDomain.fromCode(f.domain());
        if (domain.isEmpty()) {
            reject(errors, "domain", "initiative.domain.unknown");
        }
        var level = Level.fromCode(f.level());
        if (level.isEmpty()) {
            reject(errors, "level", "initiative.level.unknown");
        }
        Set<CitizenRole> roles =
                codes(f.citizenRoles(), CitizenRole::fromCode, CitizenRole.class, errors, "citizenRoles");
        if (roles != null && roles.isEmpty()) {
            reject(errors, "citizenRoles", "initiative.citizenRoles.required");
        }
        Set<Objective> objectives = codes(f.objectives(), Objective::fromCode, Objective.class, errors, "objectives");
        if (objectives != null) {
            if (objectives.isEmpty()) {
                reject(errors, "objectives", "initiative.objectives.required");
            } else if (objectives.contains(Objective.NONE) && objectives.size() > 1) {
                reject(errors, "objectives", "initiative.objectives.noneExclusive");
            }
        }
        String other = trim(f.otherObjective());
        if (objectives != null && objectives.contains(Objective.OTHER) && other.isEmpty()) {
            reject(errors, "otherObjective", "initiative.otherObjective.required");
        }
        if (other.length() > 300) {
            reject(errors, "otherObjective", "initiative.otherObjective.tooLong");
        }
        String area = trim(f.area());
        if (!area.isEmpty()) {
            try {
                Area.parse(area);
            } catch (Area.Invalid e) {
                reject(errors, "area", e.key);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new InitiativeRepository.Details(
                title,
                summary,
                f.description() == null ? "" : f.description(),
                organisationId,
                f.departmentId(),
                domain.get(),
                level.get(),
                roles,
                objectives,
                objectives.contains(Objective.OTHER) ? other : null,
                area.isEmpty() ? null : area));
    }

    private static <E extends Enum<E>> Set<E> codes(
            List<String> values, Function<String, Optional<E>> parse, Class<E> type, Errors errors, String field) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            var parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                reject(errors, field, "initiative." + field + ".unknown");
                return null;
            }
            result.add(parsed.get());
        }
        return result;
    }

    public static void reject(Errors errors, String field, String key) {
        if (!errors.hasFieldErrors(field)) {
            FormErrors.reject(errors, field, key);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
