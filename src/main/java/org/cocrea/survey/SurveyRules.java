package org.cocrea.survey;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cocrea.platform.Refused;

/** What a survey, a question and its skip condition may be; every refusal names the field and stores nothing. */
final class SurveyRules {
    /** A survey holds at most this many items (sections and questions): beyond, nobody answers to the end. */
    static final int MAX_ITEMS = 200;

    static final int MAX_OPTIONS = 30;
    static final int MAX_OPTION = 200;

    private SurveyRules() {}

    record Settings(
            String title,
            String intro,
            boolean anonymous,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            boolean codes) {}

    static Settings settings(SettingsForm form, ZoneId zone) {
        var problems = new ArrayList<Refused.Problem>();
        String title = form.title().strip();
        if (title.isEmpty()) {
            problems.add(new Refused.Problem("title", "survey.settings.title.empty"));
        } else if (title.length() > 200 || Answers.control(title, false)) {
            problems.add(new Refused.Problem("title", "survey.settings.title.long"));
        }
        String intro = form.intro().strip();
        if (intro.length() > 4000 || Answers.control(intro, true)) {
            problems.add(new Refused.Problem("intro", "survey.settings.intro.long"));
        }
        var opens = moment(form.opensAt(), zone, "opensAt", problems);
        var closes = moment(form.closesAt(), zone, "closesAt", problems);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(new Refused.Problem("closesAt", "survey.settings.closes.before"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Settings(title, intro, "yes".equals(form.anonymous()), opens, closes, "yes".equals(form.codes()));
    }

    private static OffsetDateTime moment(String typed, ZoneId zone, String field, List<Refused.Problem> problems) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            var local = local(typed.strip());
            if (local.getYear() < 2000 || local.getYear() > 2200) {
                problems.add(new Refused.Problem(field, "survey.settings.moment"));
                return null;
            }
            return local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new Refused.Problem(field, "survey.settings.moment"));
            return null;
        }
    }

    /** A local date and time as a datetime-local field sends it, or as typed: 2026-05-31 18:00, 31/05/2026 18:00. */
    static LocalDateTime local(String typed) {
        try {
            return LocalDateTime.parse(typed.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(typed, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu H:mm"));
        }
    }

    /**
     * A question as typed, checked against the survey's items: {@code earlier} are the items before it (a condition
     * may only name one of those, and only a closed question). {@code likert} gives a matrix's default answer scale.
     */
    static SurveyRepository.ItemDraft question(QuestionForm form, List<Item> earlier, Supplier<List<String>> likert) {
        var problems = new ArrayList<Refused.Problem>();
        var kind = QuestionKind.of(form.kind()).orElse(null);
        if (kind == null) {
            throw new Refused("kind", "survey.question.kind.unknown");
        }
        String text = form.text().strip();
        if (text.isEmpty()) {
            problems.add(new Refused.Problem("text", "survey.question.text.empty"));
        } else if (text.length() > 500 || Answers.control(text, false)) {
            problems.add(new Refused.Problem("text", "survey.question.text.long"));
        }
        String help = form.help().strip();
        if (help.length() > 1000 || Answers.control(help, false)) {
            problems.add(new Refused.Problem("help", "survey.question.help.long"));
        }
        List<String> options = List.of();
        List<String> rows = List.of();
        if (kind.hasOptions()) {
            options = lines(form.options(), "options", problems);
            if (kind == QuestionKind.MATRIX) {
                rows = lines(form.rows(), "rows", problems);
                if (options.isEmpty()) {
                    options = likert.get();
                }
                if (rows.isEmpty()) {
                    problems.add(new Refused.Problem("rows", "survey.question.rows.empty"));
                }
            }
            if (options.size() < 2 && problems.stream().noneMatch(p -> "options".equals(p.field()))) {
                problems.add(new Refused.Problem("options", "survey.question.options.few"));
            }
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (kind == QuestionKind.NUMBER) {
            min = number(form.min(), "min", problems);
            max = number(form.max(), "max", problems);
            if (min != null && max != null && max.compareTo(min) < 0) {
                problems.add(new Refused.Problem("max", "survey.question.max.below"));
            }
        }
        Long showIf = null;
        var answers = new LinkedHashSet<Integer>();
        if (!form.showIf().isBlank()) {
            Item condition = null;
            try {
                long id = Long.parseLong(form.showIf().strip());
                condition = earlier.stream()
                        .filter(i -> i.id() == id && i.kind().closed())
                        .findFirst()
                        .orElse(null);
            } catch (NumberFormatException e) {
                condition = null;
            }
            if (condition == null) {
                problems.add(new Refused.Problem("showIf", "survey.question.showIf.earlier"));
            } else {
                showIf = condition.id();
                var allowed = Set.copyOf(condition.values());
                for (String v : form.showIfAnswers().split("[,;\\s]+")) {
                    if (v.isBlank()) {
                        continue;
                    }
                    try {
                        int value = Integer.parseInt(v);
                        if (!allowed.contains(value)) {
                            throw new NumberFormatException();
                        }
                        answers.add(value);
                    } catch (NumberFormatException e) {
                        problems.add(new Refused.Problem("showIfAnswers", "survey.question.showIfAnswers.value", v));
                        break;
                    }
                }
                if (answers.isEmpty() && problems.stream().noneMatch(p -> "showIfAnswers".equals(p.field()))) {
                    problems.add(new Refused.Problem("showIfAnswers", "survey.question.showIfAnswers.empty"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new SurveyRepository.ItemDraft(
                kind,
                text,
                help,
                kind != QuestionKind.SECTION && "yes".equals(form.required()),
                options,
                rows,
                (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) && "yes".equals(form.allowOther()),
                min,
                max,
                showIf,
                answers);
    }

    private static List<String> lines(String typed, String field, List<Refused.Problem> problems) {
        var lines = SurveyRepository.lines(typed.replace("\r", "")).stream()
                .map(String::strip)
                .toList();
        if (lines.size() > MAX_OPTIONS) {
            problems.add(new Refused.Problem(field, "survey.question.options.many", MAX_OPTIONS));
        } else if (lines.stream().anyMatch(l -> l.length() > MAX_OPTION || Answers.control(l, false))) {
            problems.add(new Refused.Problem(field, "survey.question.options.long", MAX_OPTION));
        } else if (new LinkedHashSet<>(lines).size() < lines.size()) {
            problems.add(new Refused.Problem(field, "survey.question.options.twice"));
        }
        return lines;
    }

    private static BigDecimal number(String typed, String field, List<Refused.Problem> problems) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            var n = new BigDecimal(typed.strip().replace(',', '.'));
            if (n.abs().compareTo(Answers.LIMIT) > 0 || n.scale() > 4) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new Refused.Problem(field, "survey.question.number"));
            return null;
        }
    }

    /** Refuses more items than the limit, saying how many there would be. */
    static void room(int existing, int adding) {
        if (existing + adding > MAX_ITEMS) {
            throw new Refused(null, "survey.question.limit", MAX_ITEMS, existing + adding);
        }
    }

    /** Every condition names an item before it (after a move). */
    static boolean ordered(List<Item> items) {
        var seen = new java.util.HashSet<Long>();
        for (Item item : items) {
            if (item.showIf() != null && !seen.contains(item.showIf())) {
                return false;
            }
            seen.add(item.id());
        }
        return true;
    }
}
