package app.memoryvault.media.upload;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's dimensions and frame count from its header, without decoding pixels, and refuses it (422) when
 * they pass the configured limits or the header cannot be read. Readers are chosen by the detected format, never by
 * whatever plugin happens to claim the bytes.
 */
@ApplicationScoped
public class ImageHeaderCheck {

    private final MediaConfig.Image limits;

    public ImageHeaderCheck(MediaConfig config) {
        this.limits = config.image();
    }

    /** Dimensions of an accepted image. */
    public record Header(int width, int height, int frames) {
    }

    public Header check(AcceptedFormat format, Path file) {
        Header header = read(format, file, limits.maxFrames());
        long area = (long) header.width() * header.height();
        if (format == AcceptedFormat.GIF) {
            area = Math.max(area, gifScreenArea(file));
        }
        long pixels = area * header.frames();
        if (pixels > limits.maxPixels()) {
            throw MediaChecks.refused("the image has " + pixels + " pixels (" + header.width() + "×" + header.height()
                    + " × " + header.frames() + " frames), more than " + limits.maxPixels());
        }
        return header;
    }

    /** Reads the header; frames are located only up to one past {@code maxFrames}, never all of a huge animation. */
    private static Header read(AcceptedFormat format, Path file, int maxFrames) {
        ImageReader reader = ImageReaders.forFormat(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, false, true);
            if (hasFrame(reader, maxFrames)) {
                throw MediaChecks.refused("the image has more than " + maxFrames + " frames");
            }
            int frames = reader.getNumImages(true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (frames < 1 || width < 1 || height < 1) {
                throw new IOException("no frame or no pixels");
            }
            return new Header(width, height, frames);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw MediaChecks.refused("the " + format.formatName() + " header cannot be read");
        } finally {
            reader.dispose();
        }
    }

    /** Whether frame {@code index} (zero-based) exists: readers locate frames only up to the one asked for. */
    private static boolean hasFrame(ImageReader reader, int index) throws IOException {
        try {
            reader.getWidth(index);
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** A GIF's logical screen, which frames are drawn on, may be larger than its first frame. */
    private static long gifScreenArea(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(10);
            if (header.length < 10) {
                return 0;
            }
            long width = (header[6] & 0xff) | (header[7] & 0xff) << 8;
            long height = (header[8] & 0xff) | (header[9] & 0xff) << 8;
            return width * height;
        } catch (IOException e) {
            throw MediaChecks.refused("the gif header cannot be read");
        }
    }
}
