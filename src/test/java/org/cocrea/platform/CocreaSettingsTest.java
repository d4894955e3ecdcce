package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code cocrea.*} settings bind with today's defaults, and a bad value stops the start with a message naming the
 * property and what it expects (issue 13).
 */
class CocreaSettingsTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(SettingsConfiguration.class);

    @Test
    void withNothingSetTheDefaultsAreTodays() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            var settings = context.getBean(CocreaSettings.class);
            assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
            assertThat(settings.defaultLanguage()).isEqualTo(Language.IT);
            assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
            assertThat(settings.demo()).isNull();
            assertThat(settings.trustedProxies()).isEmpty();
            assertThat(settings.mail().from()).isEqualTo("cocrea@localhost");
            assertThat(settings.mail().devMailbox()).isNull();
            assertThat(settings.residents().pepper()).isEmpty();
            assertThat(settings.limits().registrationsPerAddressPerDay()).isEqualTo(10);
            assertThat(settings.limits().passwordResetsPerAddressPerHour()).isEqualTo(10);
            assertThat(settings.link("/login")).isEqualTo("http://localhost:8080/login");
            assertThat(settings.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Rome"));
            assertThat(settings.map()).isEqualTo(CocreaSettings.Maps.OPENSTREETMAP);
            assertThat(settings.map().tileOrigin()).isEqualTo("https://tile.openstreetmap.org");
        });
    }

    @Test
    void theExistingPropertyNamesBind() {
        runner.withPropertyValues(
                        "cocrea.base-url=https://cocrea.comune.example/partecipa/",
                        "cocrea.default-language=en",
                        "cocrea.data-dir=/var/lib/cocrea",
                        "cocrea.demo=false",
                        "cocrea.trusted-proxies=10\\.0\\.0\\.5|10\\.0\\.0\\.6",
                        "cocrea.mail.from=noreply@comune.example",
                        "cocrea.mail.dev-mailbox=true",
                        "cocrea.residents.pepper=s3cret",
                        "cocrea.limits.registrations-per-address-per-day=3",
                        "cocrea.limits.password-resets-per-address-per-hour=4")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var settings = context.getBean(CocreaSettings.class);
                    // A trailing slash makes no double slash in links.
                    assertThat(settings.link("/plans/7")).isEqualTo("https://cocrea.comune.example/partecipa/plans/7");
                    assertThat(settings.defaultLanguage()).isEqualTo(Language.EN);
                    assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/cocrea"));
                    assertThat(settings.demo()).isFalse();
                    assertThat(settings.trustedProxies()).isEqualTo("10\\.0\\.0\\.5|10\\.0\\.0\\.6");
                    assertThat(settings.mail().from()).isEqualTo("noreply@comune.example");
                    assertThat(settings.mail().devMailbox()).isTrue();
                    assertThat(settings.residents().pepper()).isEqualTo("s3cret");
                    assertThat(settings.limits().registrationsPerAddressPerDay())
                            .isEqualTo(3);
                    assertThat(settings.limits().passwordResetsPerAddressPerHour())
                            .isEqualTo(4);
                });
    }

    @Test
    void anEmptyDemoSwitchMeansUnset() {
        runner.withPropertyValues("cocrea.demo=", "cocrea.mail.dev-mailbox=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CocreaSettings.class).demo()).isNull();
            assertThat(context.getBean(CocreaSettings.class).mail().devMailbox())
                    .isNull();
        });
    }

    @Test
    void aBaseUrlWithoutSchemeStopsTheStart() {
        assertThat(failure("cocrea.base-url=localhost:8080"))
                .contains("cocrea.base-url must be the absolute http or https address")
                .contains("'localhost:8080' is not one");
    }

    @Test
    void aBaseUrlOfAnotherSchemeStopsTheStart() {
        assertThat(failure("cocrea.base-url=ftp://x"))
                .contains("cocrea.base-url must be the absolute http or https address")
                .contains("'ftp://x' is not one");
    }

    @Test
    void aLanguageCocreaDoesNotSpeakStopsTheStart() {
        assertThat(failure("cocrea.default-language=fr"))
                .contains("cocrea.default-language")
                .contains("\"fr\"")
                .contains("The following values are valid")
                .contains("IT")
                .contains("EN");
    }

    @Test
    void aSenderThatIsNotAnAddressStopsTheStart() {
        assertThat(failure("cocrea.mail.from=Cocrea"))
                .contains("cocrea.mail.from")
                .contains("\"Cocrea\"")
                .contains("must be a well-formed email address");
    }

    @Test
    void aBadTrustedProxiesExpressionStopsTheStart() {
        assertThat(failure("cocrea.trusted-proxies=10.0.0.(5"))
                .contains("cocrea.trusted-proxies must be a regular expression");
    }

    @Test
    void aDemoSwitchThatIsNeitherOnNorOffStopsTheStart() {
        assertThat(failure("cocrea.demo=maybe")).contains("cocrea.demo").contains("\"maybe\"");
    }

    @Test
    void theTimeZoneAndTheMapBind() {
        runner.withPropertyValues(
                        "cocrea.time-zone=Europe/Zurich",
                        "cocrea.map.tile-url=https://tiles.comune.example:8443/osm/{z}/{x}/{y}.png",
                        "cocrea.map.latitude=45.07",
                        "cocrea.map.longitude=7.69",
                        "cocrea.map.zoom=14")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var settings = context.getBean(CocreaSettings.class);
                    assertThat(settings.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Zurich"));
                    assertThat(settings.map().tileOrigin()).isEqualTo("https://tiles.comune.example:8443");
                    assertThat(settings.map().zoom()).isEqualTo(14);
                });
    }

    @Test
    void aBadTimeZoneOrTileAddressStopsTheStart() {
        assertThat(failure("cocrea.time-zone=Rome"))
                .contains("cocrea.time-zone")
                .contains("Rome");
        assertThat(failure("cocrea.map.tile-url=tiles.example/{z}/{x}/{y}.png"))
                .contains("cocrea.map.tile-url must be an http(s) tile address");
        assertThat(failure("cocrea.map.tile-url=https://tiles.example/map.png"))
                .contains("cocrea.map.tile-url must be an http(s) tile address");
        assertThat(failure("cocrea.map.zoom=25")).contains("cocrea.map.zoom must be from 1 to 19");
    }

    @Test
    void aLimitBelowOneStopsTheStart() {
        assertThat(failure("cocrea.limits.registrations-per-address-per-day=0"))
                .contains("cocrea.limits.registrations-per-address-per-day")
                .contains("must be at least 1");
    }

    /**
     * What Spring Boot prints when a start with {@code property} fails: its failure analysis of the binding error, as
     * an administrator sees it in the log.
     */
    private String failure(String property) {
        var application = new SpringApplication(SettingsConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        var output = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> application.run(
                            "--" + property,
                            "--spring.main.banner-mode=off",
                            "--logging.file.name=target/test-data/settings-test.json"))
                    .isNotNull();
        } finally {
            System.setOut(out);
        }
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("APPLICATION FAILED TO START");
        return printed;
    }
}
