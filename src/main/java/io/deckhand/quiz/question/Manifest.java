package io.deckhand.quiz.question;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deckhand.domain.card.Card;
import io.deckhand.render.yaml.ManifestReindenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML block of a manifest card (re-indented when the note lost its indentation), its tree, and
 * the leaf values worth asking for.
 *
 * <p>Which fields are worth knowing: every scalar leaf (image, apiVersion, kind, ports, replicas,
 * accessModes, storage, mountPath, restartPolicy, …) except values the author chose freely: names,
 * namespaces, label and annotation values, selectors, and the contents of ConfigMap/Secret data,
 * since no one can know them from the manifest's purpose. Such a free value is asked after all when
 * the same value appears elsewhere in the manifest, because then it must match there (a selector and
 * the template's labels, a volume and its mount, a claim name) and that link is worth knowing.
 * Placeholders ({@code xxxx}, {@code ...}, {@code <name>}) and long values are never asked.
 */
record Manifest(String yaml, JsonNode tree, List<Leaf> leaves, int nulls) {
    static final String BLANK = "____";
    private static final int MAX_CHARS = 64 * 1024;
    private static final int MAX_VALUE_CHARS = 60;
    private static final Set<String> FREE_KEYS = Set.of("name", "namespace", "generatename", "uid", "resourceversion",
            "creationtimestamp", "labels", "annotations", "matchlabels", "selector", "data", "stringdata", "binarydata");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)x{3,}|\\.\\s*\\.\\s*\\.|.*<[^>]*>.*|…|tbd|todo|changeme");
    private static final ManifestReindenter REINDENTER = new ManifestReindenter();
    private static final YAMLFactory FACTORY;
    private static final ObjectMapper MAPPER;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setNestingDepthLimit(64);
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        FACTORY = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        MAPPER = new ObjectMapper(FACTORY);
    }

    /** A scalar value of the manifest: where it is (JSON pointer, 1-based line, 0-based columns) and its text. */
    record Leaf(String pointer, int line, int start, int end, String value) {
    }

    /** A field to fill in: the manifest with that value blanked, the path in the user's terms, the value. */
    record Field(String pointer, String path, String blanked, String answer) {
    }

    static Optional<Manifest> of(Card card) {
        if (!card.back().contains("```")) return Optional.empty();
        String text = CardText.fence(card.back(), "yaml", "yml");
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) return Optional.empty();
        text = text.stripTrailing();
        if (ManifestReindenter.looksFlattened(text)) text = REINDENTER.reindent(text).yaml().stripTrailing();
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || !tree.isObject() || tree.isEmpty()) return Optional.empty();
            List<Leaf> leaves = new ArrayList<>();
            int nulls = scan(text, leaves);
            return Optional.of(new Manifest(text, tree, List.copyOf(leaves), nulls));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Collects the first document's scalars that sit alone on their line; returns how many values are empty. */
    private static int scan(String text, List<Leaf> out) throws IOException {
        String[] lines = text.split("\n", -1);
        int nulls = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) depth++;
                else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (--depth == 0) break;
                } else if (t == JsonToken.VALUE_NULL) nulls++;
                else if (t.isScalarValue()) {
                    Leaf leaf = leaf(p, lines);
                    if (leaf != null) out.add(leaf);
                }
            }
        }
        return nulls;
    }

    private static Leaf leaf(JsonParser p, String[] lines) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int lineNr = at.getLineNr();
        int col = at.getColumnNr() - 1;
        if (lineNr < 1 || lineNr > lines.length || col < 0 || col >= lines[lineNr - 1].length()) return null;
        String line = lines[lineNr - 1];
        String before = line.substring(0, col);
        if (before.contains("[") || before.contains("{")) return null; // flow collections: no single place to blank
        String value = p.getText();
        char first = line.charAt(col);
        int end;
        if (first == '"' || first == '\'') {
            int close = line.indexOf(first, col + 1);
            if (close < 0 || !line.substring(col + 1, close).equals(value)) return null;
            end = close + 1;
        } else if (first == '|' || first == '>') {
            return null;
        } else {
            int comment = line.indexOf(" #", col);
            end = comment < 0 ? line.length() : comment;
            while (end > col && Character.isWhitespace(line.charAt(end - 1))) end--;
            if (!line.substring(col, end).equals(value)) return null;
        }
        return new Leaf(p.getParsingContext().pathAsPointer().toString(), lineNr, col, end, value);
    }

    /** A manifest the user can be asked to write: mostly filled-in values, no placeholders. */
    boolean writable() {
        int valued = 0;
        for (Leaf l : leaves) {
            if (PLACEHOLDER.matcher(l.value().strip()).matches()) return false;
            if (!l.value().isBlank()) valued++;
        }
        return valued >= 3 && nulls * 3 <= valued + nulls;
    }

    /** The fields worth asking for (see the class comment), in document order. */
    List<Field> fields() {
        Map<String, Integer> uses = new HashMap<>();
        for (Leaf l : leaves) uses.merge(l.value().strip(), 1, Integer::sum);
        List<Field> out = new ArrayList<>();
        for (Leaf l : leaves) {
            String v = l.value().strip();
            if (v.isEmpty() || v.length() > MAX_VALUE_CHARS || PLACEHOLDER.matcher(v).matches()) continue;
            if (isFree(l.pointer()) && uses.get(v) < 2) continue;
            out.add(new Field(l.pointer(), path(l.pointer(), v), blank(l), v));
        }
        return out;
    }

    private static boolean isFree(String pointer) {
        for (String segment : pointer.split("/")) {
            if (FREE_KEYS.contains(segment.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private String blank(Leaf l) {
        String[] lines = yaml.split("\n", -1);
        String line = lines[l.line() - 1];
        lines[l.line() - 1] = line.substring(0, l.start()) + BLANK; // the line's comment could give the answer away
        return String.join("\n", lines);
    }

    /**
     * {@code /spec/containers/0/image} as {@code spec.containers[nginx].image}: list items by name
     * when they have one, unless that name is the {@code hidden} value.
     */
    String path(String pointer, String hidden) {
        StringBuilder out = new StringBuilder();
        JsonNode node = tree;
        for (String raw : pointer.substring(1).split("/")) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray()) {
                int i = Integer.parseInt(segment);
                node = node.get(i);
                JsonNode name = node == null ? null : node.get("name");
                boolean named = name != null && name.isValueNode() && !name.asText().equals(hidden);
                out.append('[').append(named ? name.asText() : String.valueOf(i)).append(']');
            } else {
                if (out.length() > 0) out.append('.');
                out.append(segment);
                node = node == null ? null : node.get(segment);
            }
        }
        return out.toString();
    }

    /** The value at a JSON pointer of {@code yaml}, parsed again (for checks). */
    static Optional<String> valueAt(String yaml, String pointer) {
        try {
            JsonNode n = MAPPER.readTree(yaml).at(pointer);
            return n.isValueNode() ? Optional.of(n.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
