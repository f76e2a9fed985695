package app.memoryvault.media.processing;

import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RGB matrix/TRC ICC profiles built from their published primaries (D50-adapted colorants, as in the profiles
 * Adobe and Apple ship), and the colour arithmetic that converts through them to sRGB independently of any colour
 * management module, so tests can say what colour a correct conversion gives.
 */
final class IccProfiles {

    /** Adobe RGB (1998): pure gamma 563/256. */
    static final IccProfiles ADOBE_RGB = new IccProfiles("Adobe RGB (1998)", new double[][] {
        {0.60974, 0.31111, 0.01947}, {0.20528, 0.62567, 0.06087}, {0.14919, 0.06322, 0.74457}}, false);

    /** Display P3: the sRGB transfer curve on wider primaries. */
    static final IccProfiles DISPLAY_P3 = new IccProfiles("Display P3", new double[][] {
        {0.51512, 0.24120, -0.00105}, {0.29198, 0.69225, 0.04189}, {0.15710, 0.06657, 0.78407}}, true);

    /** sRGB's D50-adapted colorants (IEC 61966-2-1 as in the ICC's sRGB profile). */
    private static final double[][] SRGB = {
        {0.43607, 0.22249, 0.01392}, {0.38515, 0.71687, 0.09708}, {0.14307, 0.06061, 0.71410}};
    private static final double ADOBE_GAMMA = 563 / 256.0;

    private final String name;
    private final double[][] colorants;
    private final boolean srgbCurve;

    private IccProfiles(String name, double[][] colorants, boolean srgbCurve) {
        this.name = name;
        this.colorants = colorants;
        this.srgbCurve = srgbCurve;
    }

    /** The profile's bytes, an ICC v2 display profile. */
    byte[] bytes() {
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("desc", description(name));
        tags.put("cprt", text("No copyright, generated for tests"));
        tags.put("wtpt", xyz(0.9642, 1.0, 0.8249));
        tags.put("rXYZ", xyz(colorants[0]));
        tags.put("gXYZ", xyz(colorants[1]));
        tags.put("bXYZ", xyz(colorants[2]));
        byte[] curve = srgbCurve ? srgbParametricCurve() : gammaCurve();
        tags.put("rTRC", curve);
        tags.put("gTRC", curve);
        tags.put("bTRC", curve);
        int offset = 128 + 4 + 12 * tags.size();
        int size = offset;
        for (byte[] tag : tags.values()) {
            size += padded(tag.length);
        }
        ByteBuffer icc = ByteBuffer.allocate(size);
        icc.putInt(size).putInt(0).putInt(0x02100000);
        icc.put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "));
        icc.putShort((short) 2024).putShort((short) 1).putShort((short) 1).putInt(0).putShort((short) 0);
        icc.put(ascii("acsp"));
        icc.position(68);
        icc.putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        icc.position(128);
        icc.putInt(tags.size());
        int at = offset;
        for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
            icc.put(ascii(tag.getKey())).putInt(at).putInt(tag.getValue().length);
            at += padded(tag.getValue().length);
        }
        for (byte[] tag : tags.values()) {
            icc.put(tag);
            icc.position(icc.position() + padded(tag.length) - tag.length);
        }
        return icc.array();
    }

    ICC_Profile profile() {
        return ICC_Profile.getInstance(bytes());
    }

    /** The sRGB colour (0xRRGGBB) of the 8-bit colour {@code rgb} in this profile, computed from the definitions. */
    int toSrgb(int rgb) {
        double[] linear = new double[3];
        for (int channel = 0; channel < 3; channel++) {
            linear[channel] = decode((rgb >> (16 - 8 * channel) & 0xff) / 255.0);
        }
        double[] xyz = new double[3];
        for (int i = 0; i < 3; i++) {
            xyz[i] = colorants[0][i] * linear[0] + colorants[1][i] * linear[1] + colorants[2][i] * linear[2];
        }
        double[] srgbLinear = solve(SRGB, xyz);
        int result = 0;
        for (double value : srgbLinear) {
            double clipped = Math.max(0, Math.min(1, value));
            double encoded = clipped <= 0.0031308 ? 12.92 * clipped : 1.055 * Math.pow(clipped, 1 / 2.4) - 0.055;
            result = result << 8 | (int) Math.round(encoded * 255);
        }
        return result;
    }

    private double decode(double value) {
        if (!srgbCurve) {
            return Math.pow(value, ADOBE_GAMMA);
        }
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    /** Solves {@code columns · x = b} for a 3×3 matrix given by its columns (Cramer's rule). */
    private static double[] solve(double[][] columns, double[] b) {
        double det = det(columns[0], columns[1], columns[2]);
        return new double[] {det(b, columns[1], columns[2]) / det, det(columns[0], b, columns[2]) / det,
            det(columns[0], columns[1], b) / det};
    }

    private static double det(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - b[0] * (a[1] * c[2] - a[2] * c[1])
                + c[0] * (a[1] * b[2] - a[2] * b[1]);
    }

    private static byte[] description(String text) {
        byte[] ascii = ascii(text);
        ByteBuffer tag = ByteBuffer.allocate(12 + ascii.length + 1 + 4 + 4 + 2 + 1 + 67);
        tag.put(ascii("desc")).putInt(0).putInt(ascii.length + 1).put(ascii).put((byte) 0);
        return tag.array();
    }

    private static byte[] text(String text) {
        byte[] ascii = ascii(text);
        return ByteBuffer.allocate(8 + ascii.length + 1).put(ascii("text")).putInt(0).put(ascii).array();
    }

    private static byte[] xyz(double... values) {
        ByteBuffer tag = ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0);
        for (double value : values) {
            tag.putInt(s15(value));
        }
        return tag.array();
    }

    private static byte[] gammaCurve() {
        return ByteBuffer.allocate(14).put(ascii("curv")).putInt(0).putInt(1).putShort((short) 563).array();
    }

    private static byte[] srgbParametricCurve() {
        ByteBuffer tag = ByteBuffer.allocate(32).put(ascii("para")).putInt(0).putShort((short) 3).putShort((short) 0);
        for (double value : new double[] {2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045}) {
            tag.putInt(s15(value));
        }
        return tag.array();
    }

    private static int s15(double value) {
        return (int) Math.round(value * 65536);
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
