package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in English and in Italian, and no Italian text is left in English. */
class MessagesTest {

    static Stream<String> bundles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        return Stream.of(files)
                .map(Resource::getFilename)
                .filter(name -> !name.contains("_"))
                .map(name -> name.replace(".properties", ""));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void italianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + ".properties");
        Properties italian = load("messages/" + bundle + "_it.properties");
        assertThat(english).isNotEmpty();
        assertThat(italian.keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) ->
                assertThat(italian.getProperty((String) key)).as((String) key).isNotBlank());
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        var stream = MessagesTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(stream).as(path).isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
