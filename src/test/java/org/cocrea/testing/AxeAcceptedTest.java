package org.cocrea.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

/** The accepted undecided axe results stay as narrow as their reasons: the rule and the element both must match. */
class AxeAcceptedTest {

    private static boolean accepted(String ruleId, String html) {
        var rule = new Rule();
        rule.setId(ruleId);
        var node = new CheckedNode();
        node.setHtml(html);
        return Axe.ACCEPTED.stream().anyMatch(a -> a.covers(rule, node));
    }

    @Test
    void textareasAndChartTextAreAcceptedForContrastOnly() {
        assertThat(accepted("color-contrast", "<textarea id=\"body\" name=\"body\" rows=\"4\">Text</textarea>"))
                .isTrue();
        assertThat(accepted("color-contrast", "<text x=\"0\" y=\"16\" class=\"chart-label\">Alberi</text>"))
                .isTrue();
        assertThat(accepted(
                        "color-contrast",
                        "<text x=\"212\" y=\"82\" text-anchor=\"middle\" class=\"heat-count heat-text-5\">1</text>"))
                .isTrue();

        assertThat(accepted("color-contrast", "<p class=\"meta\">SHA-256</p>"))
                .as("other elements")
                .isFalse();
        assertThat(accepted("color-contrast", "<text x=\"0\" y=\"16\" class=\"new-label\">?</text>"))
                .as("chart text of a class nobody checked")
                .isFalse();
        assertThat(accepted("label", "<textarea id=\"body\"></textarea>"))
                .as("other rules on the same element")
                .isFalse();
        assertThat(accepted("color-contrast", null)).isFalse();
    }

    @Test
    void everyAcceptanceSaysWhy() {
        assertThat(Axe.ACCEPTED).allSatisfy(a -> assertThat(a.why()).hasSizeGreaterThan(40));
    }
}
