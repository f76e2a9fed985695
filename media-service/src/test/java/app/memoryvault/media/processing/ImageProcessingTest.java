package app.memoryvault.media.processing;

import static app.memoryvault.media.processing.TestImages.BLUE;
import static app.memoryvault.media.processing.TestImages.GREEN;
import static app.memoryvault.media.processing.TestImages.RED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.storage.StoredObjectNotFoundException;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WorkerTest
@TestProfile(WorkerProfile.class)
class ImageProcessingTest {

    @Inject
    MediaStorage storage;

    private MediaFile processed(String name, byte[] bytes) {
        return Jobs.awaitProcessed(Jobs.upload("image", name, bytes));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldTurnEveryOrientationUprightAndDropExifAndGps(int orientation) {
        byte[] jpeg = TestImages.jpegWithExif(TestImages.stored(orientation, 300, 180), orientation);

        MediaFile file = processed("o" + orientation + ".jpg", jpeg);

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.width).isEqualTo(300);
        assertThat(file.height).isEqualTo(180);
        assertThat(file.uploadKey).isNull();
        assertThat(file.variantKeys).containsOnlyKeys("display", "thumb400", "thumb200");
        for (Map.Entry<String, String> variant : file.variantKeys.entrySet()) {
            assertThat(variant.getValue()).isEqualTo(StorageKeys.variant(file.id, variant.getKey()));
            byte[] bytes = Jobs.read(storage, variant.getValue());
            CleanVariants.assertClean(variant.getKey(), bytes);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
            BufferedImage image = TestImages.read(bytes);
            int w = image.getWidth();
            int h = image.getHeight();
            assertThat(w).as(variant.getKey()).isGreaterThan(h);
            assertThat(TestImages.near(image.getRGB(w / 6, h / 6), RED)).as("top left red").isTrue();
            assertThat(TestImages.near(image.getRGB(5 * w / 6, h / 6), GREEN)).as("top right green").isTrue();
            assertThat(TestImages.near(image.getRGB(w / 2, 5 * h / 6), BLUE)).as("bottom blue").isTrue();
        }
        assertThat(storage.stat(file.variantKeys.get("display")).contentType()).isEqualTo("image/jpeg");
        assertThatUploadIsGone(file.id);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldTurnEveryOrientationOfAWebpUprightAndDropItsExif(int orientation) {
        byte[] webp = TestImages.webpWithExif(TestImages.stored(orientation, 300, 180), orientation);

        MediaFile file = processed("o" + orientation + ".webp", webp);

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.width).isEqualTo(300);
        assertThat(file.height).isEqualTo(180);
        for (Map.Entry<String, String> variant : file.variantKeys.entrySet()) {
            byte[] bytes = Jobs.read(storage, variant.getValue());
            CleanVariants.assertClean(variant.getKey(), bytes);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("MM\0*");
            BufferedImage image = TestImages.read(bytes);
            int w = image.getWidth();
            int h = image.getHeight();
            assertThat(w).as(variant.getKey()).isGreaterThan(h);
            assertThat(TestImages.near(image.getRGB(w / 6, h / 6), RED)).as("top left red").isTrue();
            assertThat(TestImages.near(image.getRGB(5 * w / 6, h / 6), GREEN)).as("top right green").isTrue();
            assertThat(TestImages.near(image.getRGB(w / 2, 5 * h / 6), BLUE)).as("bottom blue").isTrue();
        }
    }

    @Test
    void shouldCapDisplayAndFitThumbnailsKeepingTheAspect() {
        MediaFile file = processed("big.png", TestMedia.encode(TestImages.stored(1, 3000, 2000), "png"));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(size(file, "display")).isEqualTo("2048x1365");
        assertThat(size(file, "thumb400")).isEqualTo("400x267");
        assertThat(size(file, "thumb200")).isEqualTo("200x133");
    }

    @Test
    void shouldNeverUpscaleASmallImage() {
        MediaFile file = processed("small.png", TestMedia.encode(TestImages.stored(1, 120, 90), "png"));

        assertThat(size(file, "display")).isEqualTo("120x90");
        assertThat(size(file, "thumb400")).isEqualTo("120x90");
        assertThat(size(file, "thumb200")).isEqualTo("120x90");
    }

    @Test
    void shouldKeepTransparencyAsPngWithoutAncillaryChunks() {
        BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, 500, 300);
        g.dispose();

        MediaFile file = processed("alpha.png", TestMedia.encode(image, "png"));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        for (String key : file.variantKeys.values()) {
            byte[] png = Jobs.read(storage, key);
            CleanVariants.assertClean(key, png);
            BufferedImage variant = TestImages.read(png);
            assertThat(variant.getColorModel().hasAlpha()).isTrue();
            assertThat(variant.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
        }
        assertThat(storage.stat(file.variantKeys.get("thumb200")).contentType()).isEqualTo("image/png");
    }

    @Test
    void shouldHandleSixteenBitGreyPng() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_USHORT_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 480);
        g.dispose();

        MediaFile file = processed("grey16.png", TestMedia.encode(image, "png"));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        BufferedImage display = TestImages.read(Jobs.read(storage, file.variantKeys.get("display")));
        assertThat(TestImages.near(display.getRGB(100, 240), 0xffffff)).isTrue();
        assertThat(TestImages.near(display.getRGB(500, 240), 0x000000)).isTrue();
    }

    @Test
    void shouldThumbnailTheFirstFrameOfAnAnimatedGif() {
        MediaFile file = processed("anim.gif", TestMedia.gifAnimation(3));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(size(file, "thumb200")).isEqualTo("1x1");
    }

    @Test
    void shouldDropWhatAPolyglotGifCarriesAfterTheImage() {
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(TestMedia.encode(TestImages.stored(1, 90, 60), "gif"));
        polyglot.writeBytes(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0});
        polyglot.writeBytes("secret.txt<?php echo 1; ?>".getBytes(StandardCharsets.US_ASCII));

        MediaFile file = processed("poly.gif", polyglot.toByteArray());

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        for (String key : file.variantKeys.values()) {
            byte[] bytes = Jobs.read(storage, key);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("PK\u0003\u0004").doesNotContain("php");
            assertThat(Arrays.copyOfRange(bytes, bytes.length - 2, bytes.length))
                    .as("nothing after the end of image").containsExactly(0xff, 0xd9);
        }
    }

    @Test
    void shouldFailATruncatedJpegReturnItsQuotaAndStayUp() {
        BufferedImage noise = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        byte[] jpeg = TestMedia.encode(noise, "jpeg");
        String user = Jobs.newUser();

        MediaFile file = Jobs.awaitProcessed(Jobs.upload(user, "image", "cut.jpg",
                Arrays.copyOf(jpeg, jpeg.length / 2)));

        assertThat(file.status).isEqualTo("failed");
        assertThat(file.failureReason).startsWith("the jpeg image cannot be decoded");
        assertThat(file.variantKeys).isEmpty();
        given().auth().oauth2(TestTokens.user(user)).when().get("/api/files/quota").then().body("used", equalTo(0));
        assertThatUploadIsGone(file.id);
        assertThat(processed("after.png", TestMedia.encode(TestImages.stored(1, 50, 40), "png")).status)
                .isEqualTo("ready");
    }

    private String size(MediaFile file, String variant) {
        BufferedImage image = TestImages.read(Jobs.read(storage, file.variantKeys.get(variant)));
        return image.getWidth() + "x" + image.getHeight();
    }

    private void assertThatUploadIsGone(UUID id) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.open(StorageKeys.upload(id)).close())
                .isInstanceOf(StoredObjectNotFoundException.class);
    }
}
