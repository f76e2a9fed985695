package app.memoryvault.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.upload.AcceptedFormat;
import app.memoryvault.media.upload.TestMedia;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WorkerTest
@TestProfile(WorkerProfile.class)
class AudioProcessingTest {

    @Inject
    MediaStorage storage;

    @Inject
    AudioProcessor processor;

    @TempDir
    Path dir;

    /** A quiet 440 Hz sine of {@code seconds}, mono 16-bit, made with javax.sound. */
    private static byte[] wav(int seconds, float rate, double amplitude) throws IOException {
        int samples = (int) (seconds * rate);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) (amplitude * Short.MAX_VALUE * Math.sin(2 * Math.PI * 440 * i / rate));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        }
        return out.toByteArray();
    }

    /** Integrated loudness measured by ffmpeg's ebur128 filter. */
    private static double loudness(Path file) throws Exception {
        Process process = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", file.toString(),
                "-af", "ebur128=framelog=verbose", "-f", "null", "-").redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher matcher = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS").matcher(log);
        assertThat(matcher.find()).as(log).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void shouldNormaliseLoudnessToMinus16LufsInMp3WithTheDecodedDuration() throws Exception {
        byte[] quiet = wav(8, 44100, 0.03);
        Path original = Files.write(dir.resolve("quiet.wav"), quiet);
        assertThat(loudness(original)).isLessThan(-25);

        MediaFile file = Jobs.awaitProcessed(Jobs.upload("audio", "quiet.wav", quiet));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.durationMs).isBetween(7_900L, 8_100L);
        assertThat(file.variantKeys).containsOnlyKeys("audio");
        assertThat(storage.stat(file.variantKeys.get("audio")).contentType()).isEqualTo("audio/mpeg");
        byte[] mp3 = Jobs.read(storage, file.variantKeys.get("audio"));
        assertThat(new String(mp3, 0, 3)).as("no ID3 tag").isNotEqualTo("ID3");
        assertThat(loudness(Files.write(dir.resolve("out.mp3"), mp3))).isBetween(-17.0, -15.0);
    }

    @Test
    void shouldProcessOggVorbisAndMp3() {
        MediaFile ogg = Jobs.awaitProcessed(Jobs.upload("audio", "t.ogg", TestMedia.tone("libvorbis", "t.ogg", 3)));
        MediaFile mp3 = Jobs.awaitProcessed(Jobs.upload("audio", "t.mp3", TestMedia.tone("libmp3lame", "t.mp3", 4)));

        assertThat(ogg.status).as(ogg.failureReason).isEqualTo("ready");
        assertThat(ogg.durationMs).isBetween(900L, 1_100L);
        assertThat(mp3.status).as(mp3.failureReason).isEqualTo("ready");
        assertThat(mp3.durationMs).isBetween(900L, 1_200L);
    }

    @ParameterizedTest
    @CsvSource({"aac, tone.m4a", "libopus, tone.opus"})
    void shouldNormaliseM4aAndOggOpusToMp3WithTheirDuration(String codec, String name) throws Exception {
        byte[] input = TestMedia.ffmpeg("sine=frequency=500:duration=4", name, "-c:a", codec, "-af", "volume=-14dB");
        assertThat(loudness(Files.write(dir.resolve(name), input))).isLessThan(-25);

        MediaFile file = Jobs.awaitProcessed(Jobs.upload("audio", name, input));

        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(file.durationMs).isBetween(3_900L, 4_100L);
        byte[] mp3 = Jobs.read(storage, file.variantKeys.get("audio"));
        assertThat(loudness(Files.write(dir.resolve(name + ".mp3"), mp3))).isBetween(-17.0, -15.0);
    }

    @Test
    void shouldFailACorruptFileWithAReason() throws Exception {
        byte[] m4a = TestMedia.ffmpeg("sine=frequency=500:duration=3", "t.m4a", "-c:a", "aac");
        Path truncated = Files.write(dir.resolve("cut.m4a"), Arrays.copyOf(m4a, m4a.length / 2));

        assertThatThrownBy(() -> processor.process(AcceptedFormat.M4A, truncated, dir))
                .isInstanceOf(ProcessingException.class)
                .hasMessage("the audio/mp4 file has no audio stream or cannot be decoded");
    }

    @Test
    void shouldKillFfmpegWhenItRunsOutOfTime() throws Exception {
        Path longWav = Files.write(dir.resolve("long.wav"), wav(200, 44100, 0.3));
        Ffmpeg impatient = new Ffmpeg("ffmpeg", Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.run("wav", longWav, "error", dir, List.of("-af", "loudnorm", "-f", "null",
                "-"))).isInstanceOf(ProcessingException.class)
                .hasMessage("ffmpeg could not process the file within 0.3 s");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(ProcessHandle.current().descendants()
                .filter(child -> child.info().command().orElse("").endsWith("ffmpeg"))
                .filter(ProcessHandle::isAlive)).as("no ffmpeg left running").isEmpty();
    }

    @Test
    void shouldFailAudioThatDecodesLongerThanFiveMinutes() throws Exception {
        Path sixMinutes = Files.write(dir.resolve("long.wav"), wav(360, 8000, 0.3));

        assertThatThrownBy(() -> processor.process(AcceptedFormat.WAV, sixMinutes, dir))
                .isInstanceOf(ProcessingException.class)
                .hasMessageContaining("more than 300 s when decoded");
    }

    @Test
    void shouldNeverFollowAnHlsPlaylistNamedMp3() throws Exception {
        Path target = Files.write(dir.resolve("target.wav"), wav(2, 8000, 0.3));
        Path playlist = Files.writeString(dir.resolve("song.mp3"), "#EXTM3U\n#EXT-X-TARGETDURATION:10\n"
                + "#EXTINF:2,\nfile:" + target.toAbsolutePath() + "\n#EXT-X-ENDLIST\n");
        Files.write(dir.resolve("concat.mp3"), ("ffconcat version 1.0\nfile '" + target.toAbsolutePath() + "'\n")
                .getBytes());

        assertThatThrownBy(() -> processor.process(AcceptedFormat.MP3, playlist, dir))
                .isInstanceOf(ProcessingException.class);
        assertThatThrownBy(() -> processor.process(AcceptedFormat.MP3, dir.resolve("concat.mp3"), dir))
                .isInstanceOf(ProcessingException.class);
        assertThat(dir.resolve("audio.mp3")).doesNotExist();
    }

    @Test
    void shouldFailAFileWithoutAnAudioStream() {
        Path png = dir.resolve("picture.mp3");

        assertThatThrownBy(() -> processor.process(AcceptedFormat.MP3,
                Files.write(png, TestMedia.png(5)), dir))
                .isInstanceOf(ProcessingException.class)
                .hasMessageContaining("no audio stream");
    }
}
