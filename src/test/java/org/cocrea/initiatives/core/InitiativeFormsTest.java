package org.cocrea.initiatives.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.initiatives.Area;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class InitiativeFormsTest {
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.3,44.5],[11.4,44.5],[11.4,44.6],[11.3,44.5]]]}";

    private static String problem(String text) {
        try {
            Area.parse(text);
            return null;
        } catch (Area.Invalid e) {
            return e.key;
        }
    }

    private static String polygon(String ring) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
    }

    @Test
    void acceptsPolygonsMultiPolygonsAndFeaturesOnly() {
        assertThat(problem(SQUARE)).isNull();
        assertThat(problem("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}"))
                .isNull();
        assertThat(problem("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                        + "[[[5,5],[6,5],[6,6],[5,5]],[[5.2,5.1],[5.8,5.1],[5.8,5.5],[5.2,5.1]]]]}"))
                .isNull();
        // an altitude may follow; the extremes are in range
        assertThat(problem(polygon("[[-180,-90,12.5],[180,-90,0],[180,90,0],[-180,-90,12.5]]")))
                .isNull();

        assertThat(problem("{\"type\":\"Point\",\"coordinates\":[1,2]}")).isEqualTo("initiative.area.invalid");
        assertThat(problem(
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}"))
                .isEqualTo("initiative.area.invalid");
        assertThat(problem("[1,2]")).isEqualTo("initiative.area.invalid");
        assertThat(problem("not json")).isEqualTo("initiative.area.notJson");
        assertThat(problem("{" + " ".repeat(InitiativeForms.AREA_MAX) + "}")).isEqualTo("initiative.area.tooLong");
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[]}")).isEqualTo("initiative.area.empty");
        assertThat(problem("{\"type\":\"MultiPolygon\",\"coordinates\":[]}")).isEqualTo("initiative.area.empty");
        assertThat(problem("{\"type\":\"Polygon\"}")).isEqualTo("initiative.area.empty");
    }

    @Test
    void refusesRingsThatAreShortOpenOrOutOfRange() {
        assertThat(problem(polygon("[[0,0],[1,0],[0,0]]"))).isEqualTo("initiative.area.ring");
        assertThat(problem(polygon("[[0,0],[1,0],[1,1],[0,1]]"))).isEqualTo("initiative.area.notClosed");
        assertThat(problem(polygon("[[0,0],[1,0],[1,1],[0,0]],[[0.1,0.1],[0.2,0.1],[0.2,0.2]]")))
                .isEqualTo("initiative.area.ring");
        assertThat(problem(polygon("[[0,0],[1,\"0\"],[1,1],[0,0]]"))).isEqualTo("initiative.area.position");
        assertThat(problem(polygon("[[0,0],[1],[1,1],[0,0]]"))).isEqualTo("initiative.area.position");
        assertThat(problem(polygon("[[0,0],[1,0,0,0],[1,1],[0,0]]"))).isEqualTo("initiative.area.position");
        assertThat(problem(polygon("[[0,0],null,[1,1],[0,0]]"))).isEqualTo("initiative.area.position");
        assertThat(problem(polygon("[[0,0],[180.5,0],[1,1],[0,0]]"))).isEqualTo("initiative.area.longitude");
        // latitude first is the usual mistake: 91 is then out of range
        assertThat(problem(polygon("[[44.5,11.3],[44.5,91],[44.6,11.4],[44.5,11.3]]")))
                .isEqualTo("initiative.area.latitude");
        assertThat(problem(polygon("[[0,0],[1,-90.01],[1,1],[0,0]]"))).isEqualTo("initiative.area.latitude");
    }

    @Test
    void drawsTheOutlineInAViewBoxWithATextAlternative() throws Exception {
        var square = Area.parse(SQUARE);
        assertThat(square.points()).isEqualTo(3);
        assertThat(square.polygonCount()).isEqualTo(1);
        assertThat(square.centre()).isEqualTo("44.5500, 11.3500");
        // north is up: the southern edge (latitude 44.5) is at the bottom of the box
        assertThat(square.path()).startsWith("M4.0 304.0L").endsWith(" 4.0Z").containsOnlyOnce("M");
        assertThat(square.path().chars().filter(c -> c == 'L')).hasSize(2);
        String[] box = square.viewBox().split(" ");
        assertThat(Double.parseDouble(box[2])).isLessThanOrEqualTo(Area.MAX_WIDTH + 8);
        assertThat(Double.parseDouble(box[3])).isLessThanOrEqualTo(Area.MAX_HEIGHT + 8);
        // a 0.1° square at 44.5° N is narrower than tall once longitudes are scaled by cos(latitude)
        assertThat(Double.parseDouble(box[2])).isLessThan(Double.parseDouble(box[3]));
        // a hole is a second subpath
        var withHole = Area.parse(polygon("[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]"));
        assertThat(withHole.path().chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(withHole.points()).isEqualTo(4);
        assertThat(Area.of("not json")).isEmpty();
        assertThat(Area.of(null)).isEmpty();
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
