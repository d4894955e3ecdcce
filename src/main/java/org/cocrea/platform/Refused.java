package org.cocrea.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The one way a module refuses a change: one or more problems, each tied to a form field (or {@code null} for the
 * whole form) and a message key with its arguments; nothing was stored. A controller catches it and shows the
 * form again with {@link #shownAgain}, which is the one place that turns a refusal into a 422 page with the
 * messages beside the fields and what was typed kept.
 */
public class Refused extends RuntimeException {
    /**
     * The message key of a participation refused because the person has not confirmed their e-mail address
     * (decided by {@code Initiatives#counts}); a page showing it offers to resend the confirmation mail.
     */
    public static final String UNCONFIRMED = "participation.unconfirmed";

    /** One refused field: {@code field} null means the whole form. */
    public record Problem(String field, String key, Object... args) {}

    private final List<Problem> problems;

    public Refused(String field, String key, Object... args) {
        this(List.of(new Problem(field, key, args)));
    }

    public Refused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The first problem's field (null: the whole form). */
    public String field() {
        return problems.get(0).field();
    }

    /** The first problem's message key. */
    public String key() {
        return problems.get(0).key();
    }

    public Object[] args() {
        return problems.get(0).args();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The problems as form errors, for a page that shows the form again. */
    public BindingResult errors() {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        addTo(errors);
        return errors;
    }

    /** Adds the problems to errors Spring already collected for the form, so the page shows them all. */
    public void addTo(Errors errors) {
        for (Problem p : problems) {
            if (p.field() == null) {
                errors.reject(p.key(), p.args(), p.key());
            } else {
                FormErrors.reject(errors, p.field(), p.key(), p.args());
            }
        }
    }

    /**
     * Sets the answer's status to 422 (the form was understood and refused) and gives the errors to show: every
     * controller that shows a form again after a refusal goes through here.
     */
    public BindingResult shownAgain(HttpServletResponse response) {
        response.setStatus(422);
        return errors();
    }
}
