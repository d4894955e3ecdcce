package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No server-side request forgery: the webhook addresses refused and allowed, with names resolved by a stub. */
class AddressesTest {
    private static final Map<String, String> NAMES = Map.of(
            "public.example", "93.184.216.34",
            "inside.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "local6.example", "fd12:3456::1",
            "loop.example", "127.0.0.1");

    private static final Addresses.Resolver STUB = host -> {
        String literal = NAMES.getOrDefault(host, host);
        if (!literal.matches("[0-9a-fA-F.:]+")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(literal));
    };

    private static String refused(String url) {
        return Addresses.refusal(url, false, STUB).orElse("allowed");
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefused() {
        for (String url : List.of(
                "http://127.0.0.1/hook",
                "http://127.8.9.10:8080/",
                "http://10.0.0.1/",
                "http://10.255.255.255/",
                "http://172.16.0.1/",
                "http://172.31.255.254/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "http://[::1]/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://[fe80::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:10.0.0.1]/",
                "https://inside.example/hook",
                "https://metadata.example/",
                "https://local6.example/",
                "https://loop.example/")) {
            assertThat(refused(url)).as(url).isEqualTo("api.webhook.url.private");
        }
    }

    @Test
    void publicAddressesAreAllowed() {
        assertThat(refused("https://public.example/hook")).isEqualTo("allowed");
        assertThat(refused("http://93.184.216.34:8443/x")).isEqualTo("allowed");
        assertThat(refused("http://172.32.0.1/")).as("just outside 172.16/12").isEqualTo("allowed");
        assertThat(refused("http://[2001:4860:4860::8888]/")).isEqualTo("allowed");
    }

    @Test
    void otherSchemesUserInfoAndUnknownNamesAreRefused() {
        assertThat(refused("ftp://public.example/")).isEqualTo("api.webhook.url.scheme");
        assertThat(refused("file:///etc/passwd")).isEqualTo("api.webhook.url.scheme");
        assertThat(refused("gopher://public.example/")).isEqualTo("api.webhook.url.scheme");
        assertThat(refused("javascript:alert(1)")).isEqualTo("api.webhook.url.scheme");
        assertThat(refused("https://user:pw@public.example/")).isEqualTo("api.webhook.url.invalid");
        assertThat(refused("https:///nohost")).isEqualTo("api.webhook.url.invalid");
        assertThat(refused("not a url")).isEqualTo("api.webhook.url.invalid");
        assertThat(refused("")).isEqualTo("api.webhook.url.scheme");
        assertThat(refused(null)).isEqualTo("api.webhook.url.scheme");
        assertThat(refused("https://nowhere.invalid/")).isEqualTo("api.webhook.url.unresolved");
    }

    @Test
    void anAdministratorMayAllowAPrivateAddressPerSubscription() {
        assertThat(Addresses.refusal("http://127.0.0.1:9999/hook", true, STUB)).isEmpty();
        assertThat(Addresses.refusal("ftp://127.0.0.1/", true, STUB)).contains("api.webhook.url.scheme");
    }
}
