package app.memoryvault.media.processing;

import static app.memoryvault.media.processing.ColourImages.HEIGHT;
import static app.memoryvault.media.processing.ColourImages.WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.upload.TestMedia;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Colours come out right in sRGB whatever the input's colour model (CMYK, YCCK, an embedded Adobe RGB or Display P3
 * profile, 16 bits, lossy WebP), transparency survives as PNG, animations give their first frame — judged on the
 * pixels of every stored variant, each parsed to prove it carries no metadata.
 */
@WorkerTest
@TestProfile(WorkerProfile.class)
class ImageColourTest {

    /** Raw values of the profile tests: far enough from sRGB in both wide spaces that ignoring the profile shows. */
    private static final int[] WIDE_BANDS = {0x1ec83c, 0xc83c3c, 0x3c3cc8};
    private static final int[] SRGB_BANDS = {0xd02020, 0x20a040, 0x2040c0};

    @Inject
    MediaStorage storage;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldConvertCmykAndYcckJpegsToSrgb(boolean ycck) {
        int[][] inks = {{0, 255, 255, 0}, {255, 0, 255, 0}, {0, 0, 0, 128}};

        MediaFile file = processed(ycck ? "ycck.jpg" : "cmyk.jpg", ColourImages.cmykJpeg(inks, ycck));

        // red, green and a 50 % black: a plain conversion, as no CMYK profile is embedded
        assertBands(file, new int[] {0xff0000, 0x00ff00, 0x7f7f7f}, 40, "image/jpeg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"adobe-rgb.jpg", "adobe-rgb.png", "adobe-rgb.webp", "p3.jpg", "p3.png", "p3.webp"})
    void shouldConvertAnEmbeddedProfileToSrgb(String name) {
        IccProfiles profile = name.startsWith("p3") ? IccProfiles.DISPLAY_P3 : IccProfiles.ADOBE_RGB;
        int[] expected = new int[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = profile.toSrgb(WIDE_BANDS[i]);
        }
        assertThat(TestImages.near(expected[0], WIDE_BANDS[0], 20)).as("the profile matters for this colour")
                .isFalse();
        BufferedImage raw = ColourImages.inProfile(profile, WIDE_BANDS);
        byte[] bytes = switch (name.substring(name.indexOf('.') + 1)) {
            case "jpg" -> ColourImages.jpeg(raw, false);
            case "png" -> ColourImages.pngWithProfile(rawValues(raw), profile.bytes());
            default -> ColourImages.webpWithProfile(TestMedia.convert(TestMedia.encode(rawValues(raw), "png"),
                    "raw.png", "raw.webp", "-c:v", "libwebp", "-lossless", "1"), WIDTH, HEIGHT, profile.bytes());
        };

        MediaFile file = processed(name, bytes);

        assertBands(file, expected, 10, "image/jpeg");
    }

    @Test
    void shouldDecodeAProgressiveJpeg() {
        byte[] jpeg = ColourImages.jpeg(ColourImages.bands(SRGB_BANDS, BufferedImage.TYPE_INT_RGB), true);
        assertThat(TestImages.jpegMarkers(jpeg)).as("progressive frame").contains(0xc2);

        assertBands(processed("progressive.jpg", jpeg), SRGB_BANDS, 10, "image/jpeg");
    }

    @Test
    void shouldDecodeSixteenBitRgbPngAndKeepItsTransparency() {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        BufferedImage image = new BufferedImage(model, model.createCompatibleWritableRaster(WIDTH, HEIGHT), false,
                null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = SRGB_BANDS[x * 3 / WIDTH];
                int alpha = x < WIDTH / 3 ? 0 : 0xffff;
                image.getRaster().setPixel(x, y, new int[] {(rgb >> 16 & 0xff) * 257, (rgb >> 8 & 0xff) * 257,
                    (rgb & 0xff) * 257, alpha});
            }
        }

        MediaFile file = processed("rgba16.png", TestMedia.encode(image, "png"));

        for (Map.Entry<String, String> variant : variants(file).entrySet()) {
            BufferedImage decoded = readClean(variant.getKey(), variant.getValue(), "image/png");
            int w = decoded.getWidth();
            assertThat(decoded.getRGB(ColourImages.bandX(0, w), decoded.getHeight() / 2) >>> 24)
                    .as("left band transparent").isZero();
            assertNear(decoded, 1, SRGB_BANDS[1], 4);
            assertNear(decoded, 2, SRGB_BANDS[2], 4);
        }
    }

    @Test
    void shouldDecodeLossyWebpColours() {
        byte[] webp = TestMedia.convert(TestMedia.encode(ColourImages.bands(SRGB_BANDS, BufferedImage.TYPE_INT_RGB),
                "png"), "bands.png", "bands.webp", "-c:v", "libwebp", "-quality", "90");

        assertBands(processed("lossy.webp", webp), SRGB_BANDS, 12, "image/jpeg");
    }

    @Test
    void shouldKeepTheTransparencyOfALossyWebpAsPng() {
        BufferedImage oval = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = oval.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, WIDTH, HEIGHT);
        g.dispose();
        byte[] webp = TestMedia.convert(TestMedia.encode(oval, "png"), "oval.png", "oval.webp",
                "-c:v", "libwebp", "-quality", "90");

        MediaFile file = processed("alpha.webp", webp);

        for (Map.Entry<String, String> variant : variants(file).entrySet()) {
            BufferedImage decoded = readClean(variant.getKey(), variant.getValue(), "image/png");
            assertThat(decoded.getRGB(0, 0) >>> 24).as(variant.getKey() + " corner transparent").isZero();
            assertNear(decoded, 1, 0xff0000, 12);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "webp"})
    void shouldMakeEveryVariantFromTheFirstFrameOfAnAnimation(String format) {
        String frames = "color=c=red:s=" + WIDTH + "x" + HEIGHT + ":r=2:d=1[a];color=c=blue:s=" + WIDTH + "x"
                + HEIGHT + ":r=2:d=1[b];[a][b]concat=n=2:v=1:a=0[out0]";
        byte[] animation = "gif".equals(format)
                ? TestMedia.ffmpeg(frames, "anim.gif", "-loop", "0")
                : TestMedia.ffmpeg(frames, "anim.webp", "-c:v", "libwebp_anim", "-loop", "0", "-quality", "90");

        MediaFile file = processed("anim." + format, animation);

        assertBands(file, new int[] {0xff0000, 0xff0000, 0xff0000}, 12, "image/jpeg");
        assertThat(file.width).isEqualTo(WIDTH);
        assertThat(file.height).isEqualTo(HEIGHT);
    }

    private MediaFile processed(String name, byte[] bytes) {
        MediaFile file = Jobs.awaitProcessed(Jobs.upload("image", name, bytes));
        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        return file;
    }

    private static Map<String, String> variants(MediaFile file) {
        assertThat(file.variantKeys).containsOnlyKeys("display", "thumb400", "thumb200");
        return file.variantKeys;
    }

    /** Every variant is clean, of the type, and shows the bands' colours within {@code tolerance}. */
    private void assertBands(MediaFile file, int[] expected, int tolerance, String type) {
        for (Map.Entry<String, String> variant : variants(file).entrySet()) {
            BufferedImage decoded = readClean(variant.getKey(), variant.getValue(), type);
            for (int band = 0; band < 3; band++) {
                assertNear(decoded, band, expected[band], tolerance);
            }
        }
    }

    private BufferedImage readClean(String name, String key, String type) {
        assertThat(storage.stat(key).contentType()).as(name).isEqualTo(type);
        byte[] bytes = Jobs.read(storage, key);
        CleanVariants.assertClean(name, bytes);
        return TestImages.read(bytes);
    }

    private static void assertNear(BufferedImage image, int band, int expected, int tolerance) {
        int actual = image.getRGB(ColourImages.bandX(band, image.getWidth()), image.getHeight() / 2) & 0xffffff;
        assertThat(TestImages.near(actual, expected, tolerance))
                .as("band %d of %dx%d: %06x, expected %06x ± %d", band, image.getWidth(), image.getHeight(), actual,
                        expected, tolerance)
                .isTrue();
    }

    /** The raw values of an image in a profile's space, as a plain RGB image (no profile). */
    private static BufferedImage rawValues(BufferedImage inProfile) {
        BufferedImage raw = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] pixel = new int[3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                inProfile.getRaster().getPixel(x, y, pixel);
                raw.setRGB(x, y, pixel[0] << 16 | pixel[1] << 8 | pixel[2]);
            }
        }
        return raw;
    }
}
