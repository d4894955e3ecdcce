package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index on known numbers, the suppression of small bands, and the counting of people into bands. */
class RepresentativenessTest {
    @Test
    void theIndexIsOneWhenSharesMatchAndZeroWhenTheyDoNotOverlap() {
        assertThat(Representativeness.index(new double[] {0.5, 0.5}, new double[] {0.5, 0.5}))
                .isEqualByComparingTo("1.00");
        assertThat(Representativeness.index(new double[] {1, 0}, new double[] {0, 1}))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void theIndexOnKnownNumbers() {
        // |0.6-0.4| + |0.3-0.4| + |0.1-0.2| = 0.4; half is 0.2; index 0.8.
        assertThat(Representativeness.index(new double[] {0.6, 0.3, 0.1}, new double[] {0.4, 0.4, 0.2}))
                .isEqualByComparingTo("0.80");
        // |0.25-0.5| + |0.75-0.5| = 0.5; half 0.25; index 0.75.
        assertThat(Representativeness.index(new double[] {0.25, 0.75}, new double[] {0.5, 0.5}))
                .isEqualByComparingTo("0.75");
    }

    private static Margin band(Dimension d, String band, long count) {
        return new Margin(d, band, BigDecimal.valueOf(count), false);
    }

    @Test
    void compareWorksOutSharesIndexAndBars() {
        var margins = List.of(band(Dimension.DISTRICT, "A", 400), band(Dimension.DISTRICT, "B", 600));
        var d = Representativeness.compare(Dimension.DISTRICT, margins, Map.of("A", 10L, "B", 10L));
        assertThat(d.shown()).isTrue();
        assertThat(d.gave()).isEqualTo(20);
        // p = 0.5, 0.5; q = 0.4, 0.6: distance 0.2, index 0.9.
        assertThat(d.index()).isEqualByComparingTo("0.90");
        assertThat(d.bands().get(0).participantPercent()).isEqualByComparingTo("50.0");
        assertThat(d.bands().get(0).populationPercent()).isEqualByComparingTo("40.0");
        assertThat(d.bands().get(0).participantWidth()).isEqualTo(140);
        assertThat(d.bands().get(1).populationWidth()).isEqualTo(168);
    }

    @Test
    void bandsUnderFiveAreHiddenAndOneAloneHidesTheNextSmallest() {
        var margins = List.of(
                band(Dimension.DISTRICT, "A", 1), band(Dimension.DISTRICT, "B", 1), band(Dimension.DISTRICT, "C", 1));
        var d = Representativeness.compare(Dimension.DISTRICT, margins, Map.of("A", 3L, "B", 6L, "C", 9L));
        assertThat(d.bands()).extracting(BandView::hidden).containsExactly(true, true, false);
        assertThat(d.bands().get(0).count()).isNull();
        assertThat(d.bands().get(1).count()).isNull();
        assertThat(d.bands().get(1).participantWidth()).isZero();
        assertThat(d.bands().get(2).count()).isEqualTo(9);
        // two small bands hide nothing more
        var two = Representativeness.compare(Dimension.DISTRICT, margins, Map.of("A", 3L, "B", 0L, "C", 9L));
        assertThat(two.bands()).extracting(BandView::hidden).containsExactly(true, true, false);
        var none = Representativeness.compare(Dimension.DISTRICT, margins, Map.of("A", 5L, "B", 6L, "C", 9L));
        assertThat(none.bands()).extracting(BandView::hidden).containsExactly(false, false, false);
    }

    @Test
    void fewerThanFiveInADimensionShowNothingOfIt() {
        var margins = List.of(band(Dimension.GENDER, "female", 1), band(Dimension.GENDER, "male", 1));
        var d = Representativeness.compare(Dimension.GENDER, margins, Map.of("female", 4L));
        assertThat(d.shown()).isFalse();
        assertThat(d.index()).isNull();
        assertThat(d.gave()).isNull();
        assertThat(d.bands()).allMatch(BandView::hidden);
    }

    @Test
    void peopleCountInTheBandThatHoldsTheirWholeAge() {
        var bands = List.of(
                band(Dimension.AGE, "0-17", 1),
                band(Dimension.AGE, "18-34", 1),
                band(Dimension.AGE, "35-54", 1),
                band(Dimension.AGE, "55+", 1));
        var people = List.of(
                new SelfDescription(1, 2000, null, null, null, null), // 26 in 2026
                new SelfDescription(2, null, "25-34", null, null, null),
                new SelfDescription(3, null, "45-54", "female", null, null),
                new SelfDescription(4, null, "75+", null, null, null),
                new SelfDescription(5, null, null, "male", null, null));
        var counts = PopulationService.counts(Dimension.AGE, bands, people, 7, 2026);
        assertThat(counts).isEqualTo(Map.of("18-34", 2L, "35-54", 1L, "55+", 1L));
        // a person's band straddling two of the organisation's bands counts in none
        var straddling = List.of(band(Dimension.AGE, "18-29", 1), band(Dimension.AGE, "30+", 1));
        assertThat(PopulationService.counts(Dimension.AGE, straddling, people, 7, 2026))
                .isEqualTo(Map.of("18-29", 1L, "30+", 2L));
    }

    @Test
    void genderAndDistrictCountOnlyWhatMatchesTheOrganisation() {
        var people = List.of(
                new SelfDescription(1, null, null, "female", 7L, "Centro"),
                new SelfDescription(2, null, null, "undisclosed", 8L, "Centro"),
                new SelfDescription(3, null, null, "male", 7L, "Nord"));
        var genders = List.of(band(Dimension.GENDER, "female", 1), band(Dimension.GENDER, "male", 1));
        assertThat(PopulationService.counts(Dimension.GENDER, genders, people, 7, 2026))
                .isEqualTo(Map.of("female", 1L, "male", 1L, "undisclosed", 1L));
        var districts = List.of(band(Dimension.DISTRICT, "Centro", 1), band(Dimension.DISTRICT, "Nord", 1));
        assertThat(PopulationService.counts(Dimension.DISTRICT, districts, people, 7, 2026))
                .isEqualTo(Map.of("Centro", 1L, "Nord", 1L));
        // "undisclosed" is not one of the organisation's bands, so it adds to no band and to no total
        var d = Representativeness.compare(
                Dimension.GENDER, genders, PopulationService.counts(Dimension.GENDER, genders, people, 7, 2026));
        assertThat(d.shown()).isFalse();
    }
}
