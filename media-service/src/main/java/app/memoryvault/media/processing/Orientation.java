package app.memoryvault.media.processing;

import java.awt.image.BufferedImage;

/**
 * EXIF orientation (1–8) and how to make an image upright. TwelveMonkeys reports it in the standard metadata tree as
 * {@code ImageOrientation}, whose names do not read like the EXIF numbers: 6 is {@code Rotate270}, 8 is
 * {@code Rotate90}.
 */
public enum Orientation {
    NORMAL("Normal"), FLIP_H("FlipH"), ROTATE_180("Rotate180"), FLIP_V("FlipV"),
    TRANSPOSE("FlipVRotate90"), ROTATE_CW("Rotate270"), TRANSVERSE("FlipHRotate90"), ROTATE_CCW("Rotate90");

    private final String metadataName;

    Orientation(String metadataName) {
        this.metadataName = metadataName;
    }

    /** The orientation named {@code ImageOrientation} in the standard metadata tree; normal for anything else. */
    public static Orientation ofMetadataName(String name) {
        for (Orientation orientation : values()) {
            if (orientation.metadataName.equals(name)) {
                return orientation;
            }
        }
        return NORMAL;
    }

    /** The orientation of EXIF value {@code exif}; normal for anything outside 1–8. */
    public static Orientation ofExif(int exif) {
        return exif >= 1 && exif <= values().length ? values()[exif - 1] : NORMAL;
    }

    /** The EXIF value, 1–8. */
    public int exif() {
        return ordinal() + 1;
    }

    /** Whether width and height swap. */
    public boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The upright image of {@code stored} (an INT_RGB or INT_ARGB image); the same image when normal. */
    public BufferedImage upright(BufferedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        int[] in = stored.getRGB(0, 0, w, h, null, 0, w);
        int outW = swapsSides() ? h : w;
        int outH = swapsSides() ? w : h;
        int[] out = new int[in.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                out[y * outW + x] = in[source(x, y, w, h)];
            }
        }
        BufferedImage result = new BufferedImage(outW, outH, stored.getType());
        result.setRGB(0, 0, outW, outH, out, 0, outW);
        return result;
    }

    /** Index in the stored pixels of upright pixel (x, y). */
    private int source(int x, int y, int w, int h) {
        return switch (this) {
            case NORMAL -> y * w + x;
            case FLIP_H -> y * w + (w - 1 - x);
            case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
            case FLIP_V -> (h - 1 - y) * w + x;
            case TRANSPOSE -> x * w + y;
            case ROTATE_CW -> (h - 1 - x) * w + y;
            case TRANSVERSE -> (h - 1 - x) * w + (w - 1 - y);
            case ROTATE_CCW -> x * w + (w - 1 - y);
        };
    }
}
