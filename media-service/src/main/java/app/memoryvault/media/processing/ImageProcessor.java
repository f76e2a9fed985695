package app.memoryvault.media.processing;

import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.ImageHeaderCheck;
import app.memoryvault.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An image job: the header limits checked again, the first frame decoded (subsampled), scaled to {@code display},
 * converted to sRGB from an embedded profile, turned upright, and written as JPEG — PNG when transparency must
 * survive — with no metadata; {@code thumb400} is scaled from {@code display}, {@code thumb200} from {@code thumb400}
 * (to the size {@code display} fits to). Everything after the image data (a polyglot's appendix) is gone because only
 * pixels are kept. The time of each phase of a successful job goes to timer {@value #PHASE_TIMER}, tag {@code phase}:
 * {@code decode} (header check and decode), {@code scale} (the upright sRGB image at the display size that every
 * variant comes from), {@code display} (writing it) and {@code thumbnails} (scaling and writing both).
 */
@ApplicationScoped
public class ImageProcessor {

    public static final String PHASE_TIMER = "memoryvault.media.image.phase";

    private final ImageHeaderCheck headerCheck;
    private final ProcessingConfig config;
    private final Ffmpeg ffmpeg;
    private final Timer decodePhase;
    private final Timer scalePhase;
    private final Timer displayPhase;
    private final Timer thumbnailsPhase;

    public ImageProcessor(ImageHeaderCheck headerCheck, ProcessingConfig config, MeterRegistry registry) {
        this.headerCheck = headerCheck;
        this.config = config;
        this.ffmpeg = new Ffmpeg(config.ffmpeg(), config.decodeTimeout());
        this.decodePhase = phase(registry, "decode", "header check and decode of an image");
        this.scalePhase = phase(registry, "scale", "scaling a decoded image to the display size, sRGB, upright");
        this.displayPhase = phase(registry, "display", "writing the display variant");
        this.thumbnailsPhase = phase(registry, "thumbnails", "scaling and writing thumb400 and thumb200");
    }

    public Processed process(AcceptedFormat format, Path source, Path workDir) {
        long start = System.nanoTime();
        ImageHeaderCheck.Header header;
        try {
            header = headerCheck.check(format, source);
        } catch (ProblemException e) {
            throw new ProcessingException(e.problem().detail());
        }
        ImageDecoder.Decoded decoded = decode(format, header, source, workDir);
        long lap = lap(decodePhase, start);
        boolean alpha = decoded.image().getColorModel().hasAlpha();
        BufferedImage display = decoded.orientation().upright(ColourProfiles.toSrgb(
                Resampler.fit(decoded.image(), config.displayMaxSide(), alpha), decoded.profile()));
        boolean png = alpha && transparent(display);
        if (alpha && !png) {
            display = Resampler.fit(display, config.displayMaxSide(), false);
        }
        lap = lap(scalePhase, lap);
        List<Variant> variants = new ArrayList<>();
        try {
            variants.add(write("display", display, png, workDir));
            lap = lap(displayPhase, lap);
            BufferedImage thumb400 = Resampler.fit(display, 400, png);
            variants.add(write("thumb400", thumb400, png, workDir));
            variants.add(write("thumb200", Resampler.fit(thumb400, display, 200, png), png, workDir));
            lap(thumbnailsPhase, lap);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write image variants", e);
        }
        boolean swap = decoded.orientation().swapsSides();
        return Processed.image(variants, swap ? decoded.height() : decoded.width(),
                swap ? decoded.width() : decoded.height());
    }

    private static Timer phase(MeterRegistry registry, String name, String description) {
        return Timer.builder(PHASE_TIMER).tag("phase", name).description(description).register(registry);
    }

    /** Records the time since {@code since} and answers now. */
    private static long lap(Timer phase, long since) {
        long now = System.nanoTime();
        phase.record(now - since, TimeUnit.NANOSECONDS);
        return now;
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
