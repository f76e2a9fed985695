package app.memoryvault.media.upload;

import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The one ImageIO reader we accept for a detected image format — TwelveMonkeys for JPEG (CMYK, YCCK) and WebP, the
 * JDK's own for PNG and GIF — so that no other plugin on the classpath ever decodes an upload.
 */
public final class ImageReaders {

    private ImageReaders() {
    }

    public static ImageReader forFormat(AcceptedFormat format) {
        String vendor = switch (format) {
            case JPEG, WEBP -> "com.twelvemonkeys.";
            default -> "com.sun.imageio.";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.formatName());
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith(vendor)) {
                return reader;
            }
            reader.dispose();
        }
        throw new IllegalStateException("no " + vendor + " reader for " + format);
    }
}
