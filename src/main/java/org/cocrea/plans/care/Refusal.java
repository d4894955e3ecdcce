package org.cocrea.plans.care;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import org.cocrea.platform.Refused;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/** A refused change as form errors: the page is shown again with status 422 and nothing stored. */
public final class Refusal {
    private Refusal() {}

    public static BindingResult errors(Refused problem, HttpServletResponse response) {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        if (problem.field() == null) {
            errors.reject(problem.key());
        } else {
            errors.rejectValue(problem.field(), problem.key(), problem.key());
        }
        response.setStatus(422);
        return errors;
    }
}
