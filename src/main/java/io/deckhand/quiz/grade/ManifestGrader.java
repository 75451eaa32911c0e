package io.deckhand.quiz.grade;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.deckhand.quiz.grade.Difference.Kind;
import io.deckhand.render.yaml.YamlProblem;
import io.deckhand.render.yaml.YamlValidator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Grades a Kubernetes manifest (YAML, one or more {@code ---} documents) by structure, not text.
 *
 * <ul>
 * <li>Key order, comments, quoting and flow or block style do not matter.</li>
 * <li>Lists of objects are paired by an identity key (containers, env, volumes by {@code name};
 *     ports by name or {@code containerPort}, ...: {@code manifest-lists.txt}); other lists by position,
 *     except lists of plain values whose order means nothing ({@code accessModes}, {@code verbs}, ...).</li>
 * <li>Scalars compare by value, leniently as kubectl users write them: {@code 80} equals {@code "80"},
 *     {@code true} equals {@code "true"}, {@code 1} equals {@code 1.0}. Case matters.</li>
 * <li>Values the API server fills in ({@code manifest-defaults.txt}) are not required when expected
 *     and not counted as extra when added. Empty values ({@code {}}, {@code []}, {@code null}) count
 *     on neither side, so the output of {@code kubectl ... --dry-run=client -o yaml} grades as written.</li>
 * <li>Score: matched expected leaf values / (expected leaf values + half the extra leaf values).
 *     Correct only with no difference at all (an extra field makes an answer not correct).</li>
 * <li>Documents are paired by kind and name, then by kind, then in order.</li>
 * </ul>
 * Input is parsed with the limits of {@link YamlValidator} (size, depth, no duplicate keys); YAML
 * aliases are refused (Jackson does not expand them, so nothing can blow up, but an alias would
 * read as its anchor's name). YAML that does not parse scores 0 with a message, never an exception.
 */
public final class ManifestGrader implements AnswerGrader {
    /** How much an extra value weighs against a missing one. */
    static final double EXTRA_WEIGHT = 0.5;
    private static final int MAX_SHOWN = 200;
    /** Pairing without an identity key is quadratic: longer lists go by position. */
    private static final int MAX_SEARCHED = 2000;

    private final ObjectReader reader;
    private final ManifestRules rules = ManifestRules.bundled();

    public ManifestGrader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlValidator.MAX_CHARS * 2);
        options.setNestingDepthLimit(YamlValidator.MAX_DEPTH);
        options.setMaxAliasesForCollections(YamlValidator.MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlValidator.MAX_DEPTH)
                        .maxStringLength(YamlValidator.MAX_CHARS).maxDocumentLength(YamlValidator.MAX_CHARS * 2L).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        reader = new ObjectMapper(factory).readerFor(JsonNode.class);
    }

    @Override
    public Grade grade(String expected, String answer) {
        List<JsonNode> expectedDocs;
        List<JsonNode> answerDocs;
        try {
            expectedDocs = documents(expected);
        } catch (Unreadable u) {
            return unreadable("expected manifest", u.getMessage());
        }
        try {
            answerDocs = documents(answer);
        } catch (Unreadable u) {
            return unreadable("answer", u.getMessage());
        }
        if (answerDocs.isEmpty() && !expectedDocs.isEmpty()) {
            return new Grade(0, false, List.of(new Difference(Kind.MISSING, "manifest", shown(expected.strip()), null)));
        }
        Tally t = new Tally();
        pairDocuments(expectedDocs, answerDocs, t);
        return t.grade();
    }

    private static Grade unreadable(String which, String message) {
        return new Grade(0, false, List.of(new Difference(Kind.WRONG, which, "valid YAML", message)));
    }

    /** The non-empty documents of a YAML text. */
    private List<JsonNode> documents(String text) throws Unreadable {
        String yaml = text == null ? "" : text;
        if (yaml.length() > YamlValidator.MAX_CHARS) {
            throw new Unreadable("The YAML is " + yaml.length() / 1024 + " KB; Deckhand grades manifests up to "
                    + YamlValidator.MAX_CHARS / 1024 + " KB.");
        }
        List<JsonNode> docs = new ArrayList<>();
        if (yaml.indexOf('*') >= 0) {
            refuseAliases(yaml);
        }
        try (MappingIterator<JsonNode> it = reader.readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode d = it.nextValue();
                if (!empty(d) && !(d.isTextual() && d.asText().isBlank())) { // "---" at the end reads as ""
                    docs.add(d);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(problem(yaml, e));
        }
        return docs;
    }

    /**
     * Jackson YAML reads an alias as the anchor's name instead of its value, which would grade a
     * correct answer wrong without saying why; so an answer that uses one is refused with a message.
     */
    private void refuseAliases(String yaml) throws Unreadable {
        try (JsonParser p = reader.getFactory().createParser(yaml)) {
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    JsonLocation at = p.currentLocation();
                    throw new Unreadable(at.getLineNr() + ":" + at.getColumnNr()
                            + ": Deckhand does not follow YAML aliases (*name) when grading; write the value out.");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(problem(yaml, e));
        }
    }

    /** The validator's message (line:column: what), else the parser's. */
    private static String problem(String yaml, Exception e) {
        try {
            List<YamlProblem> problems = new YamlValidator().check(yaml);
            if (!problems.isEmpty()) {
                return problems.get(0).toString();
            }
        } catch (RuntimeException ignored) {
            // fall through to the parser's own message
        }
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private void pairDocuments(List<JsonNode> expected, List<JsonNode> answer, Tally t) {
        boolean several = expected.size() > 1 || answer.size() > 1;
        boolean[] used = new boolean[answer.size()];
        for (JsonNode e : expected) {
            int match = find(answer, used, a -> identity(a).equals(identity(e)) && !identity(e).isEmpty());
            if (match < 0) {
                match = find(answer, used, a -> kind(a).equals(kind(e)) && !kind(e).isEmpty());
            }
            if (match < 0) {
                match = find(answer, used, a -> true);
            }
            String prefix = several ? label(e) + ": " : "";
            if (match < 0) {
                t.missing(label(e), e, "");
            } else {
                used[match] = true;
                compare(e, answer.get(match), prefix, "", t);
            }
        }
        for (int i = 0; i < answer.size(); i++) {
            if (!used[i]) {
                t.extra(label(answer.get(i)), answer.get(i));
            }
        }
    }

    private static int find(List<JsonNode> docs, boolean[] used, java.util.function.Predicate<JsonNode> test) {
        for (int i = 0; i < docs.size(); i++) {
            if (!used[i] && test.test(docs.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String kind(JsonNode doc) {
        JsonNode k = doc.get("kind");
        return k != null && k.isValueNode() ? k.asText() : "";
    }

    private static String identity(JsonNode doc) {
        JsonNode n = doc.path("metadata").get("name");
        return kind(doc).isEmpty() || n == null || !n.isValueNode() ? "" : kind(doc) + "/" + n.asText();
    }

    private static String label(JsonNode doc) {
        String id = identity(doc);
        return !id.isEmpty() ? id : !kind(doc).isEmpty() ? kind(doc) : "document";
    }

    /** Compares an expected value with the answer's at the same place; {@code where} is shown, {@code keys} finds defaults. */
    private void compare(JsonNode e, JsonNode a, String where, String keys, Tally t) {
        if (empty(e)) {
            if (!empty(a)) {
                extra(where, keys, a, t);
            }
            return;
        }
        if (empty(a)) {
            t.missing(where, e, keys);
            return;
        }
        if (e.isObject() && a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                compare(f.getValue(), a.get(f.getKey()), join(where, f.getKey()), join(keys, f.getKey()), t);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!e.has(f.getKey())) {
                    extra(join(where, f.getKey()), join(keys, f.getKey()), f.getValue(), t);
                }
            }
        } else if (e.isArray() && a.isArray()) {
            list(e, a, where, keys, t);
        } else if (e.isValueNode() && a.isValueNode()) {
            if (sameScalar(e, a)) {
                t.matched++;
            } else {
                t.wrong(where, 1, e.asText(), a.asText());
            }
        } else {
            t.wrong(where, t.leaves(e, keys)[1], shown(e), shown(a));
        }
    }

    private void list(JsonNode e, JsonNode a, String where, String keys, Tally t) {
        String identity = identityKey(e);
        String last = keys.substring(keys.lastIndexOf('.') + 1);
        if (identity != null) {
            keyedList(e, a, identity, where, keys, t);
        } else if (rules.unordered(last) && scalars(e) && scalars(a) && e.size() <= MAX_SEARCHED && a.size() <= MAX_SEARCHED) {
            List<JsonNode> left = new ArrayList<>();
            a.forEach(left::add);
            for (JsonNode item : e) {
                int i = indexOf(left, item);
                if (i >= 0) {
                    left.remove(i);
                    t.matched++;
                } else {
                    t.missing(where, item, keys);
                }
            }
            left.forEach(x -> extra(where, keys, x, t));
        } else {
            for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
                String at = where + "[" + i + "]";
                if (i >= e.size()) {
                    extra(at, keys, a.get(i), t);
                } else {
                    compare(e.get(i), a.get(i), at, keys, t);
                }
            }
        }
    }

    private void keyedList(JsonNode e, JsonNode a, String identity, String where, String keys, Tally t) {
        boolean[] used = new boolean[a.size()];
        Map<String, Integer> byIdentity = new HashMap<>();
        for (int i = a.size() - 1; i >= 0; i--) {
            JsonNode id = a.get(i).get(identity);
            if (id != null && id.isValueNode()) {
                byIdentity.put(id.asText(), i);
            }
        }
        for (JsonNode item : e) {
            String name = item.get(identity).asText();
            Integer match = byIdentity.get(name);
            match = match != null && used[match] ? null : match;
            if (match == null && a.size() <= MAX_SEARCHED) {
                match = byOtherKey(item, a, used, identity);
            }
            String at = where + "[" + name + "]";
            if (match == null) {
                t.missing(at, item, keys);
            } else {
                used[match] = true;
                compare(item, a.get(match), at, keys, t);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!used[i]) {
                JsonNode id = a.get(i).get(identity);
                extra(where + "[" + (id != null && id.isValueNode() ? id.asText() : String.valueOf(i)) + "]", keys, a.get(i), t);
            }
        }
    }

    /** An answer item that has the expected item's value for another identity key (a port without its name). */
    private Integer byOtherKey(JsonNode item, JsonNode a, boolean[] used, String tried) {
        for (String key : rules.identityKeys()) {
            JsonNode v = item.get(key);
            if (key.equals(tried) || v == null || !v.isValueNode()) {
                continue;
            }
            for (int i = 0; i < a.size(); i++) {
                JsonNode other = a.get(i).get(key);
                if (!used[i] && other != null && other.isValueNode() && sameScalar(v, other)) {
                    return i;
                }
            }
        }
        return null;
    }

    /** The first identity key every item has, with distinct values; null when items go by position. */
    private String identityKey(JsonNode list) {
        for (String key : rules.identityKeys()) {
            Set<String> seen = new HashSet<>();
            boolean all = list.size() > 0;
            for (JsonNode item : list) {
                JsonNode v = item.isObject() ? item.get(key) : null;
                if (v == null || !v.isValueNode() || v.isNull() || !seen.add(v.asText())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return key;
            }
        }
        return null;
    }

    private void extra(String where, String keys, JsonNode a, Tally t) {
        if (empty(a) || rules.isDefault(keys, a)) {
            return;
        }
        if (a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                extra(join(where, f.getKey()), join(keys, f.getKey()), f.getValue(), t);
            }
            return;
        }
        int[] counts = t.leaves(a, keys);
        if (counts[1] > 0) {
            t.extraLeaves += counts[1];
            t.differences.add(new Difference(Kind.EXTRA, shownPath(where), null, shown(a)));
        }
    }

    private static boolean scalars(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<JsonNode> items, JsonNode value) {
        for (int i = 0; i < items.size(); i++) {
            if (sameScalar(items.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal as Kubernetes users mean them: by text, and numerically when either side is a number. */
    static boolean sameScalar(JsonNode e, JsonNode a) {
        if (e.asText().equals(a.asText())) {
            return true;
        }
        if (e.isNumber() || a.isNumber()) {
            try {
                return new BigDecimal(e.asText().strip()).compareTo(new BigDecimal(a.asText().strip())) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return false;
    }

    static boolean empty(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isContainerNode() && n.isEmpty());
    }

    private static String join(String path, String key) {
        if (path.isEmpty() || path.endsWith(": ")) {
            return path + key;
        }
        return path + "." + key;
    }

    private static String shownPath(String where) {
        return where.isEmpty() ? "(document)" : where.endsWith(": ") ? where.substring(0, where.length() - 2) : where;
    }

    private static String shown(JsonNode n) {
        return shown(n.isValueNode() ? n.asText() : n.toString());
    }

    private static String shown(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }

    /** Matched and missed expected leaves, extra answer leaves and the differences found. */
    private final class Tally {
        int matched;
        int missed;
        int extraLeaves;
        final List<Difference> differences = new ArrayList<>();

        /** {defaults, others}: the leaf values under {@code n}, split by whether the API server would fill them in. */
        int[] leaves(JsonNode n, String keys) {
            int[] counts = new int[2];
            count(n, keys, counts);
            return counts;
        }

        private void count(JsonNode n, String keys, int[] counts) {
            if (empty(n)) {
                return;
            }
            if (rules.isDefault(keys, n)) {
                counts[0] += n.isArray() ? n.size() : 1;
            } else if (n.isObject()) {
                n.fields().forEachRemaining(f -> count(f.getValue(), join(keys, f.getKey()), counts));
            } else if (n.isArray()) {
                n.forEach(item -> count(item, keys, counts));
            } else {
                counts[1]++;
            }
        }

        /** Expected {@code e} absent: its default values count as matched, the rest as one missing difference. */
        void missing(String where, JsonNode e, String keys) {
            int[] counts = leaves(e, keys);
            matched += counts[0];
            if (counts[1] > 0) {
                missed += counts[1];
                differences.add(new Difference(Kind.MISSING, shownPath(where), shown(e), null));
            }
        }

        void extra(String where, JsonNode a) {
            int[] counts = leaves(a, "");
            extraLeaves += counts[0] + counts[1];
            differences.add(new Difference(Kind.EXTRA, where, null, shown(a)));
        }

        void wrong(String where, int leaves, String expected, String actual) {
            missed += Math.max(1, leaves);
            differences.add(new Difference(Kind.WRONG, shownPath(where), expected, actual));
        }

        Grade grade() {
            double total = matched + missed + EXTRA_WEIGHT * extraLeaves;
            double score = total == 0 ? 1 : matched / total;
            List<Difference> sorted = new ArrayList<>(differences);
            sorted.sort(Comparator.comparingInt(d -> d.kind() == Kind.WRONG ? 0 : d.kind() == Kind.MISSING ? 1 : 2));
            return new Grade(score, differences.isEmpty(), sorted);
        }
    }

    /** YAML that cannot be read, with a message for the user. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }
}
