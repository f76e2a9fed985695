package app.memoryvault.media.processing;

import app.memoryvault.media.upload.TestMedia;
import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Transparency;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Test images in colour spaces other than plain sRGB — CMYK and YCCK JPEGs, RGB with an embedded ICC profile in
 * JPEG, PNG and WebP — made with the JDK's writers (libjpeg does the YCCK arithmetic) and hand-built chunks. Every
 * image is three vertical bands of the given colours.
 */
final class ColourImages {

    static final int WIDTH = 240;
    static final int HEIGHT = 160;

    private ColourImages() {
    }

    /** Where band {@code i} of an image {@code w} wide is sampled. */
    static int bandX(int i, int w) {
        return w * (2 * i + 1) / 6;
    }

    /**
     * A JPEG of four-component ink values (C, M, Y, K, 0–255 each) per band, stored inverted as Photoshop does,
     * marked with an Adobe segment as CMYK or, with {@code ycck}, converted to YCCK by libjpeg.
     */
    static byte[] cmykJpeg(int[][] inks, boolean ycck) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, WIDTH, HEIGHT, 4, null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int[] ink = inks[x * 3 / WIDTH];
                raster.setPixel(x, y, ycck ? ycck(ink) : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2],
                    255 - ink[3]});
            }
        }
        ImageTypeSpecifier cmyk = ImageTypeSpecifier.createInterleaved(
                ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK), new int[] {0, 1, 2, 3}, DataBuffer.TYPE_BYTE,
                false, false);
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(cmyk, param);
        try {
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            ((Element) ((Element) tree).getElementsByTagName("app14Adobe").item(0))
                    .setAttribute("transform", ycck ? "2" : "0");
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
            return write(writer, new IIOImage(raster, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** libjpeg's CMYK → YCCK: the YCbCr of (255 − stored C, M, Y), i.e. of the ink amounts; K stored as is. */
    private static int[] ycck(int[] ink) {
        double r = ink[0];
        double g = ink[1];
        double b = ink[2];
        return new int[] {clamp(0.299 * r + 0.587 * g + 0.114 * b),
            clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b), clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b),
            255 - ink[3]};
    }

    /** An image whose raw 8-bit values (0xRRGGBB per band) are in {@code profile}'s colour space. */
    static BufferedImage inProfile(IccProfiles profile, int[] bands) {
        ComponentColorModel model = new ComponentColorModel(new ICC_ColorSpace(profile.profile()), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage image = new BufferedImage(model, model.createCompatibleWritableRaster(WIDTH, HEIGHT), false,
                null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = bands[x * 3 / WIDTH];
                image.getRaster().setPixel(x, y, new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff});
            }
        }
        return image;
    }

    /** The same bands as plain sRGB pixels, alpha opaque. */
    static BufferedImage bands(int[] bands, int type) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, type);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.setRGB(x, y, 0xff000000 | bands[x * 3 / WIDTH]);
            }
        }
        return image;
    }

    /** A JPEG of {@code image}; the JDK writer embeds a non-sRGB ICC profile in APP2 segments. */
    static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        try {
            return write(writer, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the raw values of {@code image} with the ICC profile in an {@code iCCP} chunk after IHDR. */
    static byte[] pngWithProfile(BufferedImage raw, byte[] icc) {
        byte[] png = TestMedia.encode(raw, "png");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("icc\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater();
        deflater.setInput(icc);
        deflater.finish();
        byte[] buffer = new byte[icc.length + 64];
        data.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        int afterIhdr = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(pngChunk("iCCP", data.toByteArray()));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data, CRC of type and data. */
    static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** A still WebP (one VP8 or VP8L chunk, no alpha) rewrapped with a VP8X header and an ICCP chunk. */
    static byte[] webpWithProfile(byte[] simpleWebp, int width, int height, byte[] icc) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(riffChunk("VP8X", new byte[] {0x20, 0, 0, 0, (byte) (width - 1), (byte) (width - 1 >> 8), 0,
            (byte) (height - 1), (byte) (height - 1 >> 8), 0}));
        body.writeBytes(riffChunk("ICCP", icc));
        body.write(simpleWebp, 12, simpleWebp.length - 12);
        return ByteBuffer.allocate(8 + body.size()).put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .put(littleEndian(body.size()))
                .put(body.toByteArray()).array();
    }

    /** A still WebP (one VP8 or VP8L chunk, no alpha) rewrapped with a VP8X header and, after the image, an EXIF chunk. */
    static byte[] webpWithExif(byte[] simpleWebp, int width, int height, byte[] exif) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(riffChunk("VP8X", new byte[] {0x08, 0, 0, 0, (byte) (width - 1), (byte) (width - 1 >> 8), 0,
            (byte) (height - 1), (byte) (height - 1 >> 8), 0}));
        body.write(simpleWebp, 12, simpleWebp.length - 12);
        body.writeBytes(riffChunk("EXIF", exif));
        return ByteBuffer.allocate(8 + body.size()).put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .put(littleEndian(body.size()))
                .put(body.toByteArray()).array();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1));
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).put(littleEndian(data.length)).put(data);
        return chunk.array();
    }

    private static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static ImageWriter jdkJpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
