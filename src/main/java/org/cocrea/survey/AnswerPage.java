package org.cocrea.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * (Public because the precompiled templates read it.) One page of a survey as a person answers it: the section and
 * its questions, which of them are shown for the answers so far, the fields as saved or typed, and where the page is
 * among the pages shown ({@code number} of {@code of}); {@code code} is the voting code a person without an account
 * answers with, posted again with every page (null for a signed-in person).
 */
public record AnswerPage(
        Survey survey,
        int index,
        int number,
        int of,
        boolean last,
        List<Item> items,
        List<Item> all,
        Set<Long> shown,
        Map<String, List<String>> fields,
        boolean responded,
        boolean accepting,
        boolean done,
        String code) {

    /** Where the page's form posts: a code holder's pages go with the code. */
    public String action() {
        return survey.path() + (code == null ? "/answer" : "/code");
    }

    public String value(String field) {
        var values = fields.get(field);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    public boolean chosen(String field, String value) {
        var values = fields.get(field);
        return values != null && values.contains(value);
    }

    /** Whether this page's question depends on a question of the same page (shown live by the script). */
    public boolean samePage(Item item) {
        return item.showIf() != null && items.stream().anyMatch(i -> i.id() == item.showIf());
    }

    public boolean visible(Item item) {
        return shown.contains(item.id()) || samePage(item);
    }

    /** The question a condition names, for the words "answer only if you answered …". */
    public Item condition(Item item) {
        return all.stream()
                .filter(i -> item.showIf() != null && i.id() == item.showIf())
                .findFirst()
                .orElse(null);
    }

    /** The answers of the condition in words, as the person read them. */
    public String conditionAnswers(Item item) {
        var condition = condition(item);
        if (condition == null) {
            return "";
        }
        return String.join(
                " / ",
                item.showIfAnswers().stream().sorted().map(condition::label).toList());
    }

    /** The values that show the item, for the script: "q12" and "1 3". */
    public String showIfValues(Item item) {
        return String.join(
                " ", item.showIfAnswers().stream().sorted().map(String::valueOf).toList());
    }

    public List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
