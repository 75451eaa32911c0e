package io.deckhand.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a YAML block from the notes is a whole manifest a card can ask the user to write: not an
 * excerpt with content left out ("...", "# ... rest of spec"), not prose or commands that happen to
 * read as YAML, and not a wrapper that sets nothing beyond what the object is called. Thread-safe.
 */
final class ManifestShape {
    /** A line, value or comment that stands for left-out content: "...", ". . .", "…", "# ... rest". */
    private static final Pattern ELISION = Pattern.compile(
            "(?m)^\\s*(?:-\\s+)?(?:[\\w.\"'/-]+:\\s*)?(?:#\\s*)?(?:\\.\\s*){3,}.*$|^\\s*(?:-\\s+)?(?:[\\w.\"'/-]+:\\s*)?(?:#\\s*)?\u2026.*$"
                    + "|[\\[{]\\s*(?:\\.\\s*){3,}|[\\[{]\\s*\u2026");
    /** What a document says about what it is; a manifest with nothing else asks nothing to recall. */
    private static final Set<String> IDENTITY = Set.of("apiVersion", "kind", "metadata");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** Fields kubectl's dry run writes empty (no server has set them yet): nothing for a writer to write. */
    private static final Pattern EMPTY_SERVER_FIELD = Pattern.compile("^(?:\\s*creationTimestamp:\\s*null|status:\\s*\\{})\\s*$");
    private static final Pattern BARE_KEY = Pattern.compile("^(\\s*)[\\w.-]+:\\s*$");

    private ManifestShape() {
    }

    /**
     * The text without the fields a dry run leaves empty for the server ({@code creationTimestamp: null},
     * {@code status: {}}), and without a mapping they leave empty; the text as it was when nothing
     * was removed or the result does not parse. Only for a manifest the notes give as one to write.
     */
    static String withoutEmptyServerFields(String yaml) {
        String[] lines = yaml.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            if (EMPTY_SERVER_FIELD.matcher(lines[i]).matches()) drop[i] = any = true;
        }
        if (!any) return yaml;
        // "metadata:" whose only field was dropped would now read as null: it goes too.
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher bare = BARE_KEY.matcher(lines[i]);
            if (drop[i] || !bare.matches()) continue;
            int next = i + 1;
            while (next < lines.length && (drop[next] || lines[next].isBlank())) next++;
            boolean droppedBelow = i + 1 < lines.length && drop[i + 1];
            int indent = bare.group(1).length();
            boolean emptied = next >= lines.length || lines[next].length() - lines[next].stripLeading().length() <= indent;
            if (droppedBelow && emptied) drop[i] = true;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (drop[i]) continue;
            if (out.length() > 0) out.append('\n');
            out.append(lines[i]);
        }
        String stripped = out.toString().strip();
        return ManifestRepair.parses(stripped) ? stripped : yaml;
    }

    /** Whether the text leaves content out with an ellipsis, so it does not show a manifest whole. */
    static boolean elided(String yaml) {
        return ELISION.matcher(yaml).find();
    }

    /**
     * Whether a document holds a key with a space in it. Kubernetes field names, label keys and data keys
     * never have one: such a key is a sentence of the notes ("Note: the image must exist") that YAML
     * happened to read as a mapping, so the block is prose, not a manifest.
     */
    static boolean hasProseKey(List<JsonNode> documents) {
        for (JsonNode doc : documents) if (proseKey(doc)) return true;
        return false;
    }

    private static boolean proseKey(JsonNode node) {
        if (node == null) return false;
        if (node.isArray()) {
            for (JsonNode item : node) if (proseKey(item)) return true;
            return false;
        }
        if (!node.isObject()) return false;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (WHITESPACE.matcher(key.strip()).find() || proseKey(node.get(key))) return true;
        }
        return false;
    }

    /**
     * Whether a document leaves what it is blank ("apiVersion:" with no value): an outline of the fields
     * to fill in, not a manifest to write.
     */
    static boolean blankIdentity(List<JsonNode> documents) {
        for (JsonNode doc : documents) {
            if (doc == null || !doc.isObject()) continue;
            for (String key : List.of("apiVersion", "kind")) {
                JsonNode v = doc.get(key);
                if (doc.has(key) && (v.isNull() || v.asText().isBlank())) return true;
            }
        }
        return false;
    }

    /**
     * Whether every document only says what it is (apiVersion, kind, metadata): its front would give
     * every value and the answer adds nothing but the boilerplate around them.
     */
    static boolean identityOnly(List<JsonNode> documents) {
        boolean any = false;
        for (JsonNode doc : documents) {
            if (doc == null || !doc.isObject() || doc.isEmpty()) continue;
            any = true;
            for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
                // "apiversion:" is the notes' slip for apiVersion, still no content.
                String key = it.next();
                if (IDENTITY.stream().noneMatch(key::equalsIgnoreCase)) return false;
            }
        }
        return any;
    }
}
