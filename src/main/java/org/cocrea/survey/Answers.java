package org.cocrea.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.platform.MapPoints;
import org.cocrea.platform.Refused;

/**
 * A person's answers as the form sends them (field name to values), read into one {@link Answer} per question, and
 * the skip logic over them. Pure: no database, so the rules are unit-tested. A question is shown when its section
 * is shown and its own condition holds; a condition holds when the question it names is shown and was given one of
 * the named values. Conditions only name earlier questions, so one pass in order decides everything.
 */
final class Answers {
    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 5000;
    static final BigDecimal LIMIT = new BigDecimal("9999999999");
    static final String OTHER = "other";

    private Answers() {}

    /** One stored value of an answer: its part (0, an option or a matrix row), a number and/or a text. */
    record Part(int part, BigDecimal number, String text) {}

    /** A question's answer. */
    record Answer(long itemId, List<Part> parts) {
        /** The values a condition or a cross-tabulation reads: the option chosen, the options ticked, the scale value. */
        Set<Integer> values(QuestionKind kind) {
            var values = new HashSet<Integer>();
            for (Part p : parts) {
                if (kind == QuestionKind.MULTIPLE) {
                    values.add(p.part());
                } else if (p.number() != null) {
                    values.add(p.number().intValue());
                }
            }
            return values;
        }
    }

    /**
     * Reads every question's answer from the fields; a question left empty has none. Problems (an option that is
     * not one, a scale value out of range, text too long) are collected for {@code checked} items only and thrown
     * together; items not checked that fail to read are dropped, so an old draft never blocks a person.
     */
    static Map<Long, Answer> read(List<Item> items, Map<String, List<String>> fields, Set<Long> checked) {
        var answers = new LinkedHashMap<Long, Answer>();
        var problems = new ArrayList<Refused.Problem>();
        for (Item item : items) {
            if (item.section()) {
                continue;
            }
            try {
                var answer = read(item, fields);
                if (answer != null) {
                    answers.put(item.id(), answer);
                }
            } catch (Refused refused) {
                if (checked.contains(item.id())) {
                    problems.addAll(refused.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return answers;
    }

    /** The answer to one question, null when nothing was given. */
    static Answer read(Item item, Map<String, List<String>> fields) {
        String name = item.field();
        var parts = new ArrayList<Part>();
        switch (item.kind()) {
            case SINGLE -> {
                String chosen = one(fields, name);
                if (chosen.isEmpty()) {
                    return null;
                }
                if (OTHER.equals(chosen) && item.allowOther()) {
                    parts.add(new Part(0, BigDecimal.ZERO, other(item, fields)));
                } else {
                    parts.add(new Part(
                            0,
                            BigDecimal.valueOf(
                                    option(item, name, chosen, item.options().size())),
                            null));
                }
            }
            case MULTIPLE -> {
                var seen = new HashSet<Integer>();
                for (String chosen : all(fields, name)) {
                    if (OTHER.equals(chosen) && item.allowOther()) {
                        if (seen.add(0)) {
                            parts.add(new Part(0, BigDecimal.ONE, other(item, fields)));
                        }
                    } else {
                        int option = option(item, name, chosen, item.options().size());
                        if (seen.add(option)) {
                            parts.add(new Part(option, BigDecimal.ONE, null));
                        }
                    }
                }
            }
            case MATRIX -> {
                for (int row = 1; row <= item.rows().size(); row++) {
                    String chosen = one(fields, item.field(row));
                    if (!chosen.isEmpty()) {
                        int level = option(
                                item, item.field(row), chosen, item.options().size());
                        parts.add(new Part(row, BigDecimal.valueOf(level), null));
                    }
                }
                if (!parts.isEmpty() && parts.size() < item.rows().size()) {
                    throw new Refused(item.field(), "survey.answer.matrix.partial");
                }
            }
            case RANKING -> {
                int n = item.options().size();
                var ranks = new HashSet<Integer>();
                for (int option = 1; option <= n; option++) {
                    String rank = one(fields, item.field(option));
                    if (!rank.isEmpty()) {
                        int r = option(item, item.field(option), rank, n);
                        if (!ranks.add(r)) {
                            throw new Refused(item.field(), "survey.answer.ranking.twice", r);
                        }
                        parts.add(new Part(option, BigDecimal.valueOf(r), null));
                    }
                }
                if (!parts.isEmpty() && parts.size() < n) {
                    throw new Refused(item.field(), "survey.answer.ranking.partial", n);
                }
            }
            case SCALE5, SCALE10, NPS -> {
                String value = one(fields, name);
                if (value.isEmpty()) {
                    return null;
                }
                int v = whole(value).orElseThrow(() -> outOfScale(item));
                if (v < item.kind().low() || v > item.kind().high()) {
                    throw outOfScale(item);
                }
                parts.add(new Part(0, BigDecimal.valueOf(v), null));
            }
            case SHORT, LONG -> {
                String text = one(fields, name).strip();
                if (text.isEmpty()) {
                    return null;
                }
                int limit = item.kind() == QuestionKind.SHORT ? SHORT_TEXT : LONG_TEXT;
                if (text.length() > limit) {
                    throw new Refused(name, "survey.answer.text.long", limit);
                }
                if (control(text, item.kind() == QuestionKind.LONG)) {
                    throw new Refused(name, "survey.answer.text.control");
                }
                parts.add(new Part(0, null, text));
            }
            case NUMBER -> {
                String typed = one(fields, name).strip();
                if (typed.isEmpty()) {
                    return null;
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(typed.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new Refused(name, "survey.answer.number");
                }
                if (number.abs().compareTo(LIMIT) > 0 || number.scale() > 4) {
                    throw new Refused(name, "survey.answer.number");
                }
                if ((item.min() != null && number.compareTo(item.min()) < 0)
                        || (item.max() != null && number.compareTo(item.max()) > 0)) {
                    throw new Refused(name, "survey.answer.number.range", plain(item.min()), plain(item.max()));
                }
                parts.add(new Part(0, number, null));
            }
            case DATE -> {
                String typed = one(fields, name).strip();
                if (typed.isEmpty()) {
                    return null;
                }
                try {
                    var date = typed.contains("/")
                            ? LocalDate.parse(typed, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"))
                            : LocalDate.parse(typed);
                    if (date.getYear() < 1900 || date.getYear() > 2200) {
                        throw new Refused(name, "survey.answer.date");
                    }
                    parts.add(new Part(0, null, date.toString()));
                } catch (DateTimeParseException e) {
                    throw new Refused(name, "survey.answer.date");
                }
            }
            case POINT -> {
                String lat = one(fields, item.field("lat")).strip();
                String lon = one(fields, item.field("lon")).strip();
                if (lat.isEmpty() && lon.isEmpty()) {
                    return null;
                }
                var latitude = MapPoints.parse(lat, 90);
                var longitude = MapPoints.parse(lon, 180);
                if (latitude.isEmpty() || longitude.isEmpty()) {
                    throw new Refused(item.field("lat"), "survey.answer.point");
                }
                parts.add(new Part(
                        0,
                        null,
                        latitude.get().toPlainString() + ", " + longitude.get().toPlainString()));
            }
            case SECTION -> {
                return null;
            }
        }
        return parts.isEmpty() ? null : new Answer(item.id(), parts);
    }

    /** A bound of the range for the message, which formats a number in the reader's language (1,5 in Italian). */
    private static Object plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros();
    }

    private static Refused outOfScale(Item item) {
        return new Refused(
                item.field(),
                "survey.answer.scale",
                item.kind().low(),
                item.kind().high());
    }

    private static String other(Item item, Map<String, List<String>> fields) {
        String text = one(fields, item.field(OTHER)).strip();
        if (text.isEmpty()) {
            throw new Refused(item.field(OTHER), "survey.answer.other.empty");
        }
        if (text.length() > SHORT_TEXT) {
            throw new Refused(item.field(OTHER), "survey.answer.text.long", SHORT_TEXT);
        }
        if (control(text, false)) {
            throw new Refused(item.field(OTHER), "survey.answer.text.control");
        }
        return text;
    }

    private static int option(Item item, String field, String typed, int count) {
        var n = whole(typed);
        if (n.isEmpty() || n.get() < 1 || n.get() > count) {
            throw new Refused(field, "survey.answer.option");
        }
        return n.get();
    }

    private static java.util.Optional<Integer> whole(String typed) {
        try {
            return java.util.Optional.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Control characters have no place in an answer (new lines and tabs in a long text do). */
    static boolean control(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
            if (c == '\u2028' || c == '\u2029' || c == '\u202E' || c == '\u200F') {
                return true;
            }
        }
        return false;
    }

    static String one(Map<String, List<String>> fields, String name) {
        var values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    static List<String> all(Map<String, List<String>> fields, String name) {
        var values = fields.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /**
     * The items shown for these answers: a section is shown when its condition holds, a question when its section
     * is shown and its own condition holds. A condition on a question that is not shown does not hold.
     */
    static Set<Long> shown(List<Item> items, Map<Long, Answer> answers) {
        var shown = new HashSet<Long>();
        var kinds = new HashMap<Long, QuestionKind>();
        boolean sectionShown = true;
        for (Item item : items) {
            kinds.put(item.id(), item.kind());
            boolean holds = holds(item, answers, shown, kinds);
            if (item.section()) {
                sectionShown = holds;
                if (holds) {
                    shown.add(item.id());
                }
            } else if (sectionShown && holds) {
                shown.add(item.id());
            }
        }
        return shown;
    }

    private static boolean holds(Item item, Map<Long, Answer> answers, Set<Long> shown, Map<Long, QuestionKind> kinds) {
        if (item.showIf() == null) {
            return true;
        }
        if (!shown.contains(item.showIf())) {
            return false;
        }
        var answer = answers.get(item.showIf());
        if (answer == null) {
            return false;
        }
        for (int value : answer.values(kinds.get(item.showIf()))) {
            if (item.showIfAnswers().contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** The pages of a survey: each section with its questions; questions before the first section make a page. */
    static List<List<Item>> pages(List<Item> items) {
        var pages = new ArrayList<List<Item>>();
        List<Item> page = null;
        for (Item item : items) {
            if (item.section() || page == null) {
                page = new ArrayList<>();
                pages.add(page);
            }
            page.add(item);
        }
        return pages;
    }

    /** The Net Promoter Score of 0-10 answers: promoters (9-10) less detractors (0-6), in per cent of all. */
    static Integer nps(Map<Integer, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long promoters = counts.getOrDefault(9, 0L) + counts.getOrDefault(10, 0L);
        long detractors = 0;
        for (int v = 0; v <= 6; v++) {
            detractors += counts.getOrDefault(v, 0L);
        }
        return (int) Math.round(100.0 * (promoters - detractors) / total);
    }
}
