package org.cocrea.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

/** The skip logic, the reading of answers and the NPS, without a database. */
class SkipLogicTest {
    private static Item item(
            long id, int position, QuestionKind kind, List<String> options, Long showIf, Set<Integer> values) {
        return new Item(id, position, kind, "Q" + id, "", false, options, List.of(), false, null, null, showIf, values);
    }

    // 1 single (yes/no) · 2 long, only after "no" · 3 section, only after "yes" · 4 scale in that section · 5 section ·
    // 6 nps
    private final List<Item> items = List.of(
            item(1, 1, QuestionKind.SINGLE, List.of("Sì", "No"), null, Set.of()),
            item(2, 2, QuestionKind.LONG, List.of(), 1L, Set.of(2)),
            item(3, 3, QuestionKind.SECTION, List.of(), 1L, Set.of(1)),
            item(4, 4, QuestionKind.SCALE5, List.of(), null, Set.of()),
            item(5, 5, QuestionKind.SECTION, List.of(), null, Set.of()),
            item(6, 6, QuestionKind.NPS, List.of(), 4L, Set.of(4, 5)));

    private static Map<String, List<String>> fields(String... pairs) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    private Set<Long> shown(String... pairs) {
        return Answers.shown(items, Answers.read(items, fields(pairs), Set.of()));
    }

    @Test
    void aQuestionOrSectionIsShownOnlyForTheAnswersThatShowIt() {
        assertThat(shown()).containsExactlyInAnyOrder(1L, 5L);
        assertThat(shown("q1", "2")).containsExactlyInAnyOrder(1L, 2L, 5L);
        // "yes" opens the section and its questions; the scale's 4 or 5 opens the NPS question
        assertThat(shown("q1", "1")).containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
        assertThat(shown("q1", "1", "q4", "5")).containsExactlyInAnyOrder(1L, 3L, 4L, 5L, 6L);
        assertThat(shown("q1", "1", "q4", "3")).doesNotContain(6L);
    }

    @Test
    void aConditionOnAHiddenQuestionDoesNotHoldEvenWithAnAnswerKept() {
        // the scale was answered while "yes" held; with "no" its section is skipped and the NPS with it
        assertThat(shown("q1", "2", "q4", "5")).doesNotContain(3L, 4L, 6L);
    }

    @Test
    void pagesAreSections() {
        var pages = Answers.pages(items);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).extracting(Item::id).containsExactly(1L, 2L);
        assertThat(pages.get(1)).extracting(Item::id).containsExactly(3L, 4L);
    }

    @Test
    void answersAreReadOrRefusedWithTheirField() {
        var read = Answers.read(items, fields("q1", "2", "q2", "  Troppo lontano  ", "q4", "4"), Set.of(1L, 2L, 4L));
        assertThat(read.get(2L).parts().get(0).text()).isEqualTo("Troppo lontano");
        assertThat(read.get(4L).parts().get(0).number()).isEqualByComparingTo("4");
        var refused = catchThrowableOfType(
                Refused.class, () -> Answers.read(items, fields("q4", "6", "q6", "11", "q1", "3"), Set.of(1L, 4L, 6L)));
        assertThat(refused.problems())
                .extracting(Refused.Problem::field, Refused.Problem::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("q1", "survey.answer.option"),
                        org.assertj.core.groups.Tuple.tuple("q4", "survey.answer.scale"),
                        org.assertj.core.groups.Tuple.tuple("q6", "survey.answer.scale"));
        // items not being checked (an old draft's) are dropped, not refused
        assertThat(Answers.read(items, fields("q4", "9"), Set.of())).isEmpty();
        assertThat(catchThrowableOfType(Refused.class, () -> Answers.read(items, fields("q2", "a\u0000b"), Set.of(2L)))
                        .key())
                .isEqualTo("survey.answer.text.control");
    }

    @Test
    void rankingsNeedDistinctPlacesForEveryOption() {
        var ranking = List.of(item(9, 1, QuestionKind.RANKING, List.of("A", "B", "C"), null, Set.of()));
        assertThat(Answers.read(ranking, fields("q9-1", "2", "q9-2", "1", "q9-3", "3"), Set.of(9L))
                        .get(9L)
                        .parts())
                .hasSize(3);
        assertThat(catchThrowableOfType(
                                Refused.class,
                                () -> Answers.read(ranking, fields("q9-1", "1", "q9-2", "1", "q9-3", "3"), Set.of(9L)))
                        .key())
                .isEqualTo("survey.answer.ranking.twice");
        assertThat(catchThrowableOfType(Refused.class, () -> Answers.read(ranking, fields("q9-1", "1"), Set.of(9L)))
                        .key())
                .isEqualTo("survey.answer.ranking.partial");
    }

    @Test
    void npsIsPromotersLessDetractorsInPerCent() {
        assertThat(Answers.nps(Map.of())).isNull();
        // 5 promoters, 3 passives, 2 detractors of 10: 50 - 20 = 30
        assertThat(Answers.nps(Map.of(10, 3L, 9, 2L, 8, 2L, 7, 1L, 6, 1L, 0, 1L)))
                .isEqualTo(30);
        assertThat(Answers.nps(Map.of(0, 4L))).isEqualTo(-100);
        assertThat(Answers.nps(Map.of(9, 1L, 10, 1L))).isEqualTo(100);
        // 1 promoter, 2 detractors of 3: -33.3 rounds to -33
        assertThat(Answers.nps(Map.of(10, 1L, 3, 2L))).isEqualTo(-33);
    }

    @Test
    void aConditionMustNameAnEarlierClosedQuestionAndItsValues() {
        var earlier = items.subList(0, 2);
        var form = new QuestionForm("short", "Perché?", "", "", "", "", "", "", "", "1", "2");
        assertThat(SurveyRules.question(form, earlier, List::of).showIfAnswers())
                .containsExactly(2);
        var notClosed = new QuestionForm("short", "Perché?", "", "", "", "", "", "", "", "2", "1");
        assertThat(catchThrowableOfType(Refused.class, () -> SurveyRules.question(notClosed, earlier, List::of))
                        .field())
                .isEqualTo("showIf");
        var badValue = new QuestionForm("short", "Perché?", "", "", "", "", "", "", "", "1", "3");
        assertThat(catchThrowableOfType(Refused.class, () -> SurveyRules.question(badValue, earlier, List::of))
                        .field())
                .isEqualTo("showIfAnswers");
        assertThat(catchThrowableOfType(Refused.class, () -> SurveyRules.room(10, 500))
                        .args())
                .containsExactly(SurveyRules.MAX_ITEMS, 510);
    }
}
