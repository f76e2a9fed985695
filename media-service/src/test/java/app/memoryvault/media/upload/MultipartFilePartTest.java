package app.memoryvault.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.memoryvault.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartFilePartTest {

    private static final String TYPE = "multipart/form-data; boundary=xyz";

    private static byte[] copy(byte[] body) throws IOException {
        return copy(new ByteArrayInputStream(body));
    }

    private static byte[] copy(InputStream body) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        MultipartFilePart.copy(body, TYPE, "file", sink);
        return sink.toByteArray();
    }

    private static byte[] form(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("preamble\r\n--xyz\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n--xyz\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes("Content-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes("\r\n--xyz--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** Hands out one byte at a time, as a slow network might. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
    }

    @Test
    void shouldCopyExactlyTheFilePartWhateverItHolds() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] lookalikes = "\r\n--xy\r\n--xyZ\r\n-\r\n--".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(lookalikes, 0, file, 65_530, lookalikes.length);
        System.arraycopy(lookalikes, 0, file, file.length - lookalikes.length, lookalikes.length);

        assertThat(copy(form(file))).isEqualTo(file);
        assertThat(copy(trickle(form(file)))).isEqualTo(file);
    }

    @Test
    void shouldFindTheDelimiterAcrossEveryBufferBoundary() throws IOException {
        for (int size = 65_520; size < 65_545; size++) {
            byte[] file = new byte[size];
            Arrays.fill(file, (byte) 'a');
            assertThat(copy(form(file))).as("file of %d bytes", size).isEqualTo(file);
        }
    }

    @Test
    void shouldRefuseABodyCutShort() {
        byte[] body = form(new byte[1000]);

        assertThatThrownBy(() -> copy(Arrays.copyOf(body, body.length - 12)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void shouldRefuseABodyWithoutTheFilePart() {
        byte[] body = "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhi\r\n--xyz--\r\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> copy(body)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("'file' is required");
    }

    @Test
    void shouldRefuseAContentTypeWithoutBoundary() {
        assertThatThrownBy(() -> MultipartFilePart.boundaryOf("multipart/form-data"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> MultipartFilePart.boundaryOf(null)).isInstanceOf(ProblemException.class);
        assertThat(MultipartFilePart.boundaryOf("multipart/form-data; boundary=\"a b\"")).isEqualTo("a b");
    }
}
