package app.memoryvault.media.processing;

import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.ImageReaders;
import java.awt.Graphics2D;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes the first frame of a JPEG, PNG or GIF with the reader of its detected format (TwelveMonkeys for JPEG, the
 * JDK's for PNG and GIF), subsampled while decoding to no less than the size needed, and reports its EXIF
 * orientation and, for PNG, the embedded colour profile (TwelveMonkeys converts a JPEG's itself). A reader's
 * warning about the data (a truncated or corrupt stream) fails the decode instead of giving grey pixels. A decode that takes longer
 * than its budget is asked to abort and the job goes on without it (the JDK's JPEG decoder cannot be aborted from
 * another thread: it finishes in the background, bounded by the pixel limit).
 */
final class ImageDecoder {

    /** Warnings about colour management (a CMYK JPEG without a profile) say nothing about the data. */
    private static final Pattern COLOUR_NOTE = Pattern.compile("(?i)ICC|colou?r profile");
    private static final Executor DECODERS = runnable -> Thread.ofVirtual().name("image-decode").start(runnable);

    private ImageDecoder() {
    }

    /** A decoded first frame (not yet upright), the stored full size, and the RGB profile its values are in. */
    record Decoded(BufferedImage image, int width, int height, Orientation orientation, ICC_Profile profile) {
    }

    /**
     * Decodes {@code file}, subsampled so that its longest side stays at least {@code neededSide}, within
     * {@code budget}; a {@link ProcessingException} when it takes longer.
     */
    static Decoded decode(AcceptedFormat format, Path file, int neededSide, Duration budget) throws IOException {
        ImageReader reader = ImageReaders.forFormat(format);
        CompletableFuture<Decoded> decoding = CompletableFuture.supplyAsync(() -> {
            try {
                return read(reader, format, file, neededSide);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DECODERS);
        try {
            return decoding.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(reader);
            throw new ProcessingException("the image could not be decoded within " + budget.toMillis() / 1000.0
                    + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(reader);
            throw new IllegalStateException("interrupted while decoding an image", e);
        }
    }

    private static void abort(ImageReader reader) {
        try {
            reader.abort();
        } catch (IllegalStateException e) {
            // the JDK's JPEG reader refuses an abort from another thread; its decode ends by itself
        }
    }

    private static Decoded read(ImageReader reader, AcceptedFormat format, Path file, int neededSide)
            throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, false, false);
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener((source, warning) -> {
                if (!COLOUR_NOTE.matcher(warning).find()) {
                    warnings.append(warning).append("; ");
                }
            });
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Orientation orientation = orientation(metadata);
            ICC_Profile profile = format == AcceptedFormat.PNG ? pngProfile(metadata) : null;
            ImageReadParam param = reader.getDefaultReadParam();
            int step = format == AcceptedFormat.GIF ? 1 : Math.max(1, Math.max(width, height) / neededSide);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new IIOException("the decode was aborted");
            }
            if (!warnings.isEmpty()) {
                throw new IIOException(warnings.toString());
            }
            if (format == AcceptedFormat.GIF) {
                image = onLogicalScreen(reader, image);
            }
            return new Decoded(image, width, height, orientation, profile);
        } finally {
            reader.dispose();
        }
    }

    private static Orientation orientation(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return Orientation.NORMAL;
        }
        Node node = find(metadata.getAsTree("javax_imageio_1.0"), "ImageOrientation");
        return node == null ? Orientation.NORMAL
                : Orientation.ofMetadataName(node.getAttributes().getNamedItem("value").getNodeValue());
    }

    /** The RGB profile of a PNG's {@code iCCP} chunk, if it has a usable one. */
    private static ICC_Profile pngProfile(IIOMetadata metadata) {
        Node iccp = metadata == null ? null : find(metadata.getAsTree("javax_imageio_png_1.0"), "iCCP");
        return iccp instanceof IIOMetadataNode node && node.getUserObject() instanceof byte[] compressed
                ? ColourProfiles.rgbProfileOfCompressed(compressed) : null;
    }

    /** A GIF's first frame drawn where it belongs on the logical screen, which may be larger than the frame. */
    private static BufferedImage onLogicalScreen(ImageReader reader, BufferedImage frame) throws IOException {
        Node screen = find(reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0"),
                "LogicalScreenDescriptor");
        Node descriptor = find(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"),
                "ImageDescriptor");
        if (screen == null || descriptor == null) {
            return frame;
        }
        int screenW = attribute(screen, "logicalScreenWidth");
        int screenH = attribute(screen, "logicalScreenHeight");
        int left = attribute(descriptor, "imageLeftPosition");
        int top = attribute(descriptor, "imageTopPosition");
        if (screenW <= frame.getWidth() && screenH <= frame.getHeight() || screenW < 1 || screenH < 1) {
            return frame;
        }
        BufferedImage canvas = new BufferedImage(screenW, screenH, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        g.drawImage(frame, left, top, null);
        g.dispose();
        return canvas;
    }

    private static int attribute(Node node, String name) {
        Node value = node.getAttributes().getNamedItem(name);
        return value == null ? 0 : Integer.parseInt(value.getNodeValue());
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
