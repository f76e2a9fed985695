package app.memoryvault.media.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a variant the way a metadata reader would and asserts it carries nothing but pixels: a JPEG only JFIF,
 * tables, frame and scan segments, its entropy-coded data ending with EOI as the last two bytes; a PNG only
 * IHDR/PLTE/tRNS/IDAT/IEND, IEND last. No EXIF, GPS, XMP, ICC, comment, or anything appended.
 */
final class CleanVariants {

    private static final Set<Integer> JPEG_SEGMENTS = Set.of(0xc0, 0xc1, 0xc2, 0xc4, 0xdb, 0xdd, 0xda);
    private static final Set<String> PNG_CHUNKS = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");

    private CleanVariants() {
    }

    static void assertClean(String name, byte[] bytes) {
        if ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            assertCleanJpeg(name, bytes);
        } else {
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).as(name + " is JPEG or PNG")
                    .isEqualTo("PNG");
            assertThat(pngChunks(name, bytes)).as("chunks of " + name).isSubsetOf(PNG_CHUNKS).endsWith("IEND");
        }
    }

    private static void assertCleanJpeg(String name, byte[] jpeg) {
        int at = 2;
        while (true) {
            assertThat(jpeg[at] & 0xff).as(name + ": a marker at " + at).isEqualTo(0xff);
            int marker = jpeg[at + 1] & 0xff;
            int length = (jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff;
            if (marker == 0xe0) {
                assertThat(new String(jpeg, at + 4, 5, StandardCharsets.ISO_8859_1)).as(name + " APP0")
                        .isEqualTo("JFIF\0");
                assertThat(length).as(name + ": JFIF without a thumbnail").isEqualTo(16);
            } else {
                assertThat(marker).as(name + ": segment 0x%x", marker).isIn(JPEG_SEGMENTS);
            }
            at += 2 + length;
            if (marker == 0xda) {
                break;
            }
        }
        int end = endOfEntropyData(jpeg, at);
        assertThat(end).as(name + ": EOI is the last thing in the file").isEqualTo(jpeg.length);
    }

    /** From the start of scan data, where the first marker other than stuffing or restart ends, if it is EOI. */
    private static int endOfEntropyData(byte[] jpeg, int at) {
        for (int i = at; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff) {
                int next = jpeg[i + 1] & 0xff;
                if (next == 0 || next >= 0xd0 && next <= 0xd7) {
                    continue;
                }
                return next == 0xd9 ? i + 2 : -i;
            }
        }
        return -1;
    }

    private static List<String> pngChunks(String name, byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.hasRemaining()) {
            assertThat(buffer.remaining()).as(name + ": a whole chunk").isGreaterThanOrEqualTo(12);
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            chunks.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return chunks;
    }
}
