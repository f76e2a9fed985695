package app.memoryvault.media.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Test inputs made on the spot (Java2D, javax.sound, ffmpeg, hand-made headers): licence-free and deterministic. */
public final class TestMedia {

    private TestMedia() {
    }

    /** A small picture in an ImageIO format ({@code png}, {@code jpeg}, {@code gif}); {@code seed} varies the bytes. */
    public static byte[] image(String format, int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 37 % 256, 120, 200));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(seed), 4, 30);
        g.dispose();
        return encode(image, format);
    }

    /** The image in an ImageIO format; fails when ImageIO has no writer for the format and image. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int seed) {
        return image("png", seed);
    }

    /** One second of a tone as 16-bit mono WAV. */
    public static byte[] wav(int seed) {
        return wav(seed, 1);
    }

    /** {@code seconds} of a tone as 8 kHz 16-bit mono WAV. */
    public static byte[] wav(int seed, int seconds) {
        float rate = 8000;
        byte[] pcm = new byte[(int) rate * 2 * seconds];
        for (int i = 0; i < pcm.length / 2; i++) {
            short sample = (short) (Math.sin(2 * Math.PI * (440 + seed) * i / rate) * 8000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What ffmpeg makes from lavfi {@code input} with {@code args} into a file named {@code name}. */
    public static byte[] ffmpeg(String input, String name, String... args) {
        return ffmpeg(List.of("-f", "lavfi", "-i", input), null, name, args);
    }

    /** What ffmpeg makes of the file {@code input} (named {@code inputName}) with {@code args} into {@code name}. */
    public static byte[] convert(byte[] input, String inputName, String name, String... args) {
        return ffmpeg(List.of("-i", inputName), input, name, args);
    }

    private static byte[] ffmpeg(List<String> inputArgs, byte[] input, String name, String... args) {
        try {
            Path dir = Files.createTempDirectory("test-media");
            Path out = dir.resolve(name);
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin", "-y"));
            if (input != null) {
                Files.write(dir.resolve(inputArgs.getLast()), input);
            }
            command.addAll(inputArgs);
            command.addAll(List.of(args));
            command.add(out.toString());
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + output);
            }
            byte[] bytes = Files.readAllBytes(out);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tone of {@code seconds} encoded by ffmpeg ({@code libmp3lame}, {@code libvorbis}, {@code libopus}, {@code aac}). */
    public static byte[] tone(String codec, String name, int seed) {
        return ffmpeg("sine=frequency=" + (400 + seed) + ":duration=1", name, "-c:a", codec);
    }

    /**
     * A GIF whose logical screen and only frame claim {@code width}×{@code height} pixels, with one pixel of data:
     * a few dozen bytes that a decoder would expand into gigabytes.
     */
    public static byte[] gifBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes());
        writeShort(out, width);
        writeShort(out, height);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        frame(out, width, height);
        out.write(0x3b);
        return out.toByteArray();
    }

    /** A 1×1 GIF animation of {@code frames} frames. */
    public static byte[] gifAnimation(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes());
        writeShort(out, 1);
        writeShort(out, 1);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        for (int i = 0; i < frames; i++) {
            out.writeBytes(new byte[] {0x21, (byte) 0xf9, 4, 0, 1, 0, 0, 0});
            frame(out, 1, 1);
        }
        out.write(0x3b);
        return out.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, int width, int height) {
        out.write(0x2c);
        writeShort(out, 0);
        writeShort(out, 0);
        writeShort(out, width);
        writeShort(out, height);
        out.write(0);
        // LZW minimum code size 2, one sub-block: clear, pixel 0, end of information
        out.writeBytes(new byte[] {2, 2, 0x44, 0x01, 0});
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >> 8 & 0xff);
    }
}
