package app.memoryvault.media.serving;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** A safe {@code Content-Disposition} for a variant: inline, with a file name made of our own id and variant only. */
final class ContentDisposition {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", ".jpg",
            "image/png", ".png",
            "image/webp", ".webp",
            "image/gif", ".gif",
            "audio/mpeg", ".mp3");

    private ContentDisposition() {
    }

    /** {@code inline; filename="<id>-<variant>.<ext>"}; the variant is one of our names, the extension from the type. */
    static String inline(UUID id, String variant, String contentType) {
        String safeVariant = UNSAFE.matcher(variant).replaceAll("");
        String extension = contentType == null ? "" : EXTENSIONS.getOrDefault(contentType, "");
        return "inline; filename=\"" + id + "-" + safeVariant + extension + "\"";
    }
}
