package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One parse of a manifest's YAML serves the repair, the manifest rule and the gate, with the answers each gave alone. */
class ParsedYamlTest {

    @Test
    void everyDocumentIsReadAndTheSameTextIsNotReadAgain() {
        String yaml = "apiVersion: v1\nkind: Pod\n---\n---\nkind: Service\n";
        ParsedYaml p = ParsedYaml.of(yaml);
        assertNull(p.error);
        assertEquals(3, p.documents.size());
        assertEquals("Pod", p.documents.get(0).get("kind").asText());
        assertSame(p, ParsedYaml.of(new String(yaml)), "an equal text is the one just read");
    }

    @Test
    void aTextThatDoesNotParseKeepsItsError() {
        String yaml = "kind: Pod\nmetadata:\n  name: a\n   bad: [\n";
        ParsedYaml p = ParsedYaml.of(yaml);
        assertNotNull(p.error);
        assertEquals(false, ManifestRepair.parses(yaml));
        assertTrue(ManifestRepair.problem(yaml).startsWith("line "), ManifestRepair.problem(yaml));
    }

    @Test
    void aFrontIsWrittenFromTheParsedDocuments() {
        assertEquals("Write a Pod `web`", ManifestFront.of("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"));
        // Read as before the cache: the reading stops at the document that does not parse.
        assertNull(ManifestFront.of("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\nkind: [\n"));
    }

    @Test
    void theManifestsOfANoteAreAllKeptForTheGate() {
        // The gate judges a note's cards after all of them are made: a note's worth of manifests stays read.
        java.util.List<ParsedYaml> first = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) first.add(ParsedYaml.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + i + "\n"));
        for (int i = 0; i < 20; i++) {
            assertSame(first.get(i), ParsedYaml.recent("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + i + "\n"));
        }
    }
}
