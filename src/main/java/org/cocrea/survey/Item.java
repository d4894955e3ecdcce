package org.cocrea.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * (Public because the precompiled templates read it.) A section heading or a question of a survey, in its order.
 * {@code options} are a choice's or ranking's options, or a matrix's answer scale; {@code rows} a matrix's Likert
 * items; options and rows are numbered from 1 as listed. {@code showIf} names an earlier closed question, and
 * {@code showIfAnswers} the values (option numbers or scale values) of it that show this item.
 */
public record Item(
        long id,
        int position,
        QuestionKind kind,
        String text,
        String help,
        boolean required,
        List<String> options,
        List<String> rows,
        boolean allowOther,
        BigDecimal min,
        BigDecimal max,
        Long showIf,
        Set<Integer> showIfAnswers) {

    public boolean section() {
        return kind == QuestionKind.SECTION;
    }

    public boolean conditional() {
        return showIf != null;
    }

    /** The field name of this question on the form: {@code q<id>}, and {@code q<id>-<part>} for its parts. */
    public String field() {
        return "q" + id;
    }

    public String field(Object part) {
        return "q" + id + "-" + part;
    }

    /** The values this question's answer can take as numbers: a scale's, or the options' numbers. */
    public List<Integer> values() {
        if (kind.isScale()) {
            return java.util.stream.IntStream.rangeClosed(kind.low(), kind.high())
                    .boxed()
                    .toList();
        }
        return java.util.stream.IntStream.rangeClosed(1, options.size()).boxed().toList();
    }

    /** The words for one value of a closed question (an option's text, or the scale value itself). */
    public String label(int value) {
        if (kind.isScale()) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "";
        }
        return value >= 1 && value <= options.size() ? options.get(value - 1) : String.valueOf(value);
    }

    public String showIfAnswersText() {
        return String.join(
                ", ", showIfAnswers.stream().sorted().map(String::valueOf).toList());
    }
}
