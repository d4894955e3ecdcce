package org.cocrea.pacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.accounts.Person;
import org.cocrea.accounts.PersonKind;
import org.cocrea.initiatives.Area;
import org.cocrea.initiatives.GeometryText;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.platform.Refused;

/**
 * The checks of what people type, before anything is stored: every problem of a form at once, as one
 * {@link Refused}. Texts are stripped and limited (they are printed escaped, so markup stays text); control
 * characters other than line breaks and tabs are refused; dates are ISO dates with the end after the start.
 */
final class PactRules {
    static final int TITLE = 200;
    static final int TEXT = 4000;
    static final int NAME = 200;
    static final BigDecimal MAX_HOURS = new BigDecimal("2000");
    static final BigDecimal MAX_MATERIALS = new BigDecimal("99999999");

    private PactRules() {}

    /**
     * The pact as typed, checked: the parties must be members of the initiative ({@code roles}), the officer a
     * professional, nobody a party twice, at least one citizen or association besides the office.
     */
    /** A checked pact: the signed content and its geometry's bounding box. */
    record Draft(PactText.Content content, GeometryText.Checked geometry) {}

    static Draft pact(PactForm f, Area area, Map<Long, MemberRole> roles, Map<Long, Person> people) {
        var problems = new ArrayList<Refused.Problem>();
        String title = text(f.title(), "title", TITLE, true, problems);
        String goodKind = f.goodKind() == null ? "" : f.goodKind();
        if (!Pact.GOOD_KINDS.contains(goodKind)) {
            problems.add(new Refused.Problem("goodKind", "pacts.error.goodKind"));
        }
        String goodDescription = text(f.goodDescription(), "goodDescription", TEXT, true, problems);
        GeometryText.Checked geometry = null;
        try {
            geometry = GoodGeometry.check(f.geometryKind(), f.coordinates(), area);
        } catch (Refused r) {
            problems.addAll(r.problems());
        }
        String objectives = text(f.objectives(), "objectives", TEXT, true, problems);
        String actions = text(f.actions(), "actions", TEXT, true, problems);
        LocalDate starts = date(f.startsOn(), "startsOn", problems);
        LocalDate ends = date(f.endsOn(), "endsOn", problems);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add(new Refused.Problem("endsOn", "pacts.error.endsBefore"));
        }
        String renewal = text(f.renewal(), "renewal", TEXT, false, problems);
        var provides = new ArrayList<String>();
        for (String p : f.provides() == null ? List.<String>of() : f.provides()) {
            if (!Pact.PROVISIONS.contains(p)) {
                problems.add(new Refused.Problem("provides", "pacts.error.provides"));
            } else if (!provides.contains(p)) {
                provides.add(p);
            }
        }
        provides.sort(java.util.Comparator.comparingInt(Pact.PROVISIONS::indexOf));
        String providesText = text(f.providesText(), "providesText", TEXT, false, problems);
        int every = 0;
        try {
            every = Integer.parseInt(
                    f.reportEveryMonths() == null ? "" : f.reportEveryMonths().strip());
        } catch (NumberFormatException e) {
            every = 0;
        }
        if (every < 1 || every > 24) {
            problems.add(new Refused.Problem("reportEveryMonths", "pacts.error.reportEvery", 1, 24));
        }
        String safety = text(f.safety(), "safety", TEXT, true, problems);
        String suspension = text(f.suspension(), "suspension", TEXT, true, problems);
        var parties = parties(f, roles, people, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Draft(
                new PactText.Content(
                        new PactTerms(
                                f.isComplex(),
                                title,
                                goodKind,
                                goodDescription,
                                geometry.kind(),
                                geometry.geojson(),
                                objectives,
                                actions,
                                starts,
                                ends,
                                renewal,
                                List.copyOf(provides),
                                providesText,
                                every,
                                safety,
                                suspension),
                        parties),
                geometry);
    }

    private static List<Party> parties(
            PactForm f, Map<Long, MemberRole> roles, Map<Long, Person> people, List<Refused.Problem> problems) {
        var parties = new ArrayList<Party>();
        Set<Long> seen = new HashSet<>();
        for (String typed : f.citizens() == null ? List.<String>of() : f.citizens()) {
            Long id = member(typed, roles, people);
            if (id == null) {
                problems.add(new Refused.Problem("citizens", "pacts.error.citizen"));
                continue;
            }
            if (people.get(id).kind() == PersonKind.PROFESSIONAL) {
                problems.add(new Refused.Problem("citizens", "pacts.error.citizenProfessional"));
                continue;
            }
            if (seen.add(id)) {
                parties.add(new Party(id, Party.CITIZEN, people.get(id).name(), null));
            }
        }
        String association = text(f.associationName(), "associationName", NAME, false, problems);
        boolean representativeGiven =
                f.representative() != null && !f.representative().isBlank();
        if (!association.isEmpty() || representativeGiven) {
            Long id = member(f.representative(), roles, people);
            if (association.isEmpty()) {
                problems.add(new Refused.Problem("associationName", "pacts.error.associationName"));
            } else if (id == null) {
                problems.add(new Refused.Problem("representative", "pacts.error.representative"));
            } else if (!seen.add(id)) {
                problems.add(new Refused.Problem("representative", "pacts.error.twice"));
            } else {
                parties.add(new Party(id, Party.ASSOCIATION, people.get(id).name(), association));
            }
        }
        String office = text(f.officeName(), "officeName", NAME, true, problems);
        Long officer = member(f.officer(), roles, people);
        if (officer == null || people.get(officer).kind() != PersonKind.PROFESSIONAL) {
            problems.add(new Refused.Problem("officer", "pacts.error.officer"));
        } else if (!seen.add(officer)) {
            problems.add(new Refused.Problem("officer", "pacts.error.twice"));
        } else if (!office.isEmpty()) {
            parties.add(new Party(officer, Party.OFFICE, people.get(officer).name(), office));
        }
        if (parties.stream().noneMatch(Party::reports)) {
            problems.add(new Refused.Problem("citizens", "pacts.error.noCitizen"));
        }
        return parties;
    }

    /** The person id typed, when it is a member of the initiative (observers are not parties). */
    private static Long member(String typed, Map<Long, MemberRole> roles, Map<Long, Person> people) {
        long id;
        try {
            id = Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        var role = roles.get(id);
        return role == null || role == MemberRole.OBSERVER || !people.containsKey(id) ? null : id;
    }

    static String text(String typed, String field, int max, boolean required, List<Refused.Problem> problems) {
        String s = typed == null ? "" : typed.replace("\r\n", "\n").strip();
        if (required && s.isEmpty()) {
            problems.add(new Refused.Problem(field, "pacts.error.required"));
        } else if (s.length() > max) {
            problems.add(new Refused.Problem(field, "pacts.error.tooLong", max));
        } else if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(new Refused.Problem(field, "pacts.error.control"));
        }
        return s;
    }

    static LocalDate date(String typed, String field, List<Refused.Problem> problems) {
        try {
            var d = LocalDate.parse(typed == null ? "" : typed.strip());
            if (d.getYear() < 2000 || d.getYear() > 2200) {
                problems.add(new Refused.Problem(field, "pacts.error.date"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new Refused.Problem(field, "pacts.error.date"));
            return null;
        }
    }

    /** A quantity as typed, with a comma or a point, at most two decimals; null when empty and not required. */
    static BigDecimal amount(
            String typed, String field, BigDecimal max, boolean required, List<Refused.Problem> problems) {
        String s = typed == null ? "" : typed.strip().replace(',', '.');
        if (s.isEmpty()) {
            if (required) {
                problems.add(new Refused.Problem(field, "pacts.error.required"));
            }
            return null;
        }
        try {
            if (s.length() > 20) {
                throw new NumberFormatException();
            }
            var n = new BigDecimal(s);
            if (n.signum() <= 0
                    || n.compareTo(max) > 0
                    || n.stripTrailingZeros().scale() > 2) {
                problems.add(new Refused.Problem(field, "pacts.error.amount", max));
                return null;
            }
            return n.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new Refused.Problem(field, "pacts.error.amount", max));
            return null;
        }
    }
}
