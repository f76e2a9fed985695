package app.memoryvault.media.processing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOException;

/**
 * Decodes the first frame of a WebP with ffmpeg's decoder (hardened like every ffmpeg run), scaled while decoding
 * to the size needed. TwelveMonkeys 3.14's lossy VP8 decoder tints ordinary libwebp output green (its issue #734,
 * fixed after 3.14) and ffmpeg 5.1 cannot read animations, so an animation's first frame is cut out as a still
 * first.
 */
final class WebpDecoder {

    private WebpDecoder() {
    }

    /** Decodes {@code file}, a {@code width}×{@code height} WebP, so that its longest side is at most {@code neededSide}. */
    static ImageDecoder.Decoded decode(Path file, int width, int height, int neededSide, Ffmpeg ffmpeg, Path dir)
            throws IOException {
        WebpFirstFrame frame = WebpFirstFrame.of(Files.readAllBytes(file), width, height);
        double scale = Math.min(1.0, (double) neededSide / Math.max(width, height));
        int frameW = Math.max(1, (int) Math.round(frame.width() * scale));
        int frameH = Math.max(1, (int) Math.round(frame.height() * scale));
        Path still = Files.write(dir.resolve("frame.webp"), frame.still());
        Path raw = dir.resolve("frame.rgba");
        Ffmpeg.Run run = ffmpeg.run("webp_pipe", still, "error", dir, List.of("-frames:v", "1",
                "-vf", "scale=" + frameW + ":" + frameH + ":flags=lanczos", "-pix_fmt", "rgba",
                "-f", "rawvideo", "-y", raw.toAbsolutePath().toString()));
        if (run.exitCode() != 0 || !Files.exists(raw) || Files.size(raw) != 4L * frameW * frameH) {
            throw new IIOException("ffmpeg could not decode the WebP image: " + run.log().strip());
        }
        byte[] rgba = Files.readAllBytes(raw);
        BufferedImage canvas = new BufferedImage(Math.max(1, (int) Math.round(width * scale)),
                Math.max(1, (int) Math.round(height * scale)), BufferedImage.TYPE_INT_ARGB);
        int left = (int) Math.round(frame.x() * scale);
        int top = (int) Math.round(frame.y() * scale);
        int[] row = new int[frameW];
        for (int y = 0; y < frameH && top + y < canvas.getHeight(); y++) {
            for (int x = 0; x < frameW; x++) {
                int i = 4 * (y * frameW + x);
                row[x] = (rgba[i + 3] & 0xff) << 24 | (rgba[i] & 0xff) << 16 | (rgba[i + 1] & 0xff) << 8
                        | rgba[i + 2] & 0xff;
            }
            int visible = Math.min(frameW, canvas.getWidth() - left);
            if (visible > 0) {
                canvas.setRGB(left, top + y, visible, 1, row, 0, frameW);
            }
        }
        return new ImageDecoder.Decoded(canvas, width, height, frame.orientation(),
                ColourProfiles.rgbProfile(frame.icc()));
    }
}
