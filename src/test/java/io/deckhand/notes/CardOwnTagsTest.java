package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.note.ObsidianSrSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card's own tags opening its line after a deck tag, and the front matter's deck names (issue 11). */
class CardOwnTagsTest {
    private static List<String> read(NoteParser parser, String text) {
        return parser.parse("note.md", text).drafts().stream()
                .map(d -> d.front() + "|" + d.back() + "|" + d.deck() + "|" + d.tags()).toList();
    }

    @Test
    void tagsAfterTheDeckTagAreTheCardsOwnInBothReadings() {
        String note = """
                #flashcards/k8s

                #flashcards/k8s/storage #cka #pv/basics What is a PV?::A volume

                #flashcards/k8s #ckad What is a Pod?
                ?
                The smallest unit.

                #ckad What is a Service?::A stable address

                A ==Pod== runs containers
                """;
        List<String> expected = List.of("What is a PV?|A volume|k8s::storage|[cka, pv/basics, flashcards/k8s/storage]",
                "What is a Pod?|The smallest unit.|k8s|[ckad, flashcards/k8s]",
                // no deck tag opens the line: its tags stay text, as the plugin shows them
                "#ckad What is a Service?|A stable address|k8s|[flashcards/k8s]",
                "A [...] runs containers|A Pod runs containers|k8s|[flashcards/k8s]");
        assertEquals(expected, read(new NoteParser(), note));
        assertEquals(expected, read(new NoteParser(ObsidianSrSettingsFile.toSyntax(ObsidianSrSettings.pluginDefaults())), note));
    }

    @Test
    void theFrontMatterNamesTheDeckATagStandsFor() {
        String note = """
                ---
                deckhand-decks:
                  "#flashcards/Core-Concepts": "Core Concepts"
                  "#flashcards/Say-\\"hi\\"": "Say \\"hi\\" \\\\o/"
                  "#flashcards/broken": "unterminated
                ---
                #flashcards/Core-Concepts

                What is a Pod?::The smallest unit

                #flashcards/Say-"hi" Hello?::World

                #flashcards/broken Broken?::Read as its tag
                """;
        assertEquals(List.of("What is a Pod?|The smallest unit|Core Concepts|[flashcards/Core-Concepts]",
                "Hello?|World|Say \"hi\" \\o/|[flashcards/Say-\"hi\"]",
                "Broken?|Read as its tag|broken|[flashcards/broken]"), read(new NoteParser(), note));
    }
}
