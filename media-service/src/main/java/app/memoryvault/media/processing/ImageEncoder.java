package app.memoryvault.media.processing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/** Writes variants with the JDK's JPEG (quality set) and PNG writers, with no metadata at all. */
final class ImageEncoder {

    private ImageEncoder() {
    }

    /** Writes {@code image} (INT_RGB for JPEG) to {@code file}; answers the content type written. */
    static String write(BufferedImage image, boolean png, float jpegQuality, Path file) throws IOException {
        ImageWriter writer = writer(png ? "png" : "jpeg");
        Files.deleteIfExists(file);
        try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return png ? "image/png" : "image/jpeg";
    }

    private static ImageWriter writer(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            writer.dispose();
        }
        throw new IllegalStateException("no JDK writer for " + format);
    }
}
