package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

/** The self-description form: every part optional, one of birth year and age band, only offered choices. */
class SelfDescriptionParseTest {
    static final List<PopulationRepository.District> DISTRICTS =
            List.of(new PopulationRepository.District(7, "Centro"), new PopulationRepository.District(7, "Nord"));

    private static SelfDescription parse(String year, String band, String gender, String district) {
        return PopulationService.parse(1, new SelfDescriptionForm(year, band, gender, district), DISTRICTS, 2026);
    }

    private static List<String> refused(String year, String band, String gender, String district) {
        try {
            parse(year, band, gender, district);
        } catch (Refused r) {
            return r.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void keepsWhatIsGiven() {
        assertThat(parse(" 1980 ", "", "", "")).isEqualTo(new SelfDescription(1, 1980, null, null, null, null));
        assertThat(parse("", "35-44", "undisclosed", "7:Nord"))
                .isEqualTo(new SelfDescription(1, null, "35-44", "undisclosed", 7L, "Nord"));
    }

    @Test
    void refusesWhatIsNotOffered() {
        assertThat(refused("1850", "", "", "")).containsExactly("birthYear:population.me.year");
        assertThat(refused("2027", "", "", "")).containsExactly("birthYear:population.me.year");
        assertThat(refused("nineteen", "", "", "")).containsExactly("birthYear:population.me.year");
        assertThat(refused("1980", "35-44", "", "")).containsExactly("ageBand:population.me.both");
        assertThat(refused("", "36-44", "", "")).containsExactly("ageBand:population.me.age");
        assertThat(refused("", "", "robot", "")).containsExactly("gender:population.me.gender");
        assertThat(refused("", "", "", "8:Centro")).containsExactly("district:population.me.district");
        assertThat(refused("", "", "", "7:<script>")).containsExactly("district:population.me.district");
        assertThat(refused(" ", null, null, "")).containsExactly("birthYear:population.me.nothing");
    }
}
