package org.cocrea.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ready-made surveys, their items written in the messages ({@code survey.tpl.*}) and put into a survey in the
 * facilitator's language: service quality after SERVQUAL's five dimensions (tangibles, reliability, responsiveness,
 * assurance, empathy; Parasuraman, Zeithaml and Berry, 1988) as Likert matrices; user satisfaction with an NPS
 * question; and the citizen's experience of co-production (influence felt, effort, would take part again).
 */
final class Templates {
    static final List<String> CODES = List.of("servqual", "satisfaction", "coproduction");

    private Templates() {}

    /** One item: {@code showIf} is the index of an earlier item of the same template, or -1. */
    record Entry(
            QuestionKind kind,
            String text,
            boolean required,
            List<String> options,
            List<String> rows,
            int showIf,
            Set<Integer> showIfAnswers) {}

    static List<Entry> of(String code, Function<String, String> t) {
        var items = new ArrayList<Entry>();
        List<String> agree = keys(t, "survey.likert.", 5);
        switch (code) {
            case "servqual" -> {
                for (String dimension : List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy")) {
                    String p = "survey.tpl.servqual." + dimension;
                    items.add(entry(QuestionKind.SECTION, t.apply(p), false, List.of(), List.of()));
                    items.add(entry(QuestionKind.MATRIX, t.apply(p + ".question"), true, agree, keys(t, p + ".", 3)));
                }
                items.add(
                        entry(QuestionKind.LONG, t.apply("survey.tpl.servqual.improve"), false, List.of(), List.of()));
            }
            case "satisfaction" -> {
                String p = "survey.tpl.satisfaction.";
                items.add(entry(QuestionKind.SCALE5, t.apply(p + "overall"), true, List.of(), List.of()));
                items.add(new Entry(
                        QuestionKind.LONG, t.apply(p + "wrong"), false, List.of(), List.of(), 0, Set.of(1, 2)));
                items.add(entry(QuestionKind.NPS, t.apply(p + "recommend"), true, List.of(), List.of()));
                items.add(entry(QuestionKind.SINGLE, t.apply(p + "often"), false, keys(t, p + "often.", 4), List.of()));
                items.add(entry(
                        QuestionKind.MATRIX,
                        t.apply(p + "aspects"),
                        false,
                        keys(t, "survey.satisfied.", 5),
                        keys(t, p + "aspects.", 4)));
                items.add(entry(QuestionKind.LONG, t.apply(p + "else"), false, List.of(), List.of()));
            }
            case "coproduction" -> {
                String p = "survey.tpl.coproduction.";
                items.add(entry(QuestionKind.SCALE5, t.apply(p + "influence"), true, List.of(), List.of()));
                items.add(entry(QuestionKind.SCALE5, t.apply(p + "effort"), true, List.of(), List.of()));
                items.add(entry(QuestionKind.SINGLE, t.apply(p + "again"), true, keys(t, p + "again.", 3), List.of()));
                items.add(
                        new Entry(QuestionKind.LONG, t.apply(p + "why"), false, List.of(), List.of(), 2, Set.of(2, 3)));
                items.add(entry(
                        QuestionKind.RANKING, t.apply(p + "mattered"), false, keys(t, p + "mattered.", 4), List.of()));
                items.add(entry(QuestionKind.SHORT, t.apply(p + "word"), false, List.of(), List.of()));
            }
            default -> throw new IllegalArgumentException(code);
        }
        return items;
    }

    private static Entry entry(
            QuestionKind kind, String text, boolean required, List<String> options, List<String> rows) {
        return new Entry(kind, text, required, options, rows, -1, Set.of());
    }

    private static List<String> keys(Function<String, String> t, String prefix, int n) {
        var list = new ArrayList<String>();
        for (int i = 1; i <= n; i++) {
            list.add(t.apply(prefix + i));
        }
        return list;
    }
}
