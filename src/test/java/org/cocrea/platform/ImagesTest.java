package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class ImagesTest {

    @Test
    void knowsFilesByTheirFirstBytesNotByTheirNames() {
        assertThat(FileTypes.sniff(TestImages.png(10, 10))).contains(FileTypes.PNG);
        assertThat(FileTypes.sniff(TestImages.jpeg(10, 10))).contains(FileTypes.JPEG);
        assertThat(FileTypes.sniff(TestImages.webp())).contains(FileTypes.WEBP);
        assertThat(FileTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileTypes.PDF);
        assertThat(FileTypes.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileTypes.sniff(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
        assertThat(FileTypes.isImage(FileTypes.PDF)).isFalse();
    }

    @Test
    void refusesATextFileRenamedPng() {
        var problems = new ArrayList<Refused.Problem>();
        var file = new MockMultipartFile("image", "photo.png", "image/png", "hello, I am text".getBytes());
        assertThat(images().check(file, "A photo", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(Images.FILE);
            assertThat(p.key()).isEqualTo("images.type");
        });
        assertThatThrownBy(() -> ImageProcessing.process(TestImages.encode(TestImages.picture(5, 5), "bmp")))
                .isInstanceOf(ImageProcessing.Unusable.class)
                .hasMessage("images.type");
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() {
        byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> ImageProcessing.process(bomb)).hasMessage("images.dimensions");
        // Within each side's limit but above the pixel count.
        assertThatThrownBy(() -> ImageProcessing.process(TestImages.pngClaiming(10_000, 10_000)))
                .hasMessage("images.dimensions");
    }

    @Test
    void refusesBrokenAndEmptyFiles() {
        byte[] png = TestImages.png(200, 100);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> ImageProcessing.process(truncated)).hasMessage("images.unreadable");
        assertThatThrownBy(() -> ImageProcessing.process(new byte[0])).hasMessage("images.empty");
        assertThatThrownBy(() -> ImageProcessing.process(new byte[ImageProcessing.MAX_BYTES + 1]))
                .hasMessage("images.tooBig");
    }

    @Test
    void needsAnAlternativeTextWithAFileAndNothingWithout() {
        var problems = new ArrayList<Refused.Problem>();
        var file = new MockMultipartFile("image", "photo.jpg", "image/jpeg", TestImages.jpeg(300, 200));
        assertThat(images().check(file, "   ", problems)).isEmpty();
        assertThat(problems).extracting(Refused.Problem::key).containsExactly("images.alt.required");
        problems.clear();
        assertThat(images().check(file, "x".repeat(Images.MAX_ALT + 1), problems))
                .isEmpty();
        assertThat(problems).extracting(Refused.Problem::key).containsExactly("images.alt.tooLong");
        problems.clear();
        assertThat(images().check(null, "", problems)).isEmpty();
        assertThat(images().check(new MockMultipartFile("image", new byte[0]), "", problems))
                .isEmpty();
        assertThat(problems).isEmpty();
        assertThat(images().check(file, "A square", problems)).isPresent();
        assertThat(problems).isEmpty();
    }

    @Test
    void stripsExifAndGpsByEncodingOnlyThePixels() throws Exception {
        byte[] upload = TestImages.jpegWithGps(1200, 800);
        // The fixture really carries a GPS position: the TIFF directory inside its EXIF segment has a GPS IFD.
        var before = exif(upload);
        assertThat(before).hasSize(1);
        byte[] data = before.get(0).data().readAllBytes();
        int tiffStart = new String(data, StandardCharsets.ISO_8859_1).indexOf("II*");
        Directory ifd0 = new TIFFReader()
                .read(ImageIO.createImageInputStream(
                        new ByteArrayInputStream(data, tiffStart, data.length - tiffStart)));
        assertThat(ifd0.getEntryById(TIFF.TAG_GPS_IFD)).isNotNull();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1))
                .contains("Exif")
                .contains("Phone");

        var result = ImageProcessing.process(upload);
        assertThat(result.variants()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.contentType()).isEqualTo(FileTypes.JPEG);
            try {
                assertThat(JPEGSegmentUtil.readSegments(
                                ImageIO.createImageInputStream(new ByteArrayInputStream(v.bytes())),
                                JPEGSegmentUtil.ALL_SEGMENTS))
                        .noneMatch(s -> s.marker() == JPEG.APP1);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String text = new String(v.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("Exif").doesNotContain("Phone");
        });
    }

    @Test
    void makesTheStandardWidthsKeepingTheShapeAndNeverEnlarging() throws Exception {
        var wide = ImageProcessing.process(TestImages.jpeg(2000, 1000));
        assertThat(wide.width()).isEqualTo(2000);
        assertThat(wide.variants()).extracting(ImageProcessing.Variant::width).containsExactly(480, 960, 1600);
        assertThat(wide.variants()).extracting(ImageProcessing.Variant::height).containsExactly(240, 480, 800);
        for (var v : wide.variants()) {
            var decoded = ImageIO.read(new ByteArrayInputStream(v.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(v.width());
            assertThat(decoded.getHeight()).isEqualTo(v.height());
        }
        assertThat(ImageProcessing.process(TestImages.png(700, 350)).variants())
                .extracting(ImageProcessing.Variant::width)
                .containsExactly(480, 700);
        var small = ImageProcessing.process(TestImages.png(300, 200));
        assertThat(small.variants()).singleElement().satisfies(v -> {
            assertThat(v.width()).isEqualTo(300);
            assertThat(v.height()).isEqualTo(200);
            assertThat(v.contentType()).isEqualTo(FileTypes.JPEG);
        });
        assertThat(ImageProcessing.widths(1600)).containsExactly(480, 960, 1600);
        assertThat(ImageProcessing.widths(5000)).containsExactly(480, 960, 1600);
        assertThat(ImageProcessing.widths(480)).containsExactly(480);
    }

    @Test
    void keepsTransparencyAsPngAndReadsWebp() {
        var transparent = assertProcessed(TestImages.transparentPng(600, 600));
        assertThat(transparent.variants())
                .extracting(ImageProcessing.Variant::contentType)
                .containsOnly(FileTypes.PNG);
        var webp = assertProcessed(TestImages.webp());
        assertThat(webp.width()).isEqualTo(1);
        assertThat(webp.variants())
                .singleElement()
                .satisfies(v -> assertThat(v.width()).isEqualTo(1));
    }

    @Test
    void readsAVeryWidePictureAtEveryNthPixelButGivesTheSameSizes() throws Exception {
        var result = ImageProcessing.process(TestImages.jpeg(7000, 1000));
        assertThat(result.width()).isEqualTo(7000);
        assertThat(result.variants()).extracting(ImageProcessing.Variant::width).containsExactly(480, 960, 1600);
        assertThat(result.variants())
                .extracting(ImageProcessing.Variant::height)
                .containsExactly(69, 137, 229);
    }

    @Test
    void aPictureGivesItsSourcesAndTheTextInTheReadersLanguage() {
        var p = new Picture(7, "A bike lane", null, 2000, 1000, List.of(480, 960, 1600));
        assertThat(p.src()).isEqualTo("/images/7/1600");
        assertThat(p.srcset()).isEqualTo("/images/7/480 480w, /images/7/960 960w, /images/7/1600 1600w");
        assertThat(p.shownWidth()).isEqualTo(1600);
        assertThat(p.shownHeight()).isEqualTo(800);
        assertThat(p.alt("it")).isEqualTo("A bike lane");
        assertThat(new Picture(7, "A bike lane", "Una pista", 10, 10, List.of(10)).alt("it"))
                .isEqualTo("Una pista");
    }

    private static ImageProcessing.Result assertProcessed(byte[] bytes) {
        try {
            return ImageProcessing.process(bytes);
        } catch (ImageProcessing.Unusable e) {
            throw new AssertionError("refused: " + e.key(), e);
        }
    }

    private static List<JPEGSegment> exif(byte[] jpeg) throws IOException {
        return JPEGSegmentUtil.readSegments(
                ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg)), JPEG.APP1, "Exif");
    }

    private static Images images() {
        return new Images(null);
    }
}
