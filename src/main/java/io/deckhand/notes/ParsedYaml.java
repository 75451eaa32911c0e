package io.deckhand.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every document of a YAML text as {@link ManifestRepair#YAML} reads it, or the error that stopped the
 * reading; the last few texts are kept per thread. A manifest card's YAML is read by the repair (does
 * it parse?), the manifest rule (its front) and the quality gate (why it does not parse): one parse
 * serves all three. Callers treat the documents as read-only (copy before changing one).
 */
final class ParsedYaml {
    private static final int KEPT = 4;
    private static final ThreadLocal<ParsedYaml[]> RECENT = ThreadLocal.withInitial(() -> new ParsedYaml[KEPT]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);

    private final String text;
    /** The documents read before {@link #error} (all of them when it is null; an empty one is null). */
    final List<JsonNode> documents;
    /** What the reading (or closing the reader) threw, or null. */
    final Exception error;

    private ParsedYaml(String text, List<JsonNode> documents, Exception error) {
        this.text = text;
        this.documents = documents;
        this.error = error;
    }

    static ParsedYaml of(String yaml) {
        ParsedYaml[] recent = RECENT.get();
        for (ParsedYaml p : recent) if (p != null && p.text.equals(yaml)) return p;
        ParsedYaml p = parse(yaml);
        int[] next = NEXT.get();
        recent[next[0]] = p;
        next[0] = (next[0] + 1) % KEPT;
        return p;
    }

    /** The text's reading when this thread read it lately, else null (nothing is parsed). */
    static ParsedYaml recent(String yaml) {
        for (ParsedYaml p : RECENT.get()) if (p != null && p.text.equals(yaml)) return p;
        return null;
    }

    private static ParsedYaml parse(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = ManifestRepair.YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) docs.add(it.next());
        } catch (IOException | RuntimeException e) {
            return new ParsedYaml(yaml, Collections.unmodifiableList(docs), e);
        }
        return new ParsedYaml(yaml, Collections.unmodifiableList(docs), null);
    }
}
