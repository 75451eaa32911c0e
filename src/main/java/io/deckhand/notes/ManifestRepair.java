package io.deckhand.notes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deckhand.render.yaml.ManifestReindenter;
import io.deckhand.render.yaml.ReindentResult;
import io.deckhand.render.yaml.YamlValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A manifest from a note whose layout was lost, repaired once at extraction so cards store valid YAML:
 * a manifest run together on one line is cut before each key, then the card view's
 * {@link ManifestReindenter} restores the nesting from the Kubernetes structure. Text that does not come out as valid YAML is kept as written.
 */
final class ManifestRepair {
    private static final ManifestReindenter REINDENTER = new ManifestReindenter();
    static final ObjectMapper YAML;
    private static final Pattern KEY_TOKEN = Pattern.compile("[\\w.\\-/\"']+:");
    private static final Pattern DOCUMENT_START = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern TOP_KIND = Pattern.compile("(?m)^kind:");

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlValidator.MAX_CHARS * 2);
        options.setNestingDepthLimit(YamlValidator.MAX_DEPTH);
        options.setMaxAliasesForCollections(YamlValidator.MAX_ALIASES);
        YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    private ManifestRepair() {
    }

    /**
     * The YAML to store and the guesses the repair made (none when nothing needed restoring). The
     * guesses are not stored with the card: the stored YAML is checked to parse, and the card view
     * shows how a manifest was checked (its N key); words about the repair on the card were read as
     * part of the answer.
     */
    record Repaired(String yaml, List<String> guesses, boolean lost) {
        Repaired {
            guesses = List.copyOf(guesses);
        }

        Repaired(String yaml, List<String> guesses) {
            this(yaml, guesses, false);
        }
    }

    static Repaired repair(String yaml) {
        String text = yaml.strip();
        if (text.isEmpty() || text.length() > YamlValidator.MAX_CHARS) return new Repaired(text, List.of());
        String split = splitRunTogether(text);
        if (split.equals(text) && !ManifestReindenter.looksFlattened(text)) return new Repaired(text, List.of());
        ReindentResult r = REINDENTER.reindent(split);
        String repaired = r.yaml().strip();
        // The layout was lost and not restored: the text as written, marked so no card carries its nesting.
        if (!parses(repaired) || holdsFlattenedText(repaired)) return new Repaired(text, List.of(), true);
        return new Repaired(repaired, r.guesses());
    }

    /**
     * Whether a block scalar of the repaired manifest holds YAML that lost its own nesting ("config.yaml: |"
     * over "server:" / "port: 80"): the Kubernetes structure says nothing of an embedded file's fields, so
     * its nesting cannot be restored with confidence.
     */
    private static boolean holdsFlattenedText(String yaml) {
        ParsedYaml read = ParsedYaml.of(yaml);
        if (read.error != null) return false;
        for (com.fasterxml.jackson.databind.JsonNode doc : read.documents) if (flattenedText(doc)) return true;
        return false;
    }

    private static boolean flattenedText(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null) return false;
        if (node.isTextual()) return node.asText().contains("\n") && ManifestReindenter.looksFlattened(node.asText());
        for (com.fasterxml.jackson.databind.JsonNode child : node) if (flattenedText(child)) return true;
        return false;
    }

    /** Whether the text holds more than one manifest ("---" between them, or kind given twice). */
    static boolean isMultiDocument(String yaml) {
        String t = yaml.strip();
        if (DOCUMENT_START.matcher(t).find(1)) return true;
        var m = TOP_KIND.matcher(t);
        return m.find() && m.find();
    }

    /**
     * Why the text is not valid YAML, in a few words with the line ("line 4: mapping values are not
     * allowed here"), or null when every document parses.
     */
    static String problem(String yaml) {
        if (yaml.length() > YamlValidator.MAX_CHARS) return null;
        // The gate reads a card's fenced YAML with the line break that closes it; a line break after
        // a stream that parses ends its last line and breaks nothing, so the rule's reading answers.
        if (yaml.endsWith("\n")) {
            ParsedYaml read = ParsedYaml.recent(yaml.substring(0, yaml.length() - 1));
            if (read != null && read.error == null) return null;
        }
        Exception e = ParsedYaml.of(yaml).error;
        if (e == null) return null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                var mark = m.getProblemMark();
                return (mark != null ? "line " + (mark.getLine() + 1) + ": " : "") + m.getProblem();
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return message.isBlank() ? "it does not parse" : message.strip();
    }

    /** Whether every document of the text is valid YAML. */
    static boolean parses(String yaml) {
        return ParsedYaml.of(yaml).error == null;
    }

    /**
     * Lines holding several keys ("apiVersion: v1 kind: Pod metadata: name: web") cut before each
     * key and list dash, outside quotes and brackets; a key right after a dash stays with it. Only
     * lines with three keys or more (two in a one-line text) are cut: in real YAML a value with ": "
     * in it is rare, a run of keys never.
     */
    static String splitRunTogether(String text) {
        String[] lines = text.split("\n", -1);
        boolean oneLine = lines.length <= 2;
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String line : lines) {
            List<Integer> cuts = cuts(line);
            if (cuts.size() + 1 >= (oneLine ? 2 : 3) && !line.strip().startsWith("#")) {
                int at = 0;
                for (int c : cuts) {
                    out.append(line, at, c).append('\n');
                    at = c;
                }
                out.append(line.substring(at));
                changed = true;
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        if (!changed) return text;
        StringBuilder clean = new StringBuilder();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) clean.append(l.strip()).append('\n');
        }
        return clean.toString().strip();
    }

    /** Where new lines start in a line of run-together keys (token starts, after the first token). */
    private static List<Integer> cuts(String line) {
        List<Integer> cuts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        boolean afterDash = false;
        boolean first = true;
        int keys = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            if (quote == 0 && depth == 0) {
                int end = start;
                while (end < n && !Character.isWhitespace(line.charAt(end))) end++;
                String token = line.substring(start, end);
                if (token.startsWith("#") && !first) break;
                boolean key = KEY_TOKEN.matcher(token).matches() && (token.charAt(0) != '"' && token.charAt(0) != '\''
                        || token.length() > 3 && token.charAt(token.length() - 2) == token.charAt(0));
                boolean dash = token.equals("-");
                if (key) keys++;
                if (!first && (dash || key && !afterDash)) cuts.add(start);
                afterDash = dash;
                first = false;
            }
            // Move over the token, tracking quotes and flow brackets.
            while (i < n && (quote != 0 || depth > 0 || !Character.isWhitespace(line.charAt(i)))) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if ((c == '"' || c == '\'') && (i == start || "[{,:".indexOf(line.charAt(i - 1)) >= 0)) {
                    quote = c;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                i++;
            }
        }
        return keys >= 2 ? cuts : List.of();
    }
}
