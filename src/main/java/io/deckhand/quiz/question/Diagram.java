package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartParser;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Mermaid flowchart on a card's back, and its nodes worth naming. */
record Diagram(String source, Flowchart chart) {
    static final String HIDDEN = "?";
    private static final int MAX_LABEL_CHARS = 40;
    private static final FlowchartParser PARSER = new FlowchartParser();

    static Optional<Diagram> of(Card card) {
        if (!card.back().contains("mermaid")) return Optional.empty();
        String source = CardText.fence(card.back(), "mermaid");
        if (source == null || source.length() > 20_000 || !FlowchartParser.isFlowchart(source)) return Optional.empty();
        try {
            return Optional.of(new Diagram(source, PARSER.parse(source)));
        } catch (FlowchartSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String label(Flowchart.Vertex v) {
        return v.text() == null ? "" : CardText.oneLine(v.text());
    }

    /** Every node label, as written once (for distractors). */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Flowchart.Vertex v : chart.vertices().values()) {
            String l = label(v);
            if (!l.isEmpty() && !l.equals(HIDDEN) && !out.contains(l)) out.add(l);
        }
        return out;
    }

    /**
     * Nodes worth naming: a label of some letters, short, and used by no other node (else the
     * answer would be ambiguous); with at least two other nodes around for context.
     */
    List<Flowchart.Vertex> askable() {
        if (chart.vertices().size() < 3) return List.of();
        Map<String, Integer> uses = new HashMap<>();
        for (Flowchart.Vertex v : chart.vertices().values()) uses.merge(CardText.normalise(label(v)), 1, Integer::sum);
        List<Flowchart.Vertex> out = new ArrayList<>();
        for (Flowchart.Vertex v : chart.vertices().values()) {
            String l = label(v);
            if (l.length() >= 2 && l.length() <= MAX_LABEL_CHARS && l.chars().anyMatch(Character::isLetter)
                    && !l.equals(HIDDEN) && uses.get(CardText.normalise(l)) == 1) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The source with the label of {@code vertex} replaced by {@code ?}, checked by parsing it
     * again: that node reads {@code ?} and every other node is as before. Empty when the label
     * cannot be found in the source where the node is declared.
     */
    Optional<String> hide(Flowchart.Vertex vertex) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(vertex.id()) + "\\s*[\\[({>]").matcher(source);
        while (m.find()) {
            int at = source.indexOf(vertex.text(), m.end() - 1);
            if (at < 0 || at - m.end() > 3) continue;
            String hidden = source.substring(0, at) + " " + HIDDEN + " " + source.substring(at + vertex.text().length());
            if (hidesOnly(hidden, vertex.id())) return Optional.of(hidden);
        }
        return Optional.empty();
    }

    private boolean hidesOnly(String hidden, String id) {
        Flowchart again;
        try {
            again = PARSER.parse(hidden);
        } catch (FlowchartSyntaxException | RuntimeException e) {
            return false;
        }
        if (!again.vertices().keySet().equals(chart.vertices().keySet())) return false;
        for (Flowchart.Vertex v : chart.vertices().values()) {
            String now = label(again.vertices().get(v.id()));
            if (v.id().equals(id) ? !now.equals(HIDDEN) : !now.equals(label(v))) return false;
        }
        return true;
    }
}
