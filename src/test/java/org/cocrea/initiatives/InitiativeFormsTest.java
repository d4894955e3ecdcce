package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class InitiativeFormsTest {
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.3,44.5],[11.4,44.5],[11.4,44.6],[11.3,44.5]]]}";

    @Test
    void acceptsPolygonsMultiPolygonsAndFeaturesOnly() {
        assertThat(InitiativeForms.isPolygon(SQUARE)).isTrue();
        assertThat(InitiativeForms.isPolygon("{\"type\":\"Feature\",\"geometry\":" + SQUARE + "}"))
                .isTrue();
        assertThat(InitiativeForms.isPolygon("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[0,0]]]]}"))
                .isTrue();
        assertThat(InitiativeForms.isPolygon("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
                .isFalse();
        assertThat(InitiativeForms.isPolygon("{\"type\":\"Polygon\",\"coordinates\":[]}"))
                .isFalse();
        assertThat(InitiativeForms.isPolygon("not json")).isFalse();
        assertThat(InitiativeForms.isPolygon("{" + " ".repeat(InitiativeForms.AREA_MAX) + "}"))
                .isFalse();
    }

    @Test
    void turnsAValidFormIntoDetailsAndKeepsOtherTextOnlyWithOther() {
        var form = new InitiativeForm(
                " Parks ",
                "Summary",
                "",
                1L,
                null,
                "environment-and-parks",
                "collective",
                List.of("co-designer"),
                List.of("effectiveness"),
                "ignored",
                SQUARE,
                null);
        var errors = new BeanPropertyBindingResult(form, "form");
        var details = InitiativeForms.validate(form, 1L, errors).orElseThrow();
        assertThat(details.title()).isEqualTo("Parks");
        assertThat(details.otherObjective()).isNull();
        assertThat(details.area()).isEqualTo(SQUARE);
        assertThat(errors.hasErrors()).isFalse();
    }
}
