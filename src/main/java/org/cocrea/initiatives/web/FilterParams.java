package org.cocrea.initiatives.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads list, typology and API filters from request parameters; an unknown value is a 400 that names it. */
public final class FilterParams {
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private FilterParams() {}

    public static InitiativeFilter parse(Map<String, String> params) {
        return new InitiativeFilter(
                code(params, "level", Level::fromCode),
                code(params, "phase", Phase::fromCode),
                code(params, "domain", ServiceDomain::fromCode),
                code(params, "objective", Objective::fromCode),
                code(params, "role", CitizenRole::fromCode),
                number(params, "organisation"),
                code(params, "status", Status::fromCode),
                blankToNull(params.get("q")));
    }

    /**
     * The filters of the typology (page and API): level and phase are its axes, not filters, and drafts are never
     * counted, so {@code status=draft} is refused like any value the typology does not know.
     */
    public static InitiativeFilter typology(Map<String, String> params) {
        var f = parse(params);
        if (f.status() == Status.DRAFT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status: draft");
        }
        return new InitiativeFilter(
                null, null, f.domain(), f.objective(), f.role(), f.organisationId(), f.status(), null);
    }

    public static int page(Map<String, String> params) {
        Long page = number(params, "page");
        return page == null ? 0 : (int) Math.min(Math.max(page, 0), 100_000);
    }

    public static int size(Map<String, String> params) {
        Long size = number(params, "size");
        return size == null ? PAGE_SIZE : (int) Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }

    private static <T> T code(Map<String, String> params, String name, Function<String, Optional<T>> parse) {
        String value = blankToNull(params.get(name));
        if (value == null) {
            return null;
        }
        return parse.apply(value)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + name + ": " + value));
    }

    private static Long number(Map<String, String> params, String name) {
        String value = blankToNull(params.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a number: " + name);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
