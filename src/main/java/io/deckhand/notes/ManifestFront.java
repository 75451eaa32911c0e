package io.deckhand.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front of a manifest card, stated from the manifest itself so it can be written from the front
 * alone: "Write a Deployment `web` (3 replicas, image `nginx:1.25`, port 80)". Which fields each kind
 * mentions is data ({@code manifest-fronts.json}); a kind it does not list, or a fragment without a
 * kind, names a few of its set values. Thread-safe.
 */
final class ManifestFront {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    private static final int MAX_CHARS = 220;
    private static final int MAX_DOCUMENTS = 3;
    private static final int MAX_GENERIC_VALUES = 4;
    private static final int MAX_VALUE_CHARS = 60;
    private static final Table TABLE = load();
    /** How a task's front opens the values it adds: an instruction of the task, not the program's report. */
    static final String REQUIREMENTS = "Use ";
    /** The most values a task's front adds ("Use name `web`, `restartPolicy: Never`.") and stays readable; more and the card is gated. */
    static final int MAX_STATED = 6;
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[`'\"]");
    private static final java.util.regex.Pattern KEY_VALUE_SIGN = java.util.regex.Pattern.compile("\\s*[:=]\\s*");
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern FIELD_WITH_VALUE = java.util.regex.Pattern.compile("`[\\w.-]+: [^`]*`");
    /** Where a camelCase field name starts its next word ("restart|Policy"). */
    private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    /** A phrase that names its field as Kubernetes spells it: "`restartPolicy: {}`". */
    private static final java.util.regex.Pattern FIELD_PHRASE = java.util.regex.Pattern.compile(".*`[\\w.]+: \\{}`.*");
    private static final java.util.regex.Pattern YAML_FENCE = java.util.regex.Pattern.compile("(?s)```ya?ml\\n(.*?)```");

    private ManifestFront() {
    }

    private record Say(String path, String phrase, String listJoin) {
    }

    /** {@code defaults}: a field's value that a task need not ask for; {@code chosenFreely}: fields whose value is the writer's choice. */
    private record Table(Map<String, String> podSpecAt, List<Say> allKinds, Map<String, List<Say>> kinds, List<Say> podSpec,
                         Map<String, String> defaults, Set<String> chosenFreely, Set<String> entryFields,
                         Set<String> guesslessKeys, String guesslessSuffix) {
    }

    /** "Write a Service `web` (type NodePort, port 80)", or null when the text is no YAML mapping. */
    static String of(String yaml) {
        ParsedYaml parsed = ParsedYaml.of(yaml);
        if (parsed.error != null) return ofUnparsed(yaml);
        List<String> described = new ArrayList<>();
        try {
            for (JsonNode doc : parsed.documents) {
                if (doc == null || doc.isObject() && doc.isEmpty()) continue;
                // A file of several manifests is written whole: a front that leaves one out (a fragment
                // without a kind, one past the most a front can state) asks for less than its answer holds.
                String d = doc.isObject() ? describe(doc) : null;
                if (d == null || described.size() >= MAX_DOCUMENTS) return null;
                described.add(d);
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (described.isEmpty()) return null;
        return "Write " + String.join(" and ", described);
    }

    /** {@link #of} for a text with a document that does not parse: the documents before it may still say enough. */
    private static String ofUnparsed(String yaml) {
        List<String> described = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = ManifestRepair.YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext() && described.size() < MAX_DOCUMENTS) {
                JsonNode doc = docs.next();
                if (doc == null || !doc.isObject() || doc.isEmpty()) continue;
                String d = describe(doc);
                if (d != null) described.add(d);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (described.isEmpty()) return null;
        return "Write " + String.join(" and ", described);
    }

    /**
     * Whether a document of a kind that runs pods ({@code podSpecAt}) has no container in its pod spec:
     * a patch or an excerpt of the workload ("spec: replicas: 1"), not a manifest the API server takes.
     */
    static boolean withoutContainers(List<JsonNode> documents) {
        for (JsonNode doc : documents) {
            if (doc == null || !doc.isObject()) continue;
            String kind = text(doc.get("kind"));
            String at = kind == null ? null : TABLE.podSpecAt().get(kind);
            if (at == null) continue;
            JsonNode spec = doc;
            for (String segment : at.split("\\.")) spec = spec.path(segment);
            JsonNode containers = spec.path("containers");
            if (!containers.isArray() || containers.isEmpty()) return true;
        }
        return false;
    }

    /** A phrase of a front with the values it states (none for a phrase that says a field is set). */
    private record Said(String path, String text, List<String> values) {
    }

    /**
     * What the first manifest of {@code yaml} sets that {@code statement} does not say (its name, then
     * the fields {@link #of} would state), as phrases of a front; empty when the statement gives them all.
     * A task's statement is its front: what it leaves out must be added, or the manifest cannot be written.
     */
    static List<String> unstated(String yaml, String statement) {
        // The repair and the front have usually read this text already (ParsedYaml keeps the parse).
        ParsedYaml parsed = ParsedYaml.of(yaml);
        JsonNode doc;
        if (parsed.error == null) {
            doc = parsed.documents.isEmpty() ? null : parsed.documents.get(0);
        } else {
            try (MappingIterator<JsonNode> docs = ManifestRepair.YAML.readerFor(JsonNode.class).readValues(yaml)) {
                doc = docs.hasNext() ? docs.next() : null;
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        if (doc == null || !doc.isObject() || text(doc.get("kind")) == null) return List.of();
        String said = normal(statement);
        List<String> out = new ArrayList<>();
        String kind = text(doc.get("kind"));
        String name = text(doc.path("metadata").get("name"));
        // The namespace is where the object lives: the front gives it whenever the manifest sets it.
        String namespace = text(doc.path("metadata").get("namespace"));
        // A default namespace is where the object lands anyway: no requirement to state.
        boolean defaultNamespace = namespace != null && namespace.equals(TABLE.defaults().get("metadata.namespace"));
        String where = namespace == null || defaultNamespace || mentions(said, namespace) ? null : "namespace `" + namespace + "`";
        // A statement that names its object still leaves out the values its manifest needs ("3 completions",
        // host `shop.example`): those are stated; only the name is not repeated.
        if (name != null && !mentions(said, name)) out.add("name `" + name + "`");
        else if (name == null && !mentions(said, kind)) out.add(kind);
        if (where != null) out.add(where);
        for (Said s : required(doc, kind, name)) {
            if (TABLE.chosenFreely().contains(s.path())) continue;
            // "Use tolerations": the statement asks for that field, so its value is the answer, not a requirement.
            if (names(statement, field(s.path()))) continue;
            if (s.values().size() == 1 && s.values().get(0).equals(TABLE.defaults().get(s.path()))) continue;
            // "run=web" on the pod web: a value that repeats the object's name asks nothing new.
            if (name != null && !s.values().isEmpty() && s.values().stream().allMatch(v -> v.endsWith("=" + name))) continue;
            boolean stated = s.values().isEmpty()
                    ? java.util.Arrays.stream(WHITESPACE_RUN.split(s.text())).allMatch(w -> w.length() < 4 || mentions(said, w))
                    : s.values().stream().allMatch(v -> mentions(said, v));
            // The namespace is said once: it is added above whenever the statement leaves it out.
            if (!stated && !out.contains(s.text())) out.add(s.text());
        }
        return out;
    }

    /**
     * Why a manifest card's front cannot be written from, in the user's words, or null: the values
     * the first manifest of {@code back} sets that {@code front} does not say ({@link #unstated}).
     */
    static String gap(String front, String back) {
        java.util.regex.Matcher m = YAML_FENCE.matcher(back);
        if (!m.find()) return null;
        List<String> missing = unstated(m.group(1), front);
        if (missing.isEmpty()) return null;
        List<String> shown = missing.subList(0, Math.min(3, missing.size()));
        return "The question does not say values its manifest sets (" + String.join(", ", shown)
                + (missing.size() > shown.size() ? " and " + (missing.size() - shown.size()) + " more" : "")
                + "), so the manifest cannot be written from it.";
    }

    /** The field a path sets, passing over a leaf that only identifies an entry ("tolerations[].key": tolerations). */
    private static String field(String path) {
        String[] segments = path.replace("[]", "").split("\\.");
        int at = segments.length - 1;
        while (at > 0 && TABLE.entryFields().contains(segments[at])) at--;
        return segments[at];
    }

    /** Whether the statement names the field as a word, one or many ("toleration", "tolerations"). */
    private static boolean names(String statement, String field) {
        // "`env.value: 1001`" states a value: the field named beside it is not asked for.
        statement = FIELD_WITH_VALUE.matcher(statement).replaceAll(" ");
        String f = field.toLowerCase(java.util.Locale.ROOT);
        String one = f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
        String lower = statement.toLowerCase(java.util.Locale.ROOT);
        for (String w : lower.split("[^a-z0-9]+")) {
            if (w.equals(f) || w.equals(one) || w.equals(one + "s")) return true;
        }
        // "Set the restart policy" names restartPolicy in words: its value is what the task asks for.
        String[] words = CAMEL_HUMP.split(field);
        if (words.length < 2) return false;
        String spaced = String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
        String spacedOne = spaced.endsWith("s") ? spaced.substring(0, spaced.length() - 1) : spaced;
        String text = " " + String.join(" ", lower.split("[^a-z0-9]+")) + " ";
        return text.contains(" " + spaced + " ") || text.contains(" " + spacedOne + " ") || text.contains(" " + spacedOne + "s ");
    }

    /** Lower case, code marks and quotes gone, "key: value" and "key=value" alike. */
    private static String normal(String text) {
        String t = QUOTE_MARKS.matcher(Inline.plain(text).toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return " " + SPACE_RUN.matcher(KEY_VALUE_SIGN.matcher(t).replaceAll("=")).replaceAll(" ") + " ";
    }

    /** Whether the statement says the value: as a word, or each key and value of "k=v, k2=v2". */
    private static boolean mentions(String said, String value) {
        String v = normal(value).strip();
        if (v.isEmpty()) return true;
        // The pattern needs the value written as it is: a statement without it is not searched.
        if (said.contains(" " + v + " ") || said.contains(v) && said.matches("(?s).*(?<![\\w.-])" + java.util.regex.Pattern.quote(v) + "(?![\\w-]|\\.\\w).*")) {
            return true;
        }
        if (!v.contains("=") && !v.contains(",")) return false;
        // "cpu=100m, memory=1Gi": the values say it; a statement may name the keys its own way.
        for (String pair : v.split(",\\s*")) {
            String wanted = pair.substring(pair.lastIndexOf('=') + 1).strip();
            if (!wanted.isEmpty() && !mentions(said, wanted)) return false;
        }
        return true;
    }

    private static List<Said> phrases(JsonNode doc, String kind) {
        List<Said> said = new ArrayList<>();
        for (Say s : TABLE.allKinds()) say(doc, s.path(), s, said);
        List<Say> own = TABLE.kinds().get(kind);
        if (own != null) for (Say s : own) say(doc, s.path(), s, said);
        String podSpec = TABLE.podSpecAt().get(kind);
        if (podSpec != null) for (Say s : TABLE.podSpec()) say(doc, podSpec + "." + s.path(), s, said);
        return said;
    }

    /**
     * What a front must say for the manifest to be written from it: the kind's usual fields, then each
     * other scalar the spec sets that a writer cannot guess (a number, a name of another object, a path,
     * a host, an image), as {@code `field: value`}. Defaults, free choices and the object's own name are not asked.
     */
    private static List<Said> required(JsonNode doc, String kind, String name) {
        List<Said> out = new ArrayList<>(phrases(doc, kind));
        Set<String> covered = new java.util.HashSet<>();
        for (Said s : out) for (String v : s.values()) covered.add(v);
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (TOP_LEVEL_IDENTITY.contains(e.getKey())) continue;
            guessless(e.getValue(), e.getKey(), name, covered, out);
        }
        return out;
    }

    /** Top-level fields that say what the object is, not what it holds. */
    private static final Set<String> TOP_LEVEL_IDENTITY = Set.of("apiVersion", "kind", "metadata");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)*(?:%|[KMGTPE]i|[mkMGTPEsh])?");
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("/[\\w./-]*");
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,}");

    private static void guessless(JsonNode node, String path, String name, Set<String> covered, List<Said> out) {
        if (node == null || node.isNull()) return;
        if (node.isArray()) {
            // A list of scalars said whole ("command `sh -c sleep 1`") is said: its items are not asked again.
            if (isScalars(node) && (covered.contains(format(node, " ")) || covered.contains(format(node, ", ")))) return;
            if (isScalars(node) && !node.isEmpty()) {
                chosenItems(node, path, covered, out);
                return;
            }
            for (JsonNode item : node) guessless(item, path + "[]", name, covered, out);
            return;
        }
        if (node.isObject()) {
            // metadata inside a template: its labels repeat the selector, which the kind's fields say.
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("metadata") || e.getKey().equals("labels") || e.getKey().equals("annotations")) continue;
                guessless(e.getValue(), path + "." + e.getKey(), name, covered, out);
            }
            return;
        }
        if (!node.isValueNode()) return;
        String key = path.substring(path.lastIndexOf('.') + 1).replace("[]", "");
        // A switch turned on ("immutable: true") is what the manifest is for; most start off, so a switch
        // turned off is said only where the table gives it on by default.
        if (node.isBoolean() && !node.booleanValue() && !"true".equals(TABLE.defaults().get(key))) return;
        // "true" alone says nothing of which switch: a switch is known by its field.
        String value = node.isBoolean() ? key + ": " + node.asText() : shorten(node.asText());
        if (value == null || value.isBlank() || covered.contains(value) || value.equals(name)) return;
        if (TABLE.chosenFreely().stream().anyMatch(f -> path.endsWith(f))) return;
        String written = node.isBoolean() ? node.asText() : value;
        if (written.equals(TABLE.defaults().get(key)) || written.equals(TABLE.defaults().get(path))) return;
        boolean guessless = node.isNumber() || node.isBoolean() || NUMBER.matcher(value).matches() || PATH.matcher(value).matches()
                || HOST.matcher(value).matches() || TABLE.guesslessKeys().contains(key) || key.endsWith(TABLE.guesslessSuffix());
        if (!guessless) return;
        covered.add(value);
        // The field with its parent ("target.averageUtilization: 60"): a bare "value: 4" says nothing of where.
        String[] segments = path.replace("[]", "").split("\\.");
        String label = segments.length > 1 ? segments[segments.length - 2] + "." + key : key;
        out.add(new Said(path, "`" + label + ": " + written + "`", List.of(value)));
    }

    /**
     * A list of words ("operations: [CREATE, UPDATE]", "resources: [pods]") is the writer's choice of
     * items, none guessable from the field: said whole under its field, unless each item is said already.
     */
    private static void chosenItems(JsonNode list, String path, Set<String> covered, List<Said> out) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : list) {
            String v = shorten(item.asText());
            if (v == null || v.isBlank()) return;
            items.add(v);
        }
        if (covered.containsAll(items) || TABLE.chosenFreely().stream().anyMatch(path::endsWith)) return;
        String joined = String.join(", ", items);
        if (shorten(joined) == null) return;
        covered.addAll(items);
        covered.add(joined);
        String[] segments = path.replace("[]", "").split("\\.");
        String label = segments.length > 1 ? segments[segments.length - 2] + "." + segments[segments.length - 1] : segments[0];
        out.add(new Said(path, "`" + label + ": " + joined + "`", items));
    }

    private static boolean isScalars(JsonNode array) {
        for (JsonNode item : array) if (!item.isValueNode()) return false;
        return true;
    }

    private static String describe(JsonNode doc) {
        String kind = text(doc.get("kind"));
        // A fragment without a kind: a front listing its values would give the answer away.
        if (kind == null) return null;
        StringBuilder sb = new StringBuilder(article(kind)).append(' ').append(kind);
        String name = text(doc.path("metadata").get("name"));
        if (name != null) sb.append(" `").append(name).append('`');
        List<String> said = new ArrayList<>(phrases(doc, kind).stream().map(Said::text).toList());
        List<Say> own = TABLE.kinds().get(kind);
        String podSpec = TABLE.podSpecAt().get(kind);
        if (own == null && podSpec == null || said.isEmpty()) {
            // A kind the table does not know, or none of its usual fields set: name what is set.
            ObjectNode rest = doc.deepCopy();
            rest.remove(List.of("apiVersion", "kind"));
            if (rest.get("metadata") instanceof ObjectNode meta) meta.remove(List.of("name", "namespace"));
            said.addAll(leaves(rest, "", MAX_GENERIC_VALUES));
        }
        // The values a writer could not guess that the kind's usual fields leave out.
        List<Said> required = required(doc, kind, name);
        for (Said r : required.subList(phrases(doc, kind).size(), required.size())) {
            if (!mentions(normal(String.join(" ", said)), r.values().get(0))) said.add(r.text());
        }
        if (said.isEmpty()) return name != null ? sb.toString() : null;
        sb.append(" (");
        int start = sb.length();
        for (String s : said) {
            if (sb.length() > start && sb.length() + s.length() > MAX_CHARS) break;
            if (sb.length() > start) sb.append(", ");
            sb.append(s);
        }
        return sb.append(')').toString();
    }

    private static void say(JsonNode doc, String path, Say say, List<Said> said) {
        String phrase = say.phrase();
        List<JsonNode> found = new ArrayList<>();
        collect(doc, path.split("\\."), 0, found);
        Set<String> values = new LinkedHashSet<>();
        List<String> raw = new ArrayList<>();
        boolean asField = FIELD_PHRASE.matcher(phrase).matches();
        for (JsonNode n : found) {
            if (n == null || n.isNull() || n.isMissingNode()) continue;
            // "liveness probe": a phrase without a value is said when the field is set, whatever it holds.
            String v = !phrase.contains("{") ? "set" : phrase.contains("{keys}") ? keys(n) : format(n, say.listJoin());
            if (v == null || v.isBlank()) continue;
            // "`limits: {memory: 500Mi}`": a map under its field's name reads as the manifest writes it.
            values.add(asField && n.isObject() ? "{" + v.replace("=", ": ") + "}" : v);
            if (!phrase.contains("{keys}")) raw.add(v);
        }
        if (values.isEmpty()) return;
        // A default is no requirement: "namespace `default`", "`restartPolicy: Always`" are not said.
        if (raw.size() == 1 && raw.get(0).equals(TABLE.defaults().get(say.path()))) return;
        if (phrase.contains("{keys}")) {
            said.add(new Said(say.path(), phrase.replace("{keys}", String.join(", ", values)), values.stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(",\\s*"))).map(k -> k.replace("`", "")).toList()));
        } else if (phrase.contains("`{}`")) {
            // Each value its own code span: "image `nginx`, `busybox:1.36`".
            List<String> spans = values.stream().map(v -> "`" + v + "`").toList();
            said.add(new Said(say.path(), phrase.replace("`{}`", String.join(", ", spans)), raw));
        } else if (phrase.contains("{}")) {
            String joined = String.join(", ", values);
            String p = joined.equals("1") && phrase.matches("\\{} \\w+s") ? phrase.substring(0, phrase.length() - 1) : phrase;
            said.add(new Said(say.path(), p.replace("{}", joined), raw));
        } else {
            said.add(new Said(say.path(), phrase, List.of()));
        }
    }

    private static void collect(JsonNode node, String[] path, int at, List<JsonNode> out) {
        if (node == null) return;
        if (at == path.length) {
            out.add(node);
            return;
        }
        String segment = path[at];
        boolean each = segment.endsWith("[]");
        JsonNode child = node.get(each ? segment.substring(0, segment.length() - 2) : segment);
        if (child == null) return;
        if (each) {
            if (child.isArray()) for (JsonNode item : child) collect(item, path, at + 1, out);
        } else {
            collect(child, path, at + 1, out);
        }
    }

    /** A value in words: a scalar as written, a list joined, a map as key=value pairs. */
    private static String format(JsonNode n, String listJoin) {
        if (n.isValueNode()) return shorten(n.asText());
        List<String> parts = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode item : n) {
                // A list missing one item would state a different value: all of it or none.
                if (!item.isNull() && format(item, listJoin) == null) return null;
                String f = format(item, listJoin);
                if (f != null) parts.add(f);
            }
            return parts.isEmpty() ? null : shorten(String.join(listJoin, parts));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) continue;
            String f = format(e.getValue(), listJoin);
            // A map missing one entry would state a different value too: all of it or none.
            if (f == null) return null;
            parts.add(e.getKey() + "=" + f);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String keys(JsonNode n) {
        if (!n.isObject()) return null;
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> k.add("`" + f.replace("`", "") + "`"));
        return k.isEmpty() ? null : String.join(", ", k);
    }

    /**
     * Up to {@code max} set values as {@code `parent.field: value`}, in document order. The field with its
     * parent says where it goes, as {@link #guessless} does; the whole path from the top would spell out
     * the structure the card asks to recall.
     */
    private static List<String> leaves(JsonNode node, String prefix, int max) {
        List<String> out = new ArrayList<>();
        leaves(node, prefix.isEmpty() ? List.of() : List.of(prefix.split("\\.")), max, out);
        return out;
    }

    private static void leaves(JsonNode node, List<String> path, int max, List<String> out) {
        if (out.size() >= max || node == null || node.isNull()) return;
        if (node.isValueNode()) {
            if (path.isEmpty()) return;
            String v = shorten(node.asText());
            String key = path.get(path.size() - 1);
            // A default ("spec.replicas: 1") is no requirement, here as in the kind's own fields.
            boolean isDefault = v != null && (v.equals(TABLE.defaults().get(String.join(".", path))) || v.equals(TABLE.defaults().get(key)));
            String label = path.size() > 1 ? path.get(path.size() - 2) + "." + key : key;
            if (v != null && !v.isBlank() && !isDefault) out.add("`" + label.replace("`", "") + ": " + v.replace("`", "") + "`");
            return;
        }
        if (node.isArray()) {
            // A list of words is one value, said whole ("`rules.verbs: get, list`"), as chosenItems says it.
            String whole = isScalars(node) && !node.isEmpty() && !path.isEmpty() ? format(node, ", ") : null;
            if (whole != null) {
                leaves(JsonNodeFactory.instance.textNode(whole), path, max, out);
                return;
            }
            for (JsonNode item : node) leaves(item, path, max, out);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> child = new ArrayList<>(path);
            child.add(e.getKey());
            leaves(e.getValue(), child, max, out);
        }
    }

    /** The value on one line, or null when too long to state: a value cut short is another value. */
    private static String shorten(String v) {
        String s = SPACE_RUN.matcher(v.strip().replace("`", "")).replaceAll(" ");
        return s.length() <= MAX_VALUE_CHARS ? s : null;
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isValueNode()) return null;
        String s = n.asText().strip().replace("`", "");
        return s.isEmpty() ? null : s;
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Table load() {
        try (InputStream in = ManifestFront.class.getResourceAsStream("manifest-fronts.json")) {
            if (in == null) throw new IllegalStateException("manifest-fronts.json missing from the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> podSpecAt = new HashMap<>();
            root.get("podSpecAt").fields().forEachRemaining(e -> podSpecAt.put(e.getKey(), e.getValue().asText()));
            Map<String, List<Say>> kinds = new HashMap<>();
            root.get("kinds").fields().forEachRemaining(e -> kinds.put(e.getKey(), says(e.getValue())));
            Map<String, String> defaults = new HashMap<>();
            root.path("notAsked").path("defaults").fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().asText()));
            Set<String> free = new java.util.HashSet<>();
            root.path("notAsked").path("chosenFreely").forEach(n -> free.add(n.asText()));
            Set<String> entryFields = new java.util.HashSet<>();
            root.path("notAsked").path("entryFields").path("names").forEach(n -> entryFields.add(n.asText()));
            Set<String> guessless = new java.util.HashSet<>();
            root.path("notAsked").path("guessless").path("keys").forEach(n -> guessless.add(n.asText()));
            String suffix = root.path("notAsked").path("guessless").path("suffix").asText();
            if (suffix.isEmpty()) throw new IllegalStateException("manifest-fronts.json: notAsked.guessless.suffix is empty");
            return new Table(Map.copyOf(podSpecAt), says(root.get("allKinds")), Map.copyOf(kinds), says(root.get("podSpec")),
                    Map.copyOf(defaults), Set.copyOf(free), Set.copyOf(entryFields), Set.copyOf(guessless), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Say> says(JsonNode list) {
        List<Say> out = new ArrayList<>();
        for (JsonNode entry : list) {
            out.add(new Say(entry.get(0).asText(), entry.get(1).asText(), entry.size() > 2 ? entry.get(2).asText() : ", "));
        }
        return List.copyOf(out);
    }
}
