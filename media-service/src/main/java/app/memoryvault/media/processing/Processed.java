package app.memoryvault.media.processing;

import java.util.List;

/** What processing a file gave: its variants and the dimensions or duration of the result. */
public record Processed(List<Variant> variants, Integer width, Integer height, Long durationMs) {

    public static Processed image(List<Variant> variants, int width, int height) {
        return new Processed(variants, width, height, null);
    }

    public static Processed audio(Variant variant, long durationMs) {
        return new Processed(List.of(variant), null, null, durationMs);
    }
}
