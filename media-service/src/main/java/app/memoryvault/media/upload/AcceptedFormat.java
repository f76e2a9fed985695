package app.memoryvault.media.upload;

import app.memoryvault.events.MediaKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The formats uploads accept: the type stored for each, the types Tika may detect for it, and for audio the
 * ffmpeg demuxer forced when probing and the codecs allowed inside.
 */
public enum AcceptedFormat {
    JPEG(MediaKind.IMAGE, "image/jpeg", Set.of("image/jpeg"), "jpeg", Set.of()),
    PNG(MediaKind.IMAGE, "image/png", Set.of("image/png"), "png", Set.of()),
    WEBP(MediaKind.IMAGE, "image/webp", Set.of("image/webp"), "webp", Set.of()),
    GIF(MediaKind.IMAGE, "image/gif", Set.of("image/gif"), "gif", Set.of()),
    MP3(MediaKind.AUDIO, "audio/mpeg", Set.of("audio/mpeg"), "mp3", Set.of("mp3")),
    WAV(MediaKind.AUDIO, "audio/wav", Set.of("audio/vnd.wave", "audio/wav", "audio/x-wav"), "wav",
            Set.of("pcm_u8", "pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_f32le")),
    OGG(MediaKind.AUDIO, "audio/ogg", Set.of("audio/vorbis", "audio/opus", "audio/ogg", "application/ogg"), "ogg",
            Set.of("vorbis", "opus")),
    M4A(MediaKind.AUDIO, "audio/mp4", Set.of("audio/mp4", "audio/x-m4a"), "mov", Set.of("aac"));

    private final MediaKind kind;
    private final String mimeType;
    private final Set<String> detectedAs;
    private final String formatName;
    private final Set<String> codecs;

    AcceptedFormat(MediaKind kind, String mimeType, Set<String> detectedAs, String formatName, Set<String> codecs) {
        this.kind = kind;
        this.mimeType = mimeType;
        this.detectedAs = detectedAs;
        this.formatName = formatName;
        this.codecs = codecs;
    }

    /** The accepted format of {@code kind} that Tika's {@code detected} type is, if any. */
    public static Optional<AcceptedFormat> of(MediaKind kind, String detected) {
        return Arrays.stream(values())
                .filter(format -> format.kind == kind && format.detectedAs.contains(detected))
                .findFirst();
    }

    /** The stored types of {@code kind}, for messages. */
    public static List<String> mimeTypesOf(MediaKind kind) {
        return Arrays.stream(values()).filter(format -> format.kind == kind).map(AcceptedFormat::mimeType).toList();
    }

    public MediaKind kind() {
        return kind;
    }

    /** The type stored and published for the file. */
    public String mimeType() {
        return mimeType;
    }

    /** The ImageIO format name of an image, the ffmpeg demuxer of audio. */
    public String formatName() {
        return formatName;
    }

    /** The audio codecs allowed in this container. */
    public Set<String> codecs() {
        return codecs;
    }
}
