package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a task's manifest answer that does not parse (cut off, prose inside it) is proposed unticked with
 * the parser's words and line; the same manifest whole is ticked.
 */
class BrokenManifestCardsTest {
    private static CardDraft manifestCard(String yaml) {
        List<CardDraft> cards = md("## Tea room\n\n1. Create a pod named kettle running the image tea/kettle:1.2.\n\n"
                + "<details><summary>Solution</summary>\n\n```yaml\n" + yaml + "```\n\n</details>\n");
        return cards.stream().filter(c -> c.back().contains("kind: Pod")).findFirst()
                .orElseThrow(() -> new AssertionError("no card holds the manifest: " + cards));
    }

    private static final String WHOLE = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kettle
            spec:
              containers:
              - name: kettle
                image: tea/kettle:1.2
            """;

    @Test
    void aWholeManifestIsTicked() {
        CardDraft c = manifestCard(WHOLE);
        assertTrue(c.quality().passed(), c.quality().reasons().toString());
    }

    @Test
    void aManifestCutOffInAFlowMappingIsUntickedNamingTheLine() {
        CardDraft c = manifestCard(WHOLE + "    resources: { limits:\n");
        assertFalse(c.quality().passed(), c.toString());
        assertTrue(c.quality().reasonText().contains("not valid YAML (line "), c.quality().reasons().toString());
    }

    @Test
    void proseWrittenIntoAManifestIsUnticked() {
        CardDraft c = manifestCard(WHOLE + "then apply it and watch the kettle start\n");
        assertFalse(c.quality().passed(), c.toString());
        assertTrue(c.quality().reasonText().contains("not valid YAML"), c.quality().reasons().toString());
    }

    @Test
    void aHelmTemplateIsNotJudgedAsPlainYaml() {
        CardDraft c = manifestCard(WHOLE.replace("tea/kettle:1.2", "{{ .Values.image }}"));
        assertFalse(c.quality().reasonText().contains("YAML"), c.quality().reasons().toString());
    }

    @Test
    void theReasonStaysOffTheCardAndTheKindIsAManifest() {
        CardDraft c = manifestCard(WHOLE + "then apply it and watch the kettle start\n");
        assertTrue(c.kind() == CardKind.MANIFEST || c.kind() == CardKind.BASIC, c.kind().toString());
        assertFalse(c.back().contains("valid YAML"), c.back());
    }
}
