package io.deckhand.notes.gate;

import io.deckhand.text.YamlLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a manifest or command on a card teach something broken: YAML that does not parse, a
 * kind set with an apiVersion it is not served at ({@code gate-api-kinds.txt}), a value that must be a
 * Kubernetes quantity and is not ({@code gate-quantities.txt}, {@link Quantity}), in a manifest or in
 * kubectl's {@code --limits}/{@code --requests}/{@code --hard} flags. Thread-safe.
 */
final class ManifestFaults {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([\\w+-]*)");
    private static final Pattern API_MENTION = Pattern.compile("(?m)^\\s*(?:apiVersion|kind)\\s*:");
    private static final Pattern ELISION = Pattern.compile("(?m)^\\s*(?:\\.\\.\\.|\u2026)\\s*$");
    /** Values a quantity field may hold that are not literals: placeholders, template and shell variables. */
    private static final Pattern NOT_A_LITERAL = Pattern.compile("[<>${}\\[\\]]|^[A-Za-z_]");

    /** Known kinds and the apiVersions each is served at. */
    private final Map<String, Set<String>> versionsOfKind;
    private final Set<String> quantityMaps;
    /** List name → mapping names inside its items whose values are quantities. */
    private final Map<String, Set<String>> itemMaps;
    private final Set<String> quantityFields;
    private final Pattern quantityFlag;

    /** Fields the API server fills in (path from the document's top), from {@code gate-server-fields.txt}. */
    private final Set<String> serverFields;

    ManifestFaults(List<String> apiKinds, List<String> quantities) {
        this(apiKinds, quantities, List.of());
    }

    ManifestFaults(List<String> apiKinds, List<String> quantities, List<String> serverFields) {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (String line : apiKinds) {
            String[] f = WHITESPACE_RUN.split(line.strip());
            if (f.length != 2) throw new IllegalStateException("gate-api-kinds.txt: cannot read \u201c" + line + "\u201d");
            kinds.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[0]);
        }
        Set<String> maps = new LinkedHashSet<>();
        Map<String, Set<String>> items = new HashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        for (String line : quantities) {
            String[] f = WHITESPACE_RUN.split(line.strip());
            if (f.length == 2 && f[0].equals("map")) maps.add(f[1]);
            else if (f.length == 3 && f[0].equals("item-map")) items.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[2]);
            else if (f.length == 2 && f[0].equals("field")) fields.add(f[1]);
            else throw new IllegalStateException("gate-quantities.txt: cannot read \u201c" + line + "\u201d");
        }
        this.versionsOfKind = Map.copyOf(kinds);
        this.quantityMaps = Set.copyOf(maps);
        this.itemMaps = Map.copyOf(items);
        this.quantityFields = Set.copyOf(fields);
        this.serverFields = Set.copyOf(serverFields.stream().map(String::strip).toList());
        this.quantityFlag = Pattern.compile("(?<![\\w-])--(" + String.join("|", maps.stream().map(Pattern::quote).toList())
                + ")(?:=|\\s+)[\"']?([^\\s\"'`]+)");
    }

    static ManifestFaults load() {
        return new ManifestFaults(GateConfig.linesOf("gate-api-kinds.txt"), GateConfig.linesOf("gate-quantities.txt"),
                GateConfig.linesOf("gate-server-fields.txt"));
    }

    /**
     * Why an answer that is one manifest and nothing else is no manifest to write, or null: it holds
     * fields the API server fills in with their values (uid, resourceVersion, a non-empty status), so it
     * is the dump of a stored object. Empty ones ("creationTimestamp: null") are a dry run's template.
     */
    String dumpFault(String back) {
        List<String> blocks = yamlBlocks(back);
        if (blocks.size() != 1 || !isOneFence(back)) return null;
        Set<String> found = new LinkedHashSet<>();
        for (String document : documents(blocks.get(0))) serverSet(document, found);
        if (found.isEmpty()) return null;
        return "Its manifest holds what the API server fills in (" + String.join(", ", found)
                + "): it is the dump of a stored object, not a manifest to write.";
    }

    /** Whether the text is one fenced block and nothing else (its first and last lines the only fences). */
    private static boolean isOneFence(String text) {
        String[] lines = text.strip().split("\n");
        int fences = 0;
        for (String l : lines) if (FENCE.matcher(l).find()) fences++;
        return fences == 2 && lines.length > 2 && FENCE.matcher(lines[0]).find() && FENCE.matcher(lines[lines.length - 1]).find();
    }

    /** The server-filled fields a document sets with a value, by their paths from the top. */
    private void serverSet(String document, Set<String> found) {
        String[] lines = document.split("\n");
        int top = Integer.MAX_VALUE;
        for (String raw : lines) {
            YamlLine l = YamlLine.of(raw);
            if (l.kind() == YamlLine.Kind.KEY) top = Math.min(top, l.indent());
        }
        String topKey = null;
        int childIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            YamlLine l = YamlLine.of(lines[i]);
            if (l.kind() != YamlLine.Kind.KEY && l.kind() != YamlLine.Kind.ITEM) continue;
            String path;
            if (l.kind() == YamlLine.Kind.KEY && l.indent() == top) {
                topKey = l.key();
                childIndent = -1;
                path = topKey;
            } else if (topKey != null && l.kind() == YamlLine.Kind.KEY && (childIndent < 0 || l.indent() == childIndent)) {
                childIndent = l.indent();
                path = topKey + "." + l.key();
            } else {
                continue;
            }
            if (!serverFields.contains(path)) continue;
            if (holdsValue(lines, i)) found.add(path.substring(path.lastIndexOf('.') + 1));
        }
    }

    /** Whether the key on line {@code at} has a value, itself or in a line nested under it ("loadBalancer: {}" is none). */
    private static boolean holdsValue(String[] lines, int at) {
        YamlLine key = YamlLine.of(lines[at]);
        if (!isEmptyValue(YamlLine.valueOnly(key.value()))) return true;
        for (int j = at + 1; j < lines.length; j++) {
            YamlLine l = YamlLine.of(lines[j]);
            if (l.kind() == YamlLine.Kind.BLANK || l.kind() == YamlLine.Kind.COMMENT) continue;
            if (l.indent() <= key.indent() && l.kind() != YamlLine.Kind.ITEM || l.indent() < key.indent()) return false;
            if (l.kind() == YamlLine.Kind.ITEM || l.kind() == YamlLine.Kind.TEXT) return true;
            if (l.kind() == YamlLine.Kind.KEY && !isEmptyValue(YamlLine.valueOnly(l.value()))) return true;
        }
        return false;
    }

    private static boolean isEmptyValue(String v) {
        return v.isEmpty() || v.equals("null") || v.equals("~") || v.equals("{}") || v.equals("[]") || v.equals("\"\"") || v.equals("''");
    }

    /**
     * The first fault of the card's text in the user's words, or null. {@code yamlProblem} says why a
     * YAML text does not parse (null when it does); {@code removed} has already spoken for removed versions.
     */
    String faultIn(String text, UnaryOperator<String> yamlProblem, RemovedApis removed) {
        for (String yaml : yamlBlocks(text)) {
            // Templates (Helm's {{ }}) are YAML only once rendered; a line of "..." marks an excerpt, not a file.
            if (!yaml.contains("{{") && !ELISION.matcher(yaml).find()) {
                String problem = yamlProblem.apply(yaml);
                if (problem != null) return "Its manifest is not valid YAML (" + problem + "), so it teaches a broken file.";
            }
            for (String document : documents(yaml)) {
                String pair = wrongPair(document, removed);
                if (pair != null) return pair;
                String quantity = badQuantityInManifest(document);
                if (quantity != null) return quantity;
            }
        }
        if (text.contains("--")) {
            Matcher m = quantityFlag.matcher(text);
            while (m.find()) {
                for (String pair : m.group(2).split(",")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) continue;
                    String bad = badQuantity(pair.substring(0, eq), pair.substring(eq + 1));
                    if (bad != null) return bad;
                }
            }
        }
        return null;
    }

    /** The code of fenced blocks marked YAML, or holding apiVersion/kind lines. */
    static List<String> yamlBlocks(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) return List.of();
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.find()) continue;
            String info = open.group(2).toLowerCase(java.util.Locale.ROOT);
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().startsWith(open.group(1))) code.append(lines[j++]).append('\n');
            boolean yaml = info.equals("yaml") || info.equals("yml")
                    || info.isEmpty() && API_MENTION.matcher(code).find();
            if (yaml && !code.isEmpty()) out.add(code.toString());
            i = j;
        }
        return out;
    }

    private static List<String> documents(String yaml) {
        List<String> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String line : yaml.split("\n")) {
            if (YamlLine.of(line).kind() == YamlLine.Kind.DOCUMENT) {
                out.add(doc.toString());
                doc.setLength(0);
            } else {
                doc.append(line).append('\n');
            }
        }
        out.add(doc.toString());
        return out;
    }

    /** The top level's apiVersion and kind (the least indented keys: nested refs name other objects). */
    private String wrongPair(String document, RemovedApis removed) {
        Map<String, String> top = new LinkedHashMap<>();
        int topIndent = Integer.MAX_VALUE;
        for (String raw : document.split("\n")) {
            YamlLine l = YamlLine.of(raw);
            if (l.kind() != YamlLine.Kind.KEY) continue;
            if (l.indent() < topIndent) {
                topIndent = l.indent();
                top.clear();
            }
            if (l.indent() == topIndent && (l.key().equals("apiVersion") || l.key().equals("kind"))) {
                top.putIfAbsent(l.key(), unquoted(YamlLine.valueOnly(l.value())));
            }
        }
        String kind = top.get("kind");
        String version = top.get("apiVersion");
        if (kind == null || version == null || version.isEmpty()) return null;
        Set<String> served = versionsOfKind.get(kind);
        if (served == null || served.contains(version)) return null;
        if (removed.usedIn("apiVersion: " + version + "\nkind: " + kind) != null) return null;
        return "Its manifest sets kind " + kind + " with apiVersion " + version + ", which does not serve it ("
                + kind + " is " + String.join(" or ", served) + ").";
    }

    private record Open(int indent, String key, boolean item) {
    }

    private String badQuantityInManifest(String document) {
        Deque<Open> open = new ArrayDeque<>();
        for (String raw : document.split("\n")) {
            YamlLine l = YamlLine.of(raw);
            int indent = l.indent();
            String key;
            String value;
            if (l.kind() == YamlLine.Kind.ITEM) {
                while (!open.isEmpty() && (open.peek().indent() > indent || open.peek().indent() == indent && open.peek().item())) open.pop();
                open.push(new Open(indent, "-", true));
                String rest = l.value();
                if (rest.isEmpty()) continue;
                int colon = YamlLine.keyColon(rest);
                if (colon <= 0) continue;
                // "- name: x": the item's first key, indented as its siblings below it.
                indent = indent + raw.strip().indexOf(rest);
                key = unquoted(rest.substring(0, colon).strip());
                value = rest.substring(colon + 1).strip();
            } else if (l.kind() == YamlLine.Kind.KEY) {
                while (!open.isEmpty() && open.peek().indent() >= indent) open.pop();
                key = l.key();
                value = l.value();
            } else {
                continue;
            }
            String v = YamlLine.valueOnly(value);
            if (v.isEmpty() || YamlLine.isBlockScalar(v)) {
                open.push(new Open(indent, key, false));
                continue;
            }
            String bad = null;
            if (quantityFields.contains(key)) bad = badQuantity(key, v);
            else if (isQuantityMap(open)) bad = badQuantity(key, v);
            else if (v.startsWith("{") && v.endsWith("}") && isQuantityMap(key, open)) bad = badFlowQuantities(v);
            if (bad != null) return bad;
        }
        return null;
    }

    /** Whether the innermost open mapping holds quantities. */
    private boolean isQuantityMap(Deque<Open> open) {
        Open parent = open.peek();
        if (parent == null || parent.item()) return false;
        var it = open.iterator();
        it.next();
        return isQuantityMap(parent.key(), it);
    }

    private boolean isQuantityMap(String key, Deque<Open> above) {
        return isQuantityMap(key, above.iterator());
    }

    private boolean isQuantityMap(String key, java.util.Iterator<Open> above) {
        if (quantityMaps.contains(key)) return true;
        // A mapping inside a list item ("- default: ..." of a LimitRange's limits): the item, then the list.
        if (!above.hasNext()) return false;
        Open item = above.next();
        if (!item.item() || !above.hasNext()) return false;
        Set<String> inItems = itemMaps.get(above.next().key());
        return inItems != null && inItems.contains(key);
    }

    private String badFlowQuantities(String flow) {
        for (String pair : flow.substring(1, flow.length() - 1).split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) continue;
            String bad = badQuantity(unquoted(pair.substring(0, colon).strip()), pair.substring(colon + 1).strip());
            if (bad != null) return bad;
        }
        return null;
    }

    /** Why {@code value} is no quantity, or null when it is one or is a placeholder rather than a literal. */
    static String badQuantity(String key, String value) {
        String v = withoutComment(value.strip());
        if (v.isEmpty() || Quantity.valid(v) || NOT_A_LITERAL.matcher(v).find()) return null;
        String fixed = Quantity.caseFixed(v);
        return "\u201c" + key + ": " + v + "\u201d is not a Kubernetes quantity"
                + (fixed != null ? " (units are case-sensitive: " + fixed + ")" : " (a number with a unit such as 500m, 128Mi, 2Gi or 1G)")
                + ", so it teaches a value the API server rejects.";
    }

    /** A scalar without its trailing comment and quotes ("100m" # why → 100m). */
    private static String withoutComment(String value) {
        if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int close = value.indexOf(value.charAt(0), 1);
            if (close > 0) return value.substring(1, close);
        }
        return YamlLine.valueOnly(value);
    }

    private static String unquoted(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
