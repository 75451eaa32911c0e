package io.deckhand.render.diagram;

import io.deckhand.render.html.Html;
import java.util.regex.Pattern;

/** A Mermaid block in a card: flowcharts drawn as inline SVG, other types left for Mermaid JS. */
public final class DiagramBlockRenderer {
    private static final Pattern MERMAID_START = Pattern.compile(
            "(?s)\\s*(%%[^\\n]*\\n\\s*)*(graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|gantt|pie|mindmap|journey|gitGraph|timeline)\\b.*");

    public static boolean looksLikeMermaid(String code) {
        return MERMAID_START.matcher(code).matches();
    }

    public String render(String source) {
        return "<div class=\"mermaid\">" + Html.escape(source) + "</div>";
    }
}
