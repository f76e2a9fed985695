package app.memoryvault.media.processing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales images to fit a box, aspect kept, never up, halving first for quality, into 8-bit INT_RGB or INT_ARGB. */
final class Resampler {

    private Resampler() {
    }

    /** {@code source} fitted within {@code box}×{@code box}. */
    static BufferedImage fit(BufferedImage source, int box, boolean alpha) {
        return fit(source, source, box, alpha);
    }

    /**
     * {@code original} fitted within {@code box}×{@code box}, resampled from {@code start}: a smaller rendition of
     * {@code original} at least that size (a larger thumbnail), which costs less to scale down; the size is the one
     * {@code original} fits to.
     */
    static BufferedImage fit(BufferedImage start, BufferedImage original, int box, boolean alpha) {
        int w = original.getWidth();
        int h = original.getHeight();
        double scale = Math.min(1.0, Math.min((double) box / w, (double) box / h));
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = start;
        boolean converted = false;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
            converted = true;
        }
        if (!converted || current.getWidth() != targetW || current.getHeight() != targetH) {
            current = draw(current, targetW, targetH, alpha);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int w, int h, boolean alpha) {
        BufferedImage target = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
