package org.cocrea.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the few aggregated rows the database returns (counts per question, part and value; answered per question;
 * the newest texts) into each question's results. Nothing here reads a response row: the work is the database's.
 */
final class Tabulation {
    static final int TEXTS = 20;

    private Tabulation() {}

    static Results of(
            Survey survey,
            List<Item> items,
            int responses,
            List<SurveyRepository.Count> counts,
            List<SurveyRepository.Answered> answered,
            List<SurveyRepository.Text> texts,
            Results.Cross cross,
            Map<String, String> words) {
        boolean tooFew = survey.anonymous() && responses < Results.MIN_GROUP;
        if (tooFew) {
            return new Results(responses, true, true, List.of(), null);
        }
        var byItem = new HashMap<Long, List<SurveyRepository.Count>>();
        counts.forEach(
                c -> byItem.computeIfAbsent(c.itemId(), k -> new ArrayList<>()).add(c));
        var people = new HashMap<Long, SurveyRepository.Answered>();
        answered.forEach(a -> people.put(a.itemId(), a));
        var said = new HashMap<Long, List<String>>();
        texts.forEach(
                t -> said.computeIfAbsent(t.itemId(), k -> new ArrayList<>()).add(t.text()));
        var questions = new ArrayList<Results.Question>();
        for (Item item : items) {
            if (item.section()) {
                continue;
            }
            var a = people.get(item.id());
            long n = a == null ? 0 : a.people();
            var mine = byItem.getOrDefault(item.id(), List.of());
            var labels = new ArrayList<String>();
            var values = new ArrayList<Long>();
            var rows = new ArrayList<Results.Row>();
            BigDecimal mean = null;
            Integer nps = null;
            var means = new ArrayList<Results.Mean>();
            switch (item.kind()) {
                case SINGLE, MULTIPLE, SCALE5, SCALE10, NPS -> {
                    var perValue = new HashMap<Integer, Long>();
                    for (var c : mine) {
                        int value = item.kind() == QuestionKind.MULTIPLE ? c.part() : c.value();
                        perValue.merge(value, c.count(), Long::sum);
                    }
                    for (int v : item.values()) {
                        labels.add(item.label(v));
                        values.add(perValue.getOrDefault(v, 0L));
                    }
                    if (item.allowOther()) {
                        labels.add(words.get("other"));
                        values.add(perValue.getOrDefault(0, 0L));
                    }
                    if (item.kind().isScale()) {
                        long sum = 0;
                        long total = 0;
                        for (var e : perValue.entrySet()) {
                            sum += (long) e.getKey() * e.getValue();
                            total += e.getValue();
                        }
                        mean = total == 0
                                ? null
                                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
                        if (item.kind() == QuestionKind.NPS) {
                            nps = Answers.nps(perValue);
                        }
                    }
                }
                case MATRIX, RANKING -> {
                    var sums = new HashMap<Integer, long[]>();
                    for (var c : mine) {
                        var s = sums.computeIfAbsent(c.part(), k -> new long[2]);
                        s[0] += (long) c.value() * c.count();
                        s[1] += c.count();
                    }
                    var parts = item.kind() == QuestionKind.MATRIX ? item.rows() : item.options();
                    for (int p = 1; p <= parts.size(); p++) {
                        var s = sums.getOrDefault(p, new long[2]);
                        var m = s[1] == 0
                                ? null
                                : BigDecimal.valueOf(s[0]).divide(BigDecimal.valueOf(s[1]), 2, RoundingMode.HALF_UP);
                        means.add(new Results.Mean(parts.get(p - 1), m, s[1]));
                        labels.add(parts.get(p - 1));
                        // the chart shows means as tenths, so bars compare; the table has the means themselves
                        values.add(m == null ? 0L : m.movePointRight(1).longValue());
                    }
                }
                default -> {}
            }
            for (int k = 0;
                    k < labels.size() && item.kind() != QuestionKind.MATRIX && item.kind() != QuestionKind.RANKING;
                    k++) {
                long count = values.get(k);
                rows.add(new Results.Row(labels.get(k), count, n == 0 ? 0 : (int) Math.round(100.0 * count / n)));
            }
            var list = said.getOrDefault(item.id(), List.of());
            boolean hidden = survey.anonymous() && n < Results.MIN_GROUP && !list.isEmpty();
            questions.add(new Results.Question(
                    item,
                    n,
                    labels.isEmpty() ? null : Chart.of(labels, values),
                    rows,
                    item.kind() == QuestionKind.NUMBER && a != null && a.mean() != null
                            ? a.mean().setScale(2, RoundingMode.HALF_UP)
                            : mean,
                    nps,
                    means,
                    item.kind() == QuestionKind.NUMBER && a != null ? a.min() : null,
                    item.kind() == QuestionKind.NUMBER && a != null ? a.max() : null,
                    hidden ? List.of() : list,
                    hidden));
        }
        return new Results(responses, survey.anonymous(), false, questions, cross);
    }

    /** The table of a cross-tabulation, small cells of an anonymous survey suppressed. */
    static Results.Cross cross(Item of, Item by, List<SurveyRepository.Cell> cells, boolean anonymous, String other) {
        var rowValues = values(of);
        var columnValues = values(by);
        var table = new HashMap<String, Long>();
        cells.forEach(c -> table.merge(c.row() + ":" + c.column(), c.count(), Long::sum));
        var rows = new ArrayList<List<Long>>();
        for (int r : rowValues) {
            var row = new ArrayList<Long>();
            for (int c : columnValues) {
                long n = table.getOrDefault(r + ":" + c, 0L);
                row.add(anonymous && n > 0 && n < Results.MIN_GROUP ? null : n);
            }
            rows.add(row);
        }
        return new Results.Cross(
                of,
                by,
                rowValues.stream().map(v -> v == 0 ? other : of.label(v)).toList(),
                columnValues.stream().map(v -> v == 0 ? other : by.label(v)).toList(),
                rows);
    }

    private static List<Integer> values(Item item) {
        var values = new ArrayList<>(item.values());
        if (item.allowOther()) {
            values.add(0);
        }
        return values;
    }
}
