package io.deckhand.app.exchange;

import io.deckhand.exchange.MediaFile;
import io.deckhand.render.diagram.DiagramBlockRenderer;
import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartParser;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.FencedBlockRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Card code blocks for an Anki package: Mermaid flowcharts become standalone SVG files (light
 * theme, own stylesheet, so they look the same without Deckhand's page) written into
 * {@code folder} and referenced as {@code <img src="deckhand-diagram-<hash>.svg">}; the hash is
 * of the SVG, so one drawing used by several cards is one file. Everything else (and a flowchart
 * that cannot be drawn, which shows its error) renders as in the card view. One per export; not
 * thread-safe.
 */
final class DiagramMediaRenderer implements FencedBlockRenderer {
    static final String PREFIX = "deckhand-diagram-";

    private final CardBlockRenderer blocks = new CardBlockRenderer();
    private final DiagramRenderer diagrams = new DiagramRenderer();
    private final Path folder;
    /** Diagram source to its HTML: a diagram used twice is drawn once. */
    private final Map<String, String> bySource = new HashMap<>();
    private final Map<String, MediaFile> byName = new HashMap<>();

    DiagramMediaRenderer(Path folder) {
        this.folder = folder;
    }

    /**
     * What the card view says about how it read a block ("valid YAML", "re-indented", the
     * problems found, the re-indenter's guesses): the view's, not the card's, so it stays out of
     * exported fields (else it is text in Anki and doubles on every round trip).
     */
    private static final java.util.regex.Pattern VIEW_NOTES = java.util.regex.Pattern.compile(
            "(?s)<div class=\"block-status[^\"]*\">.*?</div>|<ul class=\"problems\">.*?</ul>"
                    + "|<details class=\"guesses\">.*?</details>");

    static String withoutViewNotes(String html) {
        return VIEW_NOTES.matcher(html).replaceAll("");
    }

    @Override
    public String render(String language, String code) {
        boolean mermaid = language.equals("mermaid") || language.isEmpty() && DiagramBlockRenderer.looksLikeMermaid(code);
        if (!mermaid || !FlowchartParser.isFlowchart(code)) return withoutViewNotes(blocks.render(language, code));
        String html = bySource.get(code);
        if (html == null) {
            Flowchart chart;
            String svg;
            try {
                chart = diagrams.parse(code);
                svg = diagrams.toSvg(chart, false);
            } catch (FlowchartSyntaxException | RuntimeException e) {
                return withoutViewNotes(blocks.render(language, code)); // the source, as the card view shows it
            }
            html = "<figure class=\"diagram\"><img src=\"" + write(svg).name() + "\" alt=\"flowchart\"></figure>";
            bySource.put(code, html);
        }
        return html;
    }

    /** The diagram files written so far, by name. */
    Map<String, MediaFile> files() {
        return byName;
    }

    private MediaFile write(String svg) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        String name = PREFIX + hash(bytes) + ".svg";
        MediaFile known = byName.get(name);
        if (known != null) return known;
        Path target = folder.resolve(name);
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaFile file = new MediaFile(name, target);
        byName.put(name, file);
        return file;
    }

    private static String hash(byte[] bytes) {
        try {
            // 16 hex digits: distinct drawings in one collection do not collide in practice
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
