package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertThat(Uploads.sniff(IdeaRepositoryTest.PNG)).contains("image/png");
        assertThat(Uploads.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(Uploads.sniff(bytes("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "))).contains("image/webp");
        assertThat(Uploads.sniff(bytes("%PDF-1.7\n"))).contains("application/pdf");
        // Look-alikes and other files are refused.
        assertThat(Uploads.sniff(bytes("RIFF\u0010\u0000\u0000\u0000WAVEfmt "))).isEmpty();
        assertThat(Uploads.sniff(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")))
                .isEmpty();
        assertThat(Uploads.sniff(bytes("GIF89a"))).isEmpty();
        assertThat(Uploads.sniff(bytes("MZ\u0090\u0000"))).isEmpty();
        assertThat(Uploads.sniff(bytes("%PD"))).isEmpty();
        assertThat(Uploads.sniff(new byte[0])).isEmpty();
    }

    @Test
    void theNameMustAgreeWithTheContentAndIsMadePlain() {
        assertThat(Uploads.extensionMatches("Foto.JPEG", "image/jpeg")).isTrue();
        assertThat(Uploads.extensionMatches("foto.jpg", "image/jpeg")).isTrue();
        assertThat(Uploads.extensionMatches("foto.png", "image/jpeg")).isFalse();
        assertThat(Uploads.extensionMatches("report.pdf.exe", "application/pdf"))
                .isFalse();
        assertThat(Uploads.extensionMatches(null, "application/pdf")).isFalse();
        assertThat(Uploads.safeName("../../etc/passwd.png")).isEqualTo("passwd.png");
        assertThat(Uploads.safeName("C:\\Users\\me\\mappa del parco.png")).isEqualTo("mappa del parco.png");
        assertThat(Uploads.safeName("<script>.png")).isEqualTo("_script_.png");
        assertThat(Uploads.safeName(".htaccess")).isEqualTo("file.htaccess");
        assertThat(Uploads.safeName("")).isEqualTo("file");
        assertThat(Uploads.safeName("a".repeat(500) + ".pdf")).hasSize(100).endsWith(".pdf");
    }

    @Test
    void pointsAndCostsAreCheckedNumbers() {
        assertThat(org.cocrea.platform.MapPoints.parse("44,4949", 90))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("44.4949"));
        assertThat(org.cocrea.platform.MapPoints.parse("-180", 180)).isPresent();
        assertThat(org.cocrea.platform.MapPoints.parse("90.0000001", 90)).isEmpty();
        assertThat(org.cocrea.platform.MapPoints.parse("NaN", 90)).isEmpty();
        assertThat(org.cocrea.platform.MapPoints.parse("1e400", 90)).isEmpty();
        assertThat(IdeaService.cents("15000,50")).contains(1_500_050L);
        assertThat(IdeaService.cents("0")).contains(0L);
        assertThat(IdeaService.cents("-1")).isEmpty();
        assertThat(IdeaService.cents("1.005")).isEmpty();
        assertThat(IdeaService.cents("1e999999999")).isEmpty();
        assertThat(IdeaService.cents("Infinity")).isEmpty();
    }
}
