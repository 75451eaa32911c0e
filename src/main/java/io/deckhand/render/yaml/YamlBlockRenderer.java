package io.deckhand.render.yaml;

import io.deckhand.render.highlight.CodeHighlighter;
import java.util.regex.Pattern;

/** A YAML block in a card: validated, checked against the Kubernetes structure, re-indented if flattened. */
public final class YamlBlockRenderer {
    private static final Pattern MANIFEST = Pattern.compile("(?s)\\s*(#[^\\n]*\\n\\s*)*(apiVersion|kind):.*");
    private final CodeHighlighter highlighter;

    public YamlBlockRenderer(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    public static boolean looksLikeManifest(String code) {
        return MANIFEST.matcher(code).matches();
    }

    public String render(String code) {
        return highlighter.toHtml("yaml", code);
    }
}
