package app.memoryvault.media.processing;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** The orientation tag of raw EXIF data (a TIFF structure), read with TwelveMonkeys' TIFF reader. */
final class ExifOrientation {

    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    /**
     * The orientation in {@code exif} (a TIFF structure, optionally after the {@code Exif\0\0} header some writers
     * keep from JPEG); normal when it has none or cannot be read: a broken tag must not fail an otherwise good image.
     */
    static Orientation of(byte[] exif) {
        int start = exif.length >= EXIF_HEADER.length
                && Arrays.equals(exif, 0, EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length) ? EXIF_HEADER.length : 0;
        try (ImageInputStream in = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(exif, start, exif.length - start))) {
            Directory directory = new TIFFReader().read(in);
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            return entry != null && entry.getValue() instanceof Number value
                    ? Orientation.ofExif(value.intValue()) : Orientation.NORMAL;
        } catch (IOException | RuntimeException e) {
            return Orientation.NORMAL;
        }
    }
}
