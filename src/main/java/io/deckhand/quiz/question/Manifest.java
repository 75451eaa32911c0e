package io.deckhand.quiz.question;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 * the same key has the same value elsewhere in the manifest, because then it must match there (a
 * selector and the template's labels, a volume and its mount) and that link is worth knowing; the
 * object's own name never is (the task states it).
 * Placeholders ({@code xxxx}, {@code ...}, {@code <name>}) and long values are never asked.
 */
record Manifest(String yaml, List<Leaf> leaves, int nulls) {
    static final String BLANK = "____";
    private static final int MAX_CHARS = 64 * 1024;
    private static final int MAX_VALUE_CHARS = 60;
    private static final Set<String> FREE_KEYS = Set.of("name", "namespace", "generatename", "uid", "resourceversion",
            "creationtimestamp", "labels", "annotations", "matchlabels", "selector", "data", "stringdata", "binarydata");
    /** Placeholders, and "a | b" alternatives written where one value goes. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)x{3,}|\\.\\s*\\.\\s*\\.|.*<[^>]*>.*|…|tbd|todo|changeme|.+ \\| .+");
    private static final ManifestReindenter REINDENTER = new ManifestReindenter();
    private static final YAMLFactory FACTORY;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setNestingDepthLimit(64);
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        FACTORY = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
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
            List<Leaf> leaves = new ArrayList<>();
            int nulls = scan(text, leaves);
            if (nulls < 0 || leaves.isEmpty() && nulls == 0) return Optional.empty();
            return Optional.of(new Manifest(text, List.copyOf(leaves), nulls));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * One streaming pass over the first document: collects the scalars that sit alone on their line
     * and returns how many values are empty, or -1 when the document is not a mapping.
     */
    private static int scan(String text, List<Leaf> out) throws IOException {
        String[] lines = text.split("\n", -1);
        int nulls = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return -1;
            int depth = 1;
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

    /** Whether the field is more than the top-level apiVersion or kind, which every manifest states. */
    static boolean beyondType(Field f) {
        return !f.pointer().equals("/apiVersion") && !f.pointer().equals("/kind");
    }

    /** The fields worth asking for (see the class comment), in document order. */
    List<Field> fields() {
        Map<String, Integer> links = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        for (Leaf l : leaves) {
            values.put(l.pointer(), l.value());
            if (!isObjectName(l.pointer())) links.merge(link(l), 1, Integer::sum);
        }
        List<Field> out = new ArrayList<>();
        for (Leaf l : leaves) {
            String v = l.value().strip();
            if (v.isEmpty() || v.length() > MAX_VALUE_CHARS || PLACEHOLDER.matcher(v).matches()) continue;
            if (isFree(l.pointer()) && (isObjectName(l.pointer()) || links.get(link(l)) < 2)) continue;
            out.add(new Field(l.pointer(), path(l.pointer(), v, values), blank(l), v));
        }
        return out;
    }

    /** Same key, same value: a free value repeated this way must match (app: web in selector and labels). */
    private static String link(Leaf l) {
        return l.pointer().substring(l.pointer().lastIndexOf('/') + 1) + '\u0000' + l.value().strip();
    }

    /** The object's own name, which the task states and nothing in the manifest has to match. */
    private static boolean isObjectName(String pointer) {
        return pointer.endsWith("/metadata/name");
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
    static String path(String pointer, String hidden, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        StringBuilder at = new StringBuilder();
        for (String raw : pointer.substring(1).split("/")) {
            at.append('/').append(raw);
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (isIndex(segment)) {
                String name = values.get(at + "/name");
                boolean named = name != null && !name.isBlank() && !name.equals(hidden);
                out.append('[').append(named ? name : segment).append(']');
            } else {
                if (out.length() > 0) out.append('.');
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** A pointer segment that indexes a list (YAML keys that are numbers are rare in manifests). */
    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 6) return false;
        for (int i = 0; i < segment.length(); i++) if (!Character.isDigit(segment.charAt(i))) return false;
        return true;
    }
}
