package io.deckhand.ui.shell;

import java.util.Locale;
import java.util.Optional;

/** Window position and size as stored in the settings ("x,y,width,height,maximized"). */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final String SETTING_KEY = "ui.window";
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;

    public WindowGeometry {
        if (!(width > 0) || !(height > 0)) throw new IllegalArgumentException("window size must be positive");
    }

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Reads a stored value; anything damaged is ignored (the window then opens at its default size). */
    public static Optional<WindowGeometry> parse(String stored) {
        if (stored == null) return Optional.empty();
        String[] p = stored.split(",");
        if (p.length != 5) return Optional.empty();
        try {
            double w = Double.parseDouble(p[2].strip());
            double h = Double.parseDouble(p[3].strip());
            double x = Double.parseDouble(p[0].strip());
            double y = Double.parseDouble(p[1].strip());
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)) return Optional.empty();
            if (w < MIN_WIDTH || h < MIN_HEIGHT) return Optional.empty();
            return Optional.of(new WindowGeometry(x, y, w, h, Boolean.parseBoolean(p[4].strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the window on a screen of the given bounds (a monitor may have been unplugged since):
     * shrinks it to fit and moves it so its title bar is reachable.
     */
    public WindowGeometry fitInto(double minX, double minY, double maxWidth, double maxHeight) {
        double w = Math.min(width, maxWidth);
        double h = Math.min(height, maxHeight);
        double nx = Math.max(minX, Math.min(x, minX + maxWidth - w));
        double ny = Math.max(minY, Math.min(y, minY + maxHeight - h));
        return new WindowGeometry(nx, ny, w, h, maximized);
    }
}
