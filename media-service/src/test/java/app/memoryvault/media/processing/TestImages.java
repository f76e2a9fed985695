package app.memoryvault.media.processing;

import app.memoryvault.media.upload.TestMedia;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Images for the worker's tests, made with Java2D and hand-built EXIF, and parsers that prove what outputs hold. */
final class TestImages {

    static final int RED = 0xff0000;
    static final int GREEN = 0x00ff00;
    static final int BLUE = 0x0000ff;

    /** EXIF orientation → the visual sides of the stored 0th row and 0th column. */
    private static final String[] SIDES = {"", "top left", "top right", "bottom right", "bottom left", "left top",
        "right top", "right bottom", "left bottom"};

    private TestImages() {
    }

    /** The upright picture: red top-left third, green top-right third, blue elsewhere. */
    static int uprightColour(int x, int y, int w, int h) {
        if (y < h / 3 && x < w / 3) {
            return RED;
        }
        return y < h / 3 && x >= 2 * w / 3 ? GREEN : BLUE;
    }

    /**
     * The pixels a camera stores for the upright {@code w}×{@code h} picture under EXIF orientation {@code exif},
     * from the EXIF definition (which visual side the stored 0th row and 0th column are), not from our code.
     */
    static BufferedImage stored(int exif, int w, int h) {
        String[] sides = SIDES[exif].split(" ");
        boolean swap = exif >= 5;
        int sw = swap ? h : w;
        int sh = swap ? w : h;
        BufferedImage image = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int sy = 0; sy < sh; sy++) {
            for (int sx = 0; sx < sw; sx++) {
                int[] v = new int[2];
                place(sides[0], sy, v, w, h);
                place(sides[1], sx, v, w, h);
                image.setRGB(sx, sy, uprightColour(v[0], v[1], w, h));
            }
        }
        return image;
    }

    private static void place(String side, int index, int[] visual, int w, int h) {
        switch (side) {
            case "top" -> visual[1] = index;
            case "bottom" -> visual[1] = h - 1 - index;
            case "left" -> visual[0] = index;
            default -> visual[0] = w - 1 - index;
        }
    }

    /** A JPEG of {@code image} with an EXIF APP1 segment holding the orientation and a GPS latitude. */
    static byte[] jpegWithExif(BufferedImage image, int orientation) {
        byte[] jpeg = TestMedia.encode(image, "jpeg");
        byte[] tiff = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterApp0 = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        out.write(jpeg, 0, afterApp0);
        int length = 2 + 6 + tiff.length;
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** A lossless WebP of {@code image} (made by ffmpeg) with an EXIF chunk holding the orientation and a GPS latitude. */
    static byte[] webpWithExif(BufferedImage image, int orientation) {
        byte[] webp = TestMedia.convert(TestMedia.encode(image, "png"), "stored.png", "stored.webp",
                "-c:v", "libwebp", "-lossless", "1");
        return ColourImages.webpWithExif(webp, image.getWidth(), image.getHeight(), exif(orientation));
    }

    /** EXIF data (a big-endian TIFF structure) with the orientation and a GPS latitude. */
    private static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2959).putInt(100);
        return tiff.array();
    }

    /** The markers of a JPEG's segments before its scan data. */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code rgb} is within a JPEG's error of {@code expected}. */
    static boolean near(int rgb, int expected) {
        return near(rgb, expected, 59);
    }

    /** Whether every channel of {@code rgb} is within {@code tolerance} of {@code expected}'s. */
    static boolean near(int rgb, int expected, int tolerance) {
        Color a = new Color(rgb);
        Color b = new Color(expected);
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }
}
