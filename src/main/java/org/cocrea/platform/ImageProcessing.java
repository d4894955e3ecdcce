package org.cocrea.platform;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded image into the few sizes pages show. The type comes from the magic bytes; the dimensions are
 * read from the header before any pixel is decoded, so a small file that claims a huge picture (a "decompression
 * bomb") is refused without allocating it; the pixels are then decoded, resized with a Lanczos filter (TwelveMonkeys,
 * ADR 10) and encoded anew by the JDK's writers with no metadata: EXIF (camera, GPS position, date), XMP, ICC
 * comments and thumbnails of the upload are not copied, since only pixels go through.
 */
final class ImageProcessing {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Either side above this is refused; a phone photo is about 4000 × 3000. */
    static final int MAX_SIDE = 12_000;
    /** 40 megapixels: about 160 MB decoded, the most a request may ask of the server. */
    static final long MAX_PIXELS = 40_000_000L;
    /** The widths pages ask for: a phone, a column, a wide screen. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private static final float JPEG_QUALITY = 0.85f;

    static {
        // TwelveMonkeys' readers register through ImageIO's service registry (its JPEG reader delegates to the
        // JDK's, which it finds there); scanning once with the application's class loader finds them in the jar too.
        ImageIO.scanForPlugins();
    }

    private ImageProcessing() {}

    /** One stored size of an image. */
    record Variant(int width, int height, String contentType, byte[] bytes) {}

    /** The sizes made from an upload, widest last, and the upload's own dimensions. */
    record Result(int width, int height, List<Variant> variants) {}

    /** Why an upload was refused: a message key of the platform bundle. */
    static final class Unusable extends Exception {
        private final String key;

        Unusable(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    static Result process(byte[] bytes) throws Unusable {
        if (bytes == null || bytes.length == 0) {
            throw new Unusable("images.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unusable("images.tooBig");
        }
        String type = FileTypes.sniff(bytes).filter(FileTypes::isImage).orElseThrow(() -> new Unusable("images.type"));
        Decoded d = decode(type, bytes);
        BufferedImage decoded = d.image();
        int width = d.width();
        int height = d.height();
        boolean transparent = transparent(decoded);
        BufferedImage base = normalised(decoded, transparent);
        var variants = new ArrayList<Variant>();
        for (int w : widths(width)) {
            int h = Math.max(1, (int) Math.round((double) height * w / width));
            BufferedImage sized = w == base.getWidth() && h == base.getHeight() ? base : resize(base, w, h);
            variants.add(encode(sized, transparent));
        }
        return new Result(width, height, List.copyOf(variants));
    }

    /** The widths made for an image {@code width} wide: each standard width below it, and itself up to the widest. */
    static List<Integer> widths(int width) {
        var widths = new ArrayList<Integer>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        int own = Math.min(width, WIDTHS.get(WIDTHS.size() - 1));
        if (!widths.contains(own)) {
            widths.add(own);
        }
        return widths;
    }

    /** The pixels (perhaps read at every n-th pixel) and the upload's own dimensions. */
    private record Decoded(BufferedImage image, int width, int height) {}

    private static Decoded decode(String type, byte[] bytes) throws Unusable {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            // Metadata is ignored from the start: it is never read, so it cannot be copied.
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new Unusable("images.dimensions");
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new Unusable("images.dimensions");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // A picture much wider than the widest size is read at every n-th pixel: less memory, same result.
            int step = Math.max(1, width / (2 * WIDTHS.get(WIDTHS.size() - 1)));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new Unusable("images.unreadable");
            }
            return new Decoded(image, width, height);
        } catch (IOException | RuntimeException e) {
            // A truncated or malformed file, or one a decoder cannot handle: refused, never a 500.
            throw new Unusable("images.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(String type) throws Unusable {
        var readers = ImageIO.getImageReadersByMIMEType(type);
        ImageReader chosen = null;
        while (readers.hasNext()) {
            var r = readers.next();
            // TwelveMonkeys reads JPEGs the JDK cannot (CMYK, broken markers) and is the only WebP reader.
            if (chosen == null || r.getClass().getName().startsWith("com.twelvemonkeys")) {
                if (chosen != null) {
                    chosen.dispose();
                }
                chosen = r;
            } else {
                r.dispose();
            }
        }
        if (chosen == null) {
            throw new Unusable("images.type");
        }
        return chosen;
    }

    private static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pixels as plain RGB or ARGB, the forms the resampler and the writers handle alike. */
    private static BufferedImage normalised(BufferedImage image, boolean transparent) {
        int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (!transparent) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        return new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(image, null);
    }

    /** JPEG for photographs; PNG where the picture is transparent. Written without metadata. */
    private static Variant encode(BufferedImage image, boolean transparent) {
        String format = transparent ? "png" : "jpeg";
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!transparent) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Variant(
                image.getWidth(), image.getHeight(), transparent ? FileTypes.PNG : FileTypes.JPEG, out.toByteArray());
    }
}
