package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {
    @Test
    void theHeaderIsTheHmacOfTimestampDotBody() {
        // Known answer computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(Signatures.hmac("secret", "1700000000.{\"a\":1}"))
                .isEqualTo("49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
        assertThat(Signatures.header("secret", 1700000000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=" + Signatures.hmac("secret", "1700000000.{\"a\":1}"));
    }

    @Test
    void verifyAcceptsOnlyTheSameSecretBodyAndARecentTimestamp() {
        String header = Signatures.header("s3cret", 1000, "{}");
        assertThat(Signatures.verify("s3cret", header, "{}", 1000, 300)).isTrue();
        assertThat(Signatures.verify("s3cret", header, "{}", 1299, 300)).isTrue();
        assertThat(Signatures.verify("other", header, "{}", 1000, 300)).isFalse();
        assertThat(Signatures.verify("s3cret", header, "{ }", 1000, 300)).isFalse();
        assertThat(Signatures.verify("s3cret", header, "{}", 1301, 300))
                .as("replayed late")
                .isFalse();
        assertThat(Signatures.verify("s3cret", header.replace("t=1000", "t=1001"), "{}", 1000, 300))
                .as("timestamp changed")
                .isFalse();
        assertThat(Signatures.verify("s3cret", null, "{}", 1000, 300)).isFalse();
        assertThat(Signatures.verify("s3cret", "t=abc,v1=00", "{}", 1000, 300)).isFalse();
    }

    @Test
    void retriesWaitLongerEachTimeUpToTwoHours() {
        assertThat(WebhookSender.wait(1).toSeconds()).isEqualTo(30);
        assertThat(WebhookSender.wait(2).toSeconds()).isEqualTo(60);
        assertThat(WebhookSender.wait(5).toSeconds()).isEqualTo(480);
        assertThat(WebhookSender.wait(30).toHours()).isEqualTo(2);
    }
}
