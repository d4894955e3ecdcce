package org.cocrea.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.cocrea.drafts.Diff.Kind;
import org.cocrea.drafts.Diff.Segment;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

class DiffTest {

    private static String side(List<Segment> segments, Kind skip) {
        return segments.stream()
                .filter(s -> s.kind() != skip)
                .map(Segment::text)
                .collect(Collectors.joining());
    }

    @Test
    void wordsChangedAreMarkedWholeAndTheRestKept() {
        var diff = Diff.words("Ogni classe avrà un angolo calmo.", "Ogni classe avrà due angoli calmi.");
        assertThat(diff)
                .containsExactly(
                        new Segment(Kind.SAME, "Ogni classe avrà "),
                        new Segment(Kind.DELETED, "un angolo calmo"),
                        new Segment(Kind.INSERTED, "due angoli calmi"),
                        new Segment(Kind.SAME, "."));
    }

    @Test
    void accentedWordsAndPunctuationAreTokensOfTheirOwn() {
        assertThat(Diff.tokens("L’agenda, già pronta!"))
                .containsExactly("L", "’", "agenda", ",", " ", "già", " ", "pronta", "!");
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(Diff.words("same text", "same text")).containsExactly(new Segment(Kind.SAME, "same text"));
        assertThat(Diff.words("", "new")).containsExactly(new Segment(Kind.INSERTED, "new"));
        assertThat(Diff.words("old", "")).containsExactly(new Segment(Kind.DELETED, "old"));
        assertThat(Diff.words(null, null)).isEmpty();
    }

    /** Whatever the texts, the kept and deleted segments give the old text back and the kept and inserted the new. */
    @Test
    void bothTextsAreRebuiltFromTheSegments() {
        var random = new Random(42);
        String[] words = {"la", "scuola", "è", "aperta", ",", "a", "tutti", "\n", "  ", "<b>", "&amp;", "perché"};
        for (int round = 0; round < 300; round++) {
            var a = new StringBuilder();
            var b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                a.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            var diff = Diff.words(a.toString(), b.toString());
            assertThat(side(diff, Kind.INSERTED)).isEqualTo(a.toString());
            assertThat(side(diff, Kind.DELETED)).isEqualTo(b.toString());
            for (int i = 1; i < diff.size(); i++) {
                assertThat(diff.get(i).kind())
                        .as("adjacent segments are merged")
                        .isNotEqualTo(diff.get(i - 1).kind());
            }
        }
    }

    private static Item item(int position, long paragraph, long text, String body) {
        return new Item(position, 1, "S", paragraph, text, body);
    }

    @Test
    void versionsAreComparedParagraphByParagraph() {
        var from = List.of(item(1, 10, 100, "Uno due"), item(2, 11, 110, "Tre"), item(3, 12, 120, "Quattro"));
        var to = List.of(item(1, 10, 101, "Uno tre"), item(2, 13, 130, "Nuovo"), item(3, 11, 110, "Tre"));
        var paragraphs = Diff.versions(from, to);
        assertThat(paragraphs)
                .extracting(Diff.Paragraph::change, Diff.Paragraph::changed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, true),
                        org.assertj.core.groups.Tuple.tuple(Kind.INSERTED, true),
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, false),
                        org.assertj.core.groups.Tuple.tuple(Kind.DELETED, true));
        assertThat(paragraphs.get(0).segments())
                .containsExactly(
                        new Segment(Kind.SAME, "Uno "),
                        new Segment(Kind.DELETED, "due"),
                        new Segment(Kind.INSERTED, "tre"));
        assertThat(paragraphs.get(3).segments()).containsExactly(new Segment(Kind.DELETED, "Quattro"));
        assertThat(Diff.versions(to, to)).noneMatch(Diff.Paragraph::changed);
    }

    @Test
    void outlinesSplitSectionsAndParagraphsWithinLimits() {
        var outline = Outline.parse("Intro\n\n## Uno\n\nA\nstill A\n\n\nB\n## Due\nC\n", "text");
        assertThat(outline.sections())
                .containsExactly(
                        new Outline.Section("", List.of("Intro")),
                        new Outline.Section("Uno", List.of("A\nstill A", "B")),
                        new Outline.Section("Due", List.of("C")));
        assertThatThrownBy(() -> Outline.parse("## Only a title", "text"))
                .isInstanceOf(Refused.class)
                .hasMessage("drafts.text.empty");
        assertThatThrownBy(() -> Outline.parse("x".repeat(10_001), "text"))
                .isInstanceOf(Refused.class)
                .hasMessage("drafts.paragraph.tooLong");
        assertThatThrownBy(() -> Outline.parse("x".repeat(10 * 1024 * 1024), "text"))
                .isInstanceOf(Refused.class)
                .hasMessage("drafts.text.tooLong");
        assertThatThrownBy(() -> Outline.paragraph("y".repeat(10 * 1024 * 1024), "body"))
                .isInstanceOf(Refused.class)
                .hasMessage("drafts.paragraph.tooLong");
        assertThat(Outline.paragraph(" one\n\n two ", "body")).isEqualTo("one\n two");
    }
}
