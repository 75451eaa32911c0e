package io.deckhand.render.page;

import io.deckhand.render.diagram.DiagramTheme;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The card page colours for one theme, as CSS custom properties. Kept as data so a test can check
 * every text colour against the background it is drawn on (at least 4.5:1).
 */
public record PageTheme(String name, Map<String, String> colors) {
    public PageTheme {
        colors = Map.copyOf(colors);
    }

    public static final PageTheme LIGHT = new PageTheme("light", palette(
            "fg", "#1f2328", "bg", "#ffffff", "muted", "#59636e", "code-bg", "#f6f8fa", "border", "#d1d9e0",
            "link", "#0969da", "tk-key", "#0550ae", "tk-str", "#0a3069", "tk-num", "#953800", "tk-kw", "#cf222e",
            "tk-com", "#59636e", "tk-var", "#8250df", "tk-opt", "#0550ae", "tk-cmd", "#116329", "tk-punct", "#1f2328",
            "warn-bg", "#fff8c5", "warn-fg", "#633c01", "err-bg", "#ffebe9", "err-fg", "#82071e",
            "ok-fg", "#116329", "badge-bg", "#ddf4ff", "badge-fg", "#0a3069",
            "dg-node-bg", DiagramTheme.LIGHT.nodeBg(), "dg-node-stroke", DiagramTheme.LIGHT.nodeStroke(),
            "dg-cluster-bg", DiagramTheme.LIGHT.clusterBg(), "dg-cluster-stroke", DiagramTheme.LIGHT.clusterStroke(),
            "dg-edge", DiagramTheme.LIGHT.edge()));

    public static final PageTheme DARK = new PageTheme("dark", palette(
            "fg", "#e6edf3", "bg", "#0d1117", "muted", "#9198a1", "code-bg", "#151b23", "border", "#3d444d",
            "link", "#4493f8", "tk-key", "#79c0ff", "tk-str", "#a5d6ff", "tk-num", "#ffa657", "tk-kw", "#ff7b72",
            "tk-com", "#9198a1", "tk-var", "#d2a8ff", "tk-opt", "#79c0ff", "tk-cmd", "#7ee787", "tk-punct", "#e6edf3",
            "warn-bg", "#2e2410", "warn-fg", "#e3b341", "err-bg", "#3c1618", "err-fg", "#ffa198",
            "ok-fg", "#7ee787", "badge-bg", "#121d2f", "badge-fg", "#a5d6ff",
            "dg-node-bg", DiagramTheme.DARK.nodeBg(), "dg-node-stroke", DiagramTheme.DARK.nodeStroke(),
            "dg-cluster-bg", DiagramTheme.DARK.clusterBg(), "dg-cluster-stroke", DiagramTheme.DARK.clusterStroke(),
            "dg-edge", DiagramTheme.DARK.edge()));

    public static PageTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public String color(String key) {
        String c = colors.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no colour " + key);
        }
        return c;
    }

    /** {@code html.light { --fg:#...; ... }} */
    public String cssVariables() {
        StringBuilder b = new StringBuilder("html.").append(name).append(" {");
        new java.util.TreeMap<>(colors).forEach((k, v) -> b.append(" --").append(k).append(':').append(v).append(';'));
        return b.append(" }\n").toString();
    }

    /** WCAG 2 contrast ratio of two {@code #rrggbb} colours. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> palette(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
