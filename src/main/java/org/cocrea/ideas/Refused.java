package org.cocrea.ideas;

import java.util.HashMap;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/** A refused request: one message key per form field (null field: the whole form); nothing was stored. */
class Refused extends RuntimeException {
    record Problem(String field, String key, Object... args) {}

    private final List<Problem> problems;

    Refused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    static Refused one(String field, String key, Object... args) {
        return new Refused(List.of(new Problem(field, key, args)));
    }

    BindingResult errors() {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        for (Problem p : problems) {
            if (p.field() == null) {
                errors.reject(p.key(), p.args(), p.key());
            } else {
                errors.rejectValue(p.field(), p.key(), p.args(), p.key());
            }
        }
        return errors;
    }
}
