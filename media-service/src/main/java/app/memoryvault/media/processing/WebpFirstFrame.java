package app.memoryvault.media.processing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOException;

/**
 * The first frame of a WebP file as a still WebP any decoder reads, where it sits on the canvas, and the ICC profile
 * and EXIF orientation the file carries. An animation's frames are {@code ANMF} chunks (RIFF container, WebP
 * container specification); a still file is its own first frame. The {@code EXIF} chunk, which comes after the
 * image data, is looked for in a still file only: an animation is cut at its first frame.
 */
record WebpFirstFrame(byte[] still, int x, int y, int width, int height, byte[] icc, Orientation orientation) {

    private static final int ANIMATION = 0x02;

    /** Parses {@code webp}; {@code canvasWidth}×{@code canvasHeight} is its size as the header check read it. */
    static WebpFirstFrame of(byte[] webp, int canvasWidth, int canvasHeight) throws IIOException {
        if (webp.length < 20 || !fourcc(webp, 0, "RIFF") || !fourcc(webp, 8, "WEBP")) {
            throw new IIOException("not a WebP file");
        }
        boolean animated = false;
        byte[] icc = null;
        Orientation orientation = Orientation.NORMAL;
        for (int at = 12; at + 8 <= webp.length; ) {
            int size = u32(webp, at + 4);
            int payload = at + 8;
            if (size < 0 || payload + size > webp.length) {
                throw new IIOException("truncated WebP chunk");
            }
            if (fourcc(webp, at, "VP8X") && size >= 10) {
                animated = (webp[payload] & ANIMATION) != 0;
            } else if (fourcc(webp, at, "ICCP")) {
                icc = Arrays.copyOfRange(webp, payload, payload + size);
            } else if (fourcc(webp, at, "EXIF")) {
                orientation = ExifOrientation.of(Arrays.copyOfRange(webp, payload, payload + size));
            } else if (fourcc(webp, at, "ANMF") && animated && size >= 16) {
                return new WebpFirstFrame(still(Arrays.copyOfRange(webp, payload + 16, payload + size),
                        1 + u24(webp, payload + 6), 1 + u24(webp, payload + 9)), 2 * u24(webp, payload),
                        2 * u24(webp, payload + 3), 1 + u24(webp, payload + 6), 1 + u24(webp, payload + 9), icc,
                        Orientation.NORMAL);
            }
            at = payload + size + (size & 1);
        }
        if (animated) {
            throw new IIOException("animated WebP without frames");
        }
        return new WebpFirstFrame(webp, 0, 0, canvasWidth, canvasHeight, icc, orientation);
    }

    /** A RIFF WebP of one frame's chunks ({@code ALPH} + {@code VP8 }, or {@code VP8L}). */
    private static byte[] still(byte[] frameChunks, int width, int height) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        if (containsChunk(frameChunks, "ALPH")) {
            body.writeBytes("VP8X".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(new byte[] {10, 0, 0, 0, 0x10, 0, 0, 0});
            writeU24(body, width - 1);
            writeU24(body, height - 1);
        }
        body.writeBytes(frameChunks);
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        riff.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int size = body.size();
        riff.writeBytes(new byte[] {(byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
        riff.writeBytes(body.toByteArray());
        return riff.toByteArray();
    }

    private static boolean containsChunk(byte[] chunks, String type) {
        for (int at = 0; at + 8 <= chunks.length; ) {
            if (fourcc(chunks, at, type)) {
                return true;
            }
            int size = u32(chunks, at + 4);
            if (size < 0) {
                return false;
            }
            at += 8 + size + (size & 1);
        }
        return false;
    }

    private static boolean fourcc(byte[] bytes, int at, String type) {
        return Arrays.equals(bytes, at, at + 4, type.getBytes(StandardCharsets.US_ASCII), 0, 4);
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }

    private static int u32(byte[] b, int at) {
        return u24(b, at) | (b[at + 3] & 0xff) << 24;
    }

    private static void writeU24(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
        out.write(value >> 16);
    }
}
