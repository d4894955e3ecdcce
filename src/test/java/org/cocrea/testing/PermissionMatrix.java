package org.cocrea.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The runner the permission matrices share: every check of a matrix, for each of the seven kinds of person, sent with
 * a CSRF token and signed in as that kind's person; the answer compared with the expected one ("LOGIN" names the
 * redirect to the sign-in page); and, when the matrix says what its thing's state is, the state compared before and
 * after: an allowed changing cell must change it (and have its effect), every other cell must leave it as it was.
 * Every mismatch is collected, so one run reports all of them at once; a matrix declares only its checks and how a
 * check becomes a {@link Cell} for a kind of person.
 *
 * <p>A cell whose answer is not the expected one is reported as such; it is still checked for a stack trace, for
 * its own extra check and for a change it must not make, but not for an effect it was expected to have.
 */
public final class PermissionMatrix {

    /** The answer a matrix's check expects from a kind of person, given the matrix's case {@code C}. */
    public interface Expect<C> {
        String status(C c, Who who);
    }

    /** A matrix's check's request for a kind of person, given the matrix's case {@code C}. */
    public interface Request<C> {
        AbstractMockHttpServletRequestBuilder<?> build(C c, Who who);
    }

    /**
     * A matrix's check of the usual shape (a matrix's own record implements it with its components): its name, its
     * request and expected answer for a case {@code C}, and its effect, null for a check that changes nothing.
     */
    public interface Row<C> {
        String name();

        Request<C> request();

        Expect<C> expect();

        Object effect();
    }

    /** The effect of an allowed changing row, checked as the matrix's own effects are (with what they take). */
    public interface Effects<K> {
        void verify(K check, Who who, MockHttpServletResponse response) throws Exception;
    }

    /** How to make the request of a cell; made after the state is read, so that making it cannot hide a change. */
    public interface Send {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    /** A check on the answer of a cell; an {@link AssertionError} (or any exception) is reported as the cell's. */
    public interface Verify {
        void verify(MockHttpServletResponse response) throws Exception;
    }

    /** How a matrix's check becomes the cell of one kind of person (preparing what the cell needs, if anything). */
    public interface Cells<K> {
        Cell cell(K check, Who who) throws Exception;
    }

    /** What the matrix calls its thing's state, read before and after each cell. */
    public interface State {
        String read() throws Exception;
    }

    /**
     * One cell: its name (the check's), its request, the expected answer, whether an allowed answer must change the
     * state, the effect an allowed changing cell must have (null: just the change), and a check of every answer
     * (null: none).
     */
    public record Cell(String name, Send request, String expected, boolean changes, Verify effect, Verify also) {
        /** A cell that changes nothing. */
        public static Cell of(String name, Send request, String expected) {
            return new Cell(name, request, expected, false, null, null);
        }

        /** A cell that, when allowed, must change the state and then pass {@code effect} (null: a change is enough). */
        public static Cell changing(String name, Send request, String expected, boolean changes, Verify effect) {
            return new Cell(name, request, expected, changes, effect, null);
        }

        /** The same cell, with a check of its answer whatever it is. */
        public Cell also(Verify also) {
            return new Cell(name, request, expected, changes, effect, also);
        }
    }

    private final MockMvc mvc;
    private final Demo demo;
    private Function<Who, String> people = who -> null;
    private State state;
    private String what = "something";
    private Set<String> allowed = Set.of("200", "302");
    private boolean byPerson;

    public PermissionMatrix(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.demo = new Demo(users);
    }

    /** Who signs in as each kind of person (the email); nobody for ANONYMOUS. */
    public PermissionMatrix people(Function<Who, String> emails) {
        this.people = emails;
        return this;
    }

    /** The state of the thing under test, and what to call it in a failure ("changed the meetings"). */
    public PermissionMatrix state(State state, String what) {
        this.state = state;
        this.what = what;
        return this;
    }

    /** The answers that mean "allowed" for a changing cell (200 and 302 unless the matrix says otherwise). */
    public PermissionMatrix allowed(String... answers) {
        this.allowed = Set.of(answers);
        return this;
    }

    /** Runs every check for one kind of person before the next kind, for matrices whose order is that one. */
    public PermissionMatrix byPerson() {
        this.byPerson = true;
        return this;
    }

    /**
     * Runs every check for every kind of person and returns every mismatch, each named "{@code prefix} / check as
     * WHO" (without a prefix when null).
     */
    public <K> List<String> run(String prefix, List<K> checks, Cells<K> cells) throws Exception {
        var failures = new ArrayList<String>();
        if (checks.isEmpty()) {
            // A matrix whose checks went missing must not pass by checking nothing.
            failures.add((prefix == null ? "" : prefix + ": ") + "no checks to run");
        }
        if (byPerson) {
            for (Who who : Who.values()) {
                for (K check : checks) {
                    cell(prefix, cells.cell(check, who), who, failures);
                }
            }
        } else {
            for (K check : checks) {
                for (Who who : Who.values()) {
                    cell(prefix, cells.cell(check, who), who, failures);
                }
            }
        }
        return failures;
    }

    /**
     * Runs the rows of one case {@code c}: a row with an effect is a changing one, whose allowed cells must change
     * the state and pass {@code effects}.
     */
    public <C, K extends Row<C>> List<String> run(String prefix, C c, List<K> rows, Effects<K> effects)
            throws Exception {
        return run(
                prefix,
                rows,
                (row, who) -> Cell.changing(
                        row.name(),
                        () -> row.request().build(c, who),
                        row.expect().status(c, who),
                        row.effect() != null,
                        r -> effects.verify(row, who, r)));
    }

    private void cell(String prefix, Cell cell, Who who, List<String> failures) throws Exception {
        String name = (prefix == null ? "" : prefix + " / ") + cell.name() + " as " + who;
        String before = state == null ? null : state.read();
        var request = cell.request().build().with(csrf());
        if (who != Who.ANONYMOUS) {
            request.with(demo.as(people.apply(who)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        String actual = answer(response);
        boolean matched = actual.equals(cell.expected());
        if (!matched) {
            failures.add(name + ": expected " + cell.expected() + " but was " + actual);
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (body.contains("Exception") || body.contains("\tat ")) {
            failures.add(name + ": shows an exception or a stack trace");
        }
        if (cell.also() != null) {
            verify(cell.also(), response, name + ": ", failures);
        }
        if (matched && cell.changes() && allowed.contains(cell.expected())) {
            if (state != null && state.read().equals(before)) {
                failures.add(name + ": allowed, but changed nothing");
            } else if (cell.effect() != null) {
                verify(cell.effect(), response, name + ": allowed, but ", failures);
            }
        } else if (state != null) {
            String after = state.read();
            if (!after.equals(before)) {
                failures.add(name + ": answered " + actual + " and changed " + what + " (" + brief(before) + " → "
                        + brief(after) + ")");
            }
        }
    }

    /** A state as a failure shows it: whole when short, else its start (the cell's name says where to look). */
    private static String brief(String state) {
        return state.length() <= 300 ? state : state.substring(0, 300) + "…";
    }

    private static void verify(Verify check, MockHttpServletResponse response, String what, List<String> failures) {
        try {
            check.verify(response);
        } catch (AssertionError e) {
            failures.add(what + e.getMessage());
        } catch (Exception e) {
            failures.add(what + e);
        }
    }

    /** The answer as the matrices name it: "LOGIN" for a redirect to the sign-in page, else the status code. */
    public static String answer(MockHttpServletResponse response) {
        return response.getStatus() == 302
                        && String.valueOf(response.getRedirectedUrl()).endsWith("/login")
                ? "LOGIN"
                : String.valueOf(response.getStatus());
    }
}
