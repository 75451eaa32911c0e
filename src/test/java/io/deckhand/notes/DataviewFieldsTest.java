package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Obsidian vaults often hold Dataview fields ({@code status:: done}, {@code [mood:: calm]}), which use
 * the plugin's "::" separator. In notes not tagged for flashcards they are metadata, not cards.
 */
class DataviewFieldsTest {
    private final ExplicitCardParser deckhand = new ExplicitCardParser(ExplicitSyntax.deckhandDefaults());

    private List<String> fronts(String note) {
        return deckhand.parse(note, List.of()).stream()
                .flatMap(c -> c.sides().stream()).map(ExplicitCard.Side::front).toList();
    }

    @Test
    void fieldLinesOfAnUntaggedNoteAreNotCards() {
        assertEquals(List.of(), fronts("""
                status:: done
                created:: 2024-05-01
                - topic:: [[Networking]]
                rating::
                """));
    }

    @Test
    void inlineFieldsInsideTextAreNotCards() {
        assertEquals(List.of(), fronts("Practised the exam labs today [mood:: calm] (score:: 82)\n"));
    }

    @Test
    void realQuestionsBesideFieldsStillAreCards() {
        List<String> fronts = fronts("""
                status:: draft

                What does a ClusterIP Service expose::A virtual IP reachable inside the cluster

                Pod::The smallest deployable unit of Kubernetes
                """);
        assertEquals(List.of("What does a ClusterIP Service expose", "Pod"), fronts);
    }

    @Test
    void aNoteTaggedForFlashcardsIsReadAsThePluginReadsIt() {
        List<String> fronts = fronts("#flashcards\n\nstatus::done\n");
        assertTrue(fronts.contains("status"), fronts.toString());
    }
}
