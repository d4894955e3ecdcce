package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/profile", "/initiatives?level=group&page=2", "/"})
    void keepsLocalPaths(String path) {
        assertThat(LocalPaths.orHome(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "https://evil.example",
                "/\\evil.example",
                "javascript:alert(1)",
                "",
                "/a\nb",
                // A URI template variable, which the redirect view would try to expand (issue 11, finding 11).
                "/{x}",
                "/initiatives/{id}"
            })
    void refusesEverythingElse(String path) {
        assertThat(LocalPaths.orHome(path)).isEqualTo("/");
    }
}
