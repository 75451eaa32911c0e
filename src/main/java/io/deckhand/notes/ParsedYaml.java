package io.deckhand.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every document of a YAML text as {@link ManifestRepair#YAML} reads it, or the error that stopped the
 * reading; the last few texts are kept per thread. A manifest card's YAML is read by the repair (does
 * it parse?), the manifest rule (its front) and the quality gate (why it does not parse): one parse
 * serves all three. Callers treat the documents as read-only (copy before changing one). The gate
 * judges a note's cards after all of them are made, so the texts of a whole note's manifests are kept
 * (the {@value #KEPT} read last, by a map: a note of many manifests read them all again when only four
 * were kept).
 */
final class ParsedYaml {
    private static final int KEPT = 64;
    private static final ThreadLocal<Map<String, ParsedYaml>> RECENT = ThreadLocal.withInitial(() -> new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedYaml> eldest) {
            return size() > KEPT;
        }
    });

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
        Map<String, ParsedYaml> recent = RECENT.get();
        ParsedYaml p = recent.get(yaml);
        if (p == null) {
            p = parse(yaml);
            recent.put(yaml, p);
        }
        return p;
    }

    /** The text's reading when this thread read it lately, else null (nothing is parsed). */
    static ParsedYaml recent(String yaml) {
        return RECENT.get().get(yaml);
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
