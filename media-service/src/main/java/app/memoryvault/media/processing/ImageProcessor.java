package app.memoryvault.media.processing;

import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.ImageHeaderCheck;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An image job: the header limits checked again, the first frame decoded (subsampled), scaled to {@code display},
 * converted to sRGB from an embedded profile, {@code thumb400} and {@code thumb200}, turned upright, and written as
 * JPEG — PNG when transparency must survive —
 * with no metadata. Everything after the image data (a polyglot's appendix) is gone because only pixels are kept.
 */
@ApplicationScoped
public class ImageProcessor {

    private final ImageHeaderCheck headerCheck;
    private final ProcessingConfig config;
    private final Ffmpeg ffmpeg;

    public ImageProcessor(ImageHeaderCheck headerCheck, ProcessingConfig config) {
        this.headerCheck = headerCheck;
        this.config = config;
        this.ffmpeg = new Ffmpeg(config.ffmpeg(), config.decodeTimeout());
    }

    public Processed process(AcceptedFormat format, Path source, Path workDir) {
        ImageHeaderCheck.Header header;
        try {
            header = headerCheck.check(format, source);
        } catch (ProblemException e) {
            throw new ProcessingException(e.problem().detail());
        }
        ImageDecoder.Decoded decoded = decode(format, header, source, workDir);
        boolean alpha = decoded.image().getColorModel().hasAlpha();
        BufferedImage display = decoded.orientation().upright(ColourProfiles.toSrgb(
                Resampler.fit(decoded.image(), config.displayMaxSide(), alpha), decoded.profile()));
        boolean png = alpha && transparent(display);
        if (alpha && !png) {
            display = Resampler.fit(display, config.displayMaxSide(), false);
        }
        List<Variant> variants = new ArrayList<>();
        try {
            variants.add(write("display", display, png, workDir));
            variants.add(write("thumb400", Resampler.fit(display, 400, png), png, workDir));
            variants.add(write("thumb200", Resampler.fit(display, 200, png), png, workDir));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write image variants", e);
        }
        boolean swap = decoded.orientation().swapsSides();
        return Processed.image(variants, swap ? decoded.height() : decoded.width(),
                swap ? decoded.width() : decoded.height());
    }

    private ImageDecoder.Decoded decode(AcceptedFormat format, ImageHeaderCheck.Header header, Path source,
            Path workDir) {
        try {
            return format == AcceptedFormat.WEBP
                    ? WebpDecoder.decode(source, header.width(), header.height(), config.displayMaxSide(), ffmpeg,
                            workDir)
                    : ImageDecoder.decode(format, source, config.displayMaxSide(), config.decodeTimeout());
        } catch (ProcessingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProcessingException("the " + format.formatName() + " image cannot be decoded: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private Variant write(String name, BufferedImage image, boolean png, Path workDir) throws IOException {
        Path file = workDir.resolve(name);
        String type = ImageEncoder.write(image, png, config.jpegQuality(), file);
        return new Variant(name, file, type);
    }

    private static boolean transparent(BufferedImage argb) {
        int w = argb.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < argb.getHeight(); y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int pixel : row) {
                if (pixel >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }
}
