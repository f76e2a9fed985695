package app.memoryvault.media.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.junit.TestProfile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and broken images fail cleanly, with a reason and their quota returned, in bounded time; the worker goes on. */
@WorkerTest
@TestProfile(WorkerProfile.class)
class HostileImageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "webp"})
    void shouldFailATruncatedImageAndReturnItsQuota(String format) {
        byte[] whole = "png".equals(format) ? TestMedia.encode(noise(), "png")
                : TestMedia.convert(TestMedia.encode(noise(), "png"), "noise.png", "noise.webp", "-c:v", "libwebp");
        String user = Jobs.newUser();

        MediaFile file = Jobs.awaitProcessed(Jobs.upload(user, "image", "cut." + format,
                Arrays.copyOf(whole, whole.length * 2 / 3)));

        assertThat(file.status).isEqualTo("failed");
        assertThat(file.failureReason).startsWith("the " + format + " image cannot be decoded");
        given().auth().oauth2(TestTokens.user(user)).when().get("/api/files/quota").then().body("used", equalTo(0));
    }

    @Test
    void shouldIgnoreCompressedDataBeyondWhatTheHeaderClaims() {
        byte[] bomb = pngWithOversizedIdat(64, 64, 256);

        MediaFile file = Jobs.awaitProcessed(Jobs.upload("image", "bomb.png", bomb));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.width).isEqualTo(64);
        assertThat(Jobs.awaitProcessed(Jobs.upload("image", "after.png", TestMedia.png(3))).status).isEqualTo("ready");
    }

    @Test
    void shouldProcessAHighlyCompressedImageJustUnderThePixelLimit() {
        byte[] png = TestMedia.encode(new BufferedImage(7000, 7000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThat(png.length).as("a 49-megapixel image in a few kilobytes").isLessThan(200_000);

        MediaFile file = Jobs.awaitProcessed(Jobs.upload("image", "black.png", png));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.width).isEqualTo(7000);
    }

    @Test
    void shouldGiveUpADecodeThatTakesLongerThanItsBudget() throws Exception {
        Path png = Files.write(dir.resolve("big.png"),
                TestMedia.encode(new BufferedImage(7000, 7000, BufferedImage.TYPE_BYTE_BINARY), "png"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> ImageDecoder.decode(AcceptedFormat.PNG, png, 2048, Duration.ofMillis(5)))
                .isInstanceOf(ProcessingException.class)
                .hasMessage("the image could not be decoded within 0.005 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private static BufferedImage noise() {
        BufferedImage noise = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(11);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        return noise;
    }

    /** A PNG whose IHDR says {@code w}×{@code h} grey pixels and whose IDAT inflates to {@code megabytes} MB of zeros. */
    private static byte[] pngWithOversizedIdat(int w, int h, int megabytes) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(ColourImages.pngChunk("IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put(new byte[] {8, 0, 0, 0, 0}).array()));
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] out = new byte[1 << 16];
        for (int i = 0; i < megabytes; i++) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                idat.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(out, 0, deflater.deflate(out));
        }
        deflater.end();
        png.writeBytes(ColourImages.pngChunk("IDAT", idat.toByteArray()));
        png.writeBytes(ColourImages.pngChunk("IEND", new byte[0]));
        return png.toByteArray();
    }
}
