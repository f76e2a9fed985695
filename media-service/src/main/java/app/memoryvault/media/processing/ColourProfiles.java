package app.memoryvault.media.processing;

import java.awt.Transparency;
import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Converts pixels decoded in an embedded RGB colour profile (Adobe RGB, Display P3…) to sRGB, the space our
 * variants are written in without a profile. The JPEG reader converts by itself; PNG and WebP readers do not.
 */
final class ColourProfiles {

    /** Larger inflated profiles are not believed (real ones are a few kilobytes, rarely a megabyte). */
    private static final int MAX_PROFILE_BYTES = 4 * 1024 * 1024;

    private ColourProfiles() {
    }

    /** The profile of raw ICC bytes, when they are a usable RGB profile; null otherwise (ignored, as browsers do). */
    static ICC_Profile rgbProfile(byte[] icc) {
        if (icc == null) {
            return null;
        }
        try {
            ICC_Profile profile = ICC_Profile.getInstance(icc);
            return profile.getColorSpaceType() == ColorSpace.TYPE_RGB ? profile : null;
        } catch (IllegalArgumentException | CMMException e) {
            return null;
        }
    }

    /** The profile of a PNG {@code iCCP} chunk's zlib-compressed data; null when it cannot be inflated. */
    static ICC_Profile rgbProfileOfCompressed(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream icc = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                icc.write(buffer, 0, n);
                if (icc.size() > MAX_PROFILE_BYTES) {
                    return null;
                }
            }
            return rgbProfile(icc.toByteArray());
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * {@code image} (INT_RGB or INT_ARGB, its values in {@code profile}'s space) converted to sRGB, alpha kept; the
     * same image when there is no profile.
     */
    static BufferedImage toSrgb(BufferedImage image, ICC_Profile profile) {
        if (profile == null) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        BufferedImage tagged = byteImage(new ICC_ColorSpace(profile), rgb, w, h);
        byte[] converted = new byte[rgb.length];
        BufferedImage srgb = byteImage(ColorSpace.getInstance(ColorSpace.CS_sRGB), converted, w, h);
        try {
            new ColorConvertOp(null).filter(tagged, srgb);
        } catch (CMMException | IllegalArgumentException e) {
            return image;
        }
        for (int i = 0; i < argb.length; i++) {
            argb[i] = argb[i] & 0xff000000 | (converted[3 * i] & 0xff) << 16 | (converted[3 * i + 1] & 0xff) << 8
                    | converted[3 * i + 2] & 0xff;
        }
        BufferedImage result = new BufferedImage(w, h, image.getType());
        result.setRGB(0, 0, w, h, argb, 0, w);
        return result;
    }

    private static BufferedImage byteImage(ColorSpace space, byte[] rgb, int w, int h) {
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(rgb, rgb.length), w, h, 3 * w, 3,
                new int[] {0, 1, 2}, null);
        ComponentColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, raster, false, null);
    }
}
