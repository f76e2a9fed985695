package app.memoryvault.media.processing;

import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.ImageReaders;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes the first frame of an image with the reader of its detected format (TwelveMonkeys for JPEG and WebP, the
 * JDK's for PNG and GIF), subsampled while decoding to no less than the size needed, and reports its EXIF
 * orientation. A reader's warning (a truncated or corrupt stream) fails the decode instead of giving grey pixels.
 */
final class ImageDecoder {

    private ImageDecoder() {
    }

    /** A decoded first frame (not yet upright), and the stored full size. */
    record Decoded(BufferedImage image, int width, int height, Orientation orientation) {
    }

    /** Decodes {@code file}, subsampled so that its longest side stays at least {@code neededSide}. */
    static Decoded decode(AcceptedFormat format, Path file, int neededSide) throws IOException {
        ImageReader reader = ImageReaders.forFormat(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, false, false);
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning).append("; "));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            Orientation orientation = orientation(reader.getImageMetadata(0));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = format == AcceptedFormat.GIF ? 1 : Math.max(1, Math.max(width, height) / neededSide);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new IIOException(warnings.toString());
            }
            if (format == AcceptedFormat.GIF) {
                image = onLogicalScreen(reader, image);
            }
            return new Decoded(image, width, height, orientation);
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
