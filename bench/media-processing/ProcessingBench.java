import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.processing.AudioProcessor;
import app.memoryvault.media.processing.ImageProcessor;
import app.memoryvault.media.processing.ProcessingConfig;
import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.ImageHeaderCheck;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Processing benchmark, one core (the script pins the JVM and every tool to CPU 0): media-service's image job
 * (ImageProcessor: header check, subsampled decode, display + thumb400 + thumb200, JPEG q85) on a generated 12-MP
 * photo-like JPEG, baseline and progressive, next to vipsthumbnail (one call per size) and ImageMagick (both sizes,
 * jpeg:size hint) on the same files in the same run; peak heap. Our time for both thumbnails is the job's own phase
 * timers (ImageProcessor.PHASE_TIMER) less writing display: decode + scale (the display-size image the thumbnails
 * come from) + thumbnails. Audio: media-service's audio job (ebur128 measure,
 * then gain + limiter to MP3) on a 299-s WAV next to plain ffmpeg running the same two commands.
 *
 * Arguments: a work folder, then image runs (10) and audio runs (2).
 */
public class ProcessingBench {

    static final int WIDTH = 4000;
    static final int HEIGHT = 3000;

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        int imageRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int audioRuns = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(MediaConfig.class)
                .withMapping(ProcessingConfig.class).build();
        MediaConfig media = config.getConfigMapping(MediaConfig.class);
        ProcessingConfig processing = config.getConfigMapping(ProcessingConfig.class);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ImageProcessor images = new ImageProcessor(new ImageHeaderCheck(media), processing, registry);
        AudioProcessor audio = new AudioProcessor(processing, media);

        System.out.printf("cores visible to the JVM: %d, max heap %d MB, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        BufferedImage photo = photoLike();
        for (boolean progressive : new boolean[] {false, true}) {
            String kind = progressive ? "progressive" : "baseline";
            Path jpeg = Files.write(work.resolve(kind + ".jpg"), jpeg(photo, progressive));
            resetPeaks();
            Step job = () -> {
                Path dir = Files.createTempDirectory(work, "job");
                images.process(AcceptedFormat.JPEG, jpeg, dir);
                deleteTree(dir);
            };
            job.run();
            double[] before = phaseTotals(registry);
            double ours = millisPerRun(imageRuns, false, job);
            long heap = peakHeapMb();
            double[] after = phaseTotals(registry);
            double decode = (after[0] - before[0]) / imageRuns;
            double scale = (after[1] - before[1]) / imageRuns;
            double display = (after[2] - before[2]) / imageRuns;
            double thumbnails = (after[3] - before[3]) / imageRuns;
            double bothThumbnails = decode + scale + thumbnails;
            double vips = millisPerRun(imageRuns, () -> {
                run("vipsthumbnail", jpeg.toString(), "-s", "400", "-o", work.resolve("v400.jpg") + "[Q=85]");
                run("vipsthumbnail", jpeg.toString(), "-s", "200", "-o", work.resolve("v200.jpg") + "[Q=85]");
            });
            double magick = millisPerRun(imageRuns, () -> run(imageMagick(), "-define", "jpeg:size=800x800",
                    jpeg.toString(), "-thumbnail", "400x400", "-quality", "85", "-write", work.resolve("m400.jpg")
                            .toString(), "-thumbnail", "200x200", work.resolve("m200.jpg").toString()));
            System.out.printf("%n12-MP %s JPEG (%d KB), %d runs each, one core:%n", kind, Files.size(jpeg) >> 10,
                    imageRuns);
            System.out.printf("  media-service, both thumbnails (decode %.0f + scale %.0f + thumbnails %.0f): %6.0f "
                    + "ms/image%n", decode, scale, thumbnails, bothThumbnails);
            System.out.printf("    vs vipsthumbnail, one call per size:  %6.0f ms/image -> ours %.2fx (goal <= 1.0x: "
                    + "%s)%n", vips, bothThumbnails / vips, bothThumbnails <= vips ? "met" : "NOT met");
            System.out.printf("    vs ImageMagick, both in one call:    %6.0f ms/image -> ours %.2fx (goal < 1.0x: "
                    + "%s)%n", magick, bothThumbnails / magick, bothThumbnails < magick ? "met" : "NOT met");
            System.out.printf("  media-service, whole job (display %.0f ms more): %6.0f ms/image = %.2f images/s/core, "
                    + "%.2fx vipsthumbnail, %.2fx ImageMagick; peak heap %d MB%n", display, ours, 1000 / ours,
                    ours / vips, ours / magick, heap);
        }
        System.out.printf("  note (media.md, one core, Temurin 25): subsampled Java pipeline 160 ms; vipsthumbnail CLI "
                + "120 + 99 ms; ImageMagick 183-204 ms%n");

        Path wav = Files.write(work.resolve("tone.wav"), wav(299));
        double job = millisPerRun(audioRuns, () -> {
            Path dir = Files.createTempDirectory(work, "audio");
            audio.process(AcceptedFormat.WAV, wav, dir);
            deleteTree(dir);
        });
        double plain = millisPerRun(audioRuns, () -> {
            run("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-loglevel", "info", "-threads", "1",
                    "-f", "wav", "-i", wav.toString(), "-vn", "-map", "0:a:0", "-t", "301",
                    "-af", "ebur128=framelog=verbose", "-f", "null", "-");
            run("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-loglevel", "error", "-threads", "1",
                    "-f", "wav", "-i", wav.toString(), "-vn", "-map", "0:a:0", "-map_metadata", "-1", "-t", "300",
                    "-af", "volume=3.00dB,alimiter=limit=0.891:level=disabled", "-ar", "44100", "-c:a", "libmp3lame",
                    "-b:a", "128k", "-f", "mp3", "-y", work.resolve("plain.mp3").toString());
        });
        System.out.printf("%n299-s WAV (44.1 kHz mono), %d runs each, one core:%n", audioRuns);
        System.out.printf("  media-service audio job: %6.0f ms = %.0fx realtime%n", job, 299_000 / job);
        System.out.printf("  plain ffmpeg, the same two commands: %6.0f ms -> ours %.2fx (goal <= 1.1x)%n", plain,
                job / plain);
        System.out.printf("  note (media.md): ebur128 measure then gain + limiter 3.7 s for 300 s (81x realtime)%n");
        System.out.printf("%nload average after: %s%n", loadAverage());
    }

    interface Step {
        void run() throws Exception;
    }

    static double millisPerRun(int runs, Step step) throws Exception {
        return millisPerRun(runs, true, step);
    }

    static double millisPerRun(int runs, boolean warmUp, Step step) throws Exception {
        if (warmUp) {
            step.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            step.run();
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    /** Smooth gradients, soft shapes and sensor-like noise: compresses and decodes like a photo, not a flat test card. */
    static BufferedImage photoLike() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), 0, HEIGHT, new Color(230, 200, 150)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Random random = new Random(12);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60));
            int size = 50 + random.nextInt(900);
            g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), size, size * (1 + random.nextInt(2)));
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int noise = (int) (random.nextGaussian() * 6);
                int r = clamp((row[x] >> 16 & 0xff) + noise);
                int gr = clamp((row[x] >> 8 & 0xff) + noise);
                int b = clamp((row[x] & 0xff) + noise);
                row[x] = r << 16 | gr << 8 | b;
            }
            image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        while (!writer.getClass().getName().startsWith("com.sun.") && writers.hasNext()) {
            writer = writers.next();
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    static byte[] wav(int seconds) throws IOException {
        float rate = 44100;
        byte[] pcm = new byte[(int) (seconds * rate) * 2];
        Random random = new Random(5);
        for (int i = 0; i < pcm.length / 2; i++) {
            double t = i / rate;
            double value = 0.2 * Math.sin(2 * Math.PI * 220 * t) + 0.1 * Math.sin(2 * Math.PI * 330 * t)
                    * Math.sin(2 * Math.PI * 0.5 * t) + 0.02 * random.nextGaussian();
            short sample = (short) (value * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        }
        return out.toByteArray();
    }

    static String imageMagick() {
        return Files.isExecutable(Path.of("/usr/bin/convert")) ? "/usr/bin/convert" : "convert";
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    /** The total milliseconds so far of the image job's phases decode, scale, display, thumbnails (ImageProcessor's timer). */
    static double[] phaseTotals(SimpleMeterRegistry registry) {
        String[] phases = {"decode", "scale", "display", "thumbnails"};
        double[] totals = new double[phases.length];
        for (int i = 0; i < phases.length; i++) {
            Timer timer = registry.get(ImageProcessor.PHASE_TIMER).tag("phase", phases[i]).timer();
            totals[i] = timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return totals;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap the job needed. */
    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
