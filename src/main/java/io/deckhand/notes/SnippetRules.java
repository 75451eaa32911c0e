package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML manifests ("Write the Deployment manifest ...", the manifest as answer) and Mermaid diagrams
 * (one node label hidden). Snippets stay in ```yaml / ```mermaid fences so the card renderer draws them.
 */
final class SnippetRules {
    private static final Pattern NODE = Pattern.compile(
            "\\b([A-Za-z][\\w-]*)(\\(\\[|\\(\\(|\\[\\[|\\[\\(|\\[/|\\(|\\[|\\{\\{|\\{|>)([^()\\[\\]{}|]+?)(\\]\\)|\\)\\)|\\]\\]|\\)\\]|/\\]|\\)|\\]|\\}\\}|\\})");
    private static final int MIN_YAML_LINES = 3;

    private SnippetRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k) || !(cx.at(k) instanceof Block.Code c)) continue;
            if (c.lang().equals("yaml") || c.lang().equals("yml")) manifest(cx, k, c);
            else if (c.lang().equals("mermaid")) diagram(cx, k, c);
        }
    }

    private static final Pattern LEAD_IN_WORDS = Pattern.compile(
            "(?i).*\\b(example|examples|manifest|yaml|yml|following|below|like this|e\\.g|sample|config|declaration"
                    + "|diagram|format|template|definition|spec)\\b.*");
    private static final Pattern NEEDS_TOPIC = Pattern.compile("(?i)^(it|this|these|they|that|appears|appear|use it"
            + "|used|same|here)\\b.*");

    /**
     * The line that introduces a snippet ("Example ingress config", "Structure of the config file -"),
     * or null. A sentence that ends with a full stop is the previous point, not a lead-in, unless it
     * names the snippet; a definition line keeps its own card. A lead-in that leans on its heading
     * ("It appears under the metadata field") gets the heading in front.
     */
    private static String intro(RuleContext cx, int k) {
        if (!(cx.at(k - 1) instanceof Block.Prose p) || !cx.free(k - 1) || p.text().startsWith("http")
                || p.text().length() > 200 || p.text().startsWith("![[")) {
            return null;
        }
        String text = p.text().strip();
        boolean sentence = text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
        if (sentence && !LEAD_IN_WORDS.matcher(text).matches() || text.endsWith("?")) return null;
        if (FactRules.definition(text) != null) return null;
        cx.claim(k - 1);
        String intro = Inline.withoutLeadIn(Inline.withoutUrls(Inline.readable(text)));
        if (intro.isEmpty()) return null;
        List<String> path = cx.path(k);
        if (NEEDS_TOPIC.matcher(intro).matches() && !path.isEmpty()) {
            intro = path.get(path.size() - 1) + " (" + lowerFirst(intro) + ")";
        }
        return intro;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * A manifest card: the YAML as repaired at extraction (flattened notes lose its nesting), under a
     * front that states what the manifest sets ({@link ManifestFront}); the lead-in line is used up.
     * Only a whole manifest to write is one: a block that does not parse even repaired, an excerpt,
     * prose read as YAML, an outline with its apiVersion blank, a workload without a container or a manifest that only names its object is no card ({@link ManifestShape}).
     * The fields a dry run leaves empty for the server are no part of what the user writes.
     */
    private static void manifest(RuleContext cx, int k, Block.Code c) {
        ManifestRepair.Repaired repaired = ManifestRepair.repair(c.text());
        String yaml = repaired.yaml();
        // A manifest whose nesting was lost and could not be restored would teach the wrong nesting.
        if (repaired.lost() || yaml.split("\n").length < MIN_YAML_LINES) return;
        ParsedYaml parsed = ParsedYaml.of(yaml);
        if (parsed.error != null || ManifestShape.elided(yaml) || ManifestShape.hasProseKey(parsed.documents)
                || ManifestShape.identityOnly(parsed.documents) || ManifestShape.blankIdentity(parsed.documents) || ManifestFront.withoutContainers(parsed.documents)) {
            return;
        }
        yaml = ManifestShape.withoutEmptyServerFields(yaml);
        String front = ManifestFront.of(yaml);
        if (front == null) return;
        if (cx.free(k - 1) && cx.at(k - 1) instanceof Block.Prose p && TaskRules.isGivenState(p.text(), cx.path(k))) {
            // What the exercise starts from ("already exists in the cluster") is its scenario, not a manifest to write.
            cx.claim(k - 1);
            cx.claim(k);
            return;
        }
        intro(cx, k);
        cx.claim(k);
        cx.card(CardKind.MANIFEST, front, Markdown.fence("yaml", yaml), k, k, cx.path(k));
    }

    private record Node(String id, String label, int start, int end) {
    }

    private static void diagram(RuleContext cx, int k, Block.Code c) {
        String restored = DiagramRepair.restore(c.text().strip());
        String src = restored != null ? restored : c.text().strip();
        String note = restored != null ? "\n\n> Line breaks restored from the flattened note." : "";
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> labelCount = new HashMap<>();
        Matcher m = NODE.matcher(src);
        while (m.find()) {
            String label = m.group(3).strip();
            if (label.isEmpty() || m.group(1).equals("subgraph")) continue;
            nodes.add(new Node(m.group(1), label, m.start(3), m.end(3)));
            labelCount.merge(label.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<Node> hideable = new ArrayList<>();
        for (int maxLen : new int[] {30, 60}) {
            for (Node n : nodes) {
                if (labelCount.get(n.label().toLowerCase(Locale.ROOT)) == 1 && n.label().length() >= 2
                        && n.label().length() <= maxLen && n.label().chars().anyMatch(Character::isLetter)) {
                    hideable.add(n);
                }
            }
            if (!hideable.isEmpty()) break;
        }
        if (nodes.size() < 3 || hideable.isEmpty()) return;
        Node hidden = hideable.get(hideable.size() / 2);
        String masked = src.substring(0, hidden.start()) + " ? " + src.substring(hidden.end());
        String intro = intro(cx, k);
        List<String> path = cx.path(k);
        String about = intro != null ? intro : path.isEmpty() ? "this diagram" : path.get(path.size() - 1);
        String front = "Which label is hidden behind **?** — " + about + "\n\n" + Markdown.fence("mermaid", masked);
        String back = "**" + hidden.label().replace("\n", " ") + "**\n\n" + Markdown.fence("mermaid", src) + note;
        cx.claim(k);
        cx.card(CardKind.DIAGRAM, front, back, k, k, path);
    }
}
