package io.deckhand.render.markdown;

import io.deckhand.render.diagram.DiagramBlockRenderer;
import io.deckhand.render.highlight.CodeHighlighter;
import io.deckhand.render.yaml.YamlBlockRenderer;
import java.util.Locale;

/**
 * The card's code blocks: {@code mermaid} to a diagram, {@code yaml} (and unlabelled blocks that
 * look like Kubernetes manifests) to checked, possibly re-indented YAML, everything else highlighted.
 */
public final class CardBlockRenderer implements FencedBlockRenderer {
    private final CodeHighlighter highlighter = new CodeHighlighter();
    private final YamlBlockRenderer yaml = new YamlBlockRenderer(highlighter);
    private final DiagramBlockRenderer diagrams = new DiagramBlockRenderer();

    @Override
    public String render(String language, String code) {
        String lang = language.toLowerCase(Locale.ROOT);
        if (lang.equals("mermaid") || lang.isEmpty() && DiagramBlockRenderer.looksLikeMermaid(code)) {
            return diagrams.render(code);
        }
        String canonical = CodeHighlighter.normalise(lang);
        if (canonical.equals("yaml") || lang.isEmpty() && YamlBlockRenderer.looksLikeManifest(code)) {
            return yaml.render(code);
        }
        return highlighter.toHtml(lang, code);
    }
}
