package org.cocrea.survey;

/**
 * (Public because the precompiled templates read it.) A question (or section) as typed in the editor: options and
 * matrix rows one a line; {@code showIf} an earlier closed question's id and {@code showIfAnswers} its values
 * (option numbers or scale values) separated by commas.
 */
public record QuestionForm(
        String kind,
        String text,
        String help,
        String required,
        String options,
        String rows,
        String allowOther,
        String min,
        String max,
        String showIf,
        String showIfAnswers) {
    public QuestionForm {
        kind = kind == null ? "" : kind;
        text = text == null ? "" : text;
        help = help == null ? "" : help;
        required = required == null ? "" : required;
        options = options == null ? "" : options;
        rows = rows == null ? "" : rows;
        allowOther = allowOther == null ? "" : allowOther;
        min = min == null ? "" : min;
        max = max == null ? "" : max;
        showIf = showIf == null ? "" : showIf;
        showIfAnswers = showIfAnswers == null ? "" : showIfAnswers;
    }

    static QuestionForm empty() {
        return new QuestionForm("single", "", "", "yes", "", "", "", "", "", "", "");
    }

    static QuestionForm of(Item item) {
        return new QuestionForm(
                item.kind().code(),
                item.text(),
                item.help(),
                item.required() ? "yes" : "",
                String.join("\n", item.options()),
                String.join("\n", item.rows()),
                item.allowOther() ? "yes" : "",
                item.min() == null ? "" : item.min().stripTrailingZeros().toPlainString(),
                item.max() == null ? "" : item.max().stripTrailingZeros().toPlainString(),
                item.showIf() == null ? "" : String.valueOf(item.showIf()),
                item.showIfAnswersText());
    }
}
