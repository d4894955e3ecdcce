package org.cocrea.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app for tests (issue 19): computes RFC 6238 codes (HMAC-SHA1, 30 s, six digits) from the Base32 key
 * the set-up page shows, written apart from the application's own code so that each checks the other.
 */
public final class Authenticator {
    private static final Pattern SECRET = Pattern.compile("id=\"secret\" class=\"secret\">([A-Z2-7 ]+)<");

    private Authenticator() {}

    /** The code of the key for the 30-second step {@code offset} steps from now. */
    public static String code(String base32, int offset) {
        long step = Instant.now().getEpochSecond() / 30 + offset;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offsetInHash = hash[19] & 0xf;
            int value = (ByteBuffer.wrap(hash, offsetInHash, 4).getInt() & 0x7fffffff) % 1_000_000;
            return String.format(Locale.ROOT, "%06d", value);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = new StringBuilder();
        for (char c : base32.replace(" ", "").toCharArray()) {
            String b = Integer.toBinaryString(alphabet.indexOf(c));
            bits.append("0".repeat(5 - b.length())).append(b);
        }
        byte[] out = new byte[bits.length() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
        }
        return out;
    }

    /** The key a set-up page shows. */
    public static String secretOn(String html) {
        var matcher = SECRET.matcher(html);
        assertThat(matcher.find()).as("the set-up page shows a key").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    /** Sets up an authenticator through the pages in a signed-in session, as a person would; gives its key. */
    public static String setUp(Browser browser) throws Exception {
        String secret = secretOn(browser.perform(get("/second-factor/setup")).getContentAsString());
        var done = browser.perform(post("/second-factor/setup").with(csrf()).param("code", code(secret, 0)));
        assertThat(done.getStatus()).as("set-up confirmed").isEqualTo(200);
        return secret;
    }
}
