package io.deckhand.render.diagram;

/** Diagram colours for one theme; inline SVG uses CSS classes, exported SVG embeds these values. */
public record DiagramTheme(String bg, String fg, String nodeBg, String nodeStroke, String clusterBg, String clusterStroke,
                           String edge) {
    public static final DiagramTheme LIGHT =
            new DiagramTheme("#ffffff", "#1f2328", "#eef3fc", "#4c6fae", "#f6f8fa", "#8c959f", "#57606a");
    public static final DiagramTheme DARK =
            new DiagramTheme("#0d1117", "#e6edf3", "#1b2638", "#6e9be8", "#161b22", "#6e7681", "#9198a1");

    public static DiagramTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The stylesheet for the {@code dg-*} classes, embedded in standalone SVG. */
    String css() {
        return ".dg-fill{fill:" + nodeBg + "}.dg-stroke{stroke:" + nodeStroke + "}.dg-label{fill:" + fg + "}"
                + ".dg-cluster-fill{fill:" + clusterBg + "}.dg-cluster-stroke{stroke:" + clusterStroke + "}"
                + ".dg-cluster-label{fill:" + fg + "}.dg-edge{stroke:" + edge + "}.dg-line{fill:none}"
                + ".dg-arrow{fill:" + edge + ";stroke:" + edge + "}.dg-edge-label-bg{fill:" + bg + ";opacity:0.9}"
                + ".dg-edge-label{fill:" + fg + "}";
    }
}
