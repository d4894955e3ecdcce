package org.cocrea.platform;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the tests, so every fixture says how it was made. */
public final class TestImages {
    private TestImages() {}

    /** A photograph-like picture (a gradient, no transparency). */
    public static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2a6f97), width, height, new Color(0xf4a261)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    /** A PNG with see-through corners. */
    public static byte[] transparentPng(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillOval(0, 0, width, height);
        g.dispose();
        return encode(image, "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG carrying an EXIF segment (APP1) right after its start marker, as a phone writes it, with a GPS directory
     * that holds a latitude reference and a latitude (45° 4' 12" N, Turin) and the camera's make in IFD0.
     */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = tiffWithGps();
        var app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(app1.array(), 0, app1.capacity());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static byte[] tiffWithGps() {
        var b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: Make (0x010F, ASCII, "Phone\0" at 50) and the GPS IFD pointer (0x8825, LONG) to 60.
        b.putShort((short) 2);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(6).putInt(50);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(60);
        b.putInt(0);
        b.position(50);
        b.put("Phone\0".getBytes(StandardCharsets.ISO_8859_1));
        // GPS IFD at 60: GPSLatitudeRef "N", GPSLatitude three RATIONALs at 100.
        b.position(60);
        b.putShort((short) 2);
        b.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(100);
        b.putInt(0);
        b.position(100);
        b.putInt(45).putInt(1).putInt(4).putInt(1).putInt(12).putInt(1);
        byte[] tiff = new byte[124];
        b.position(0);
        b.get(tiff);
        return tiff;
    }

    /**
     * A valid PNG header that claims {@code width} × {@code height} pixels, with a few bytes of data: decoding it
     * would allocate the whole picture (a decompression bomb).
     */
    public static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        b.putInt((int) crc.getValue());
        out.writeBytes(b.array());
    }

    /**
     * A 1 × 1 lossy WebP: the image Modernizr's feature detection uses (MIT licence), base64 as it publishes it.
     */
    public static byte[] webp() {
        return java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }
}
