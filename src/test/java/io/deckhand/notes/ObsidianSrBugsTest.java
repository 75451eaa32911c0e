package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.note.ObsidianSrSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four Obsidian SR reading bugs of issue 11, as notes a user writes them. */
class ObsidianSrBugsTest {
    private static List<CardDraft> deckhand(String text) {
        return new NoteParser().parse("note.md", text).drafts();
    }

    private static List<CardDraft> plugin(ObsidianSrSettings s, String text) {
        return new NoteParser(ObsidianSrSettingsFile.toSyntax(s)).parse("note.md", text).drafts();
    }

    @Test
    void aBlockListOfFrontMatterTagsGivesThoseTagsAndNoDashes() {
        List<CardDraft> cards = deckhand("""
                ---
                tags:
                  - kubernetes
                  - "networking"
                ---
                What does a ClusterIP Service expose?::A stable virtual IP reachable only inside the cluster.
                """);
        assertEquals(1, cards.size());
        assertEquals(List.of("kubernetes", "networking"), cards.get(0).tags());
    }

    @Test
    void frontMatterFlashcardTagsAsABlockListFileTheCards() {
        List<CardDraft> cards = plugin(ObsidianSrSettings.pluginDefaults(), """
                ---
                tags:
                  - flashcards/k8s
                ---
                Pod::The smallest deployable unit
                """);
        assertEquals(1, cards.size());
        assertEquals("k8s", cards.get(0).deck());
        assertFalse(cards.get(0).tags().stream().anyMatch(t -> t.contains("--")), cards.get(0).tags().toString());
    }

    @Test
    void oneWordQuestionAndAnswerInAnUntaggedNoteIsACard() {
        List<CardDraft> cards = deckhand("""
                # Capitals

                Paris::France

                Rome::Italy
                """);
        assertEquals(List.of("Paris", "Rome"), cards.stream().map(CardDraft::front).toList());
        assertEquals(List.of("France", "Italy"), cards.stream().map(CardDraft::back).toList());
    }

    @Test
    void dataviewFieldsWithASpaceAfterTheColonsStayMetadata() {
        assertTrue(deckhand("""
                status:: done
                mood:: calm
                """).isEmpty());
    }

    @Test
    void theEndMarkerIsNotPartOfTheBack() {
        ObsidianSrSettings s = new ObsidianSrSettings("::", ":::", "?", "??", "+++",
                List.of(ObsidianSrSettings.HIGHLIGHT_CLOZE), List.of("#flashcards"), false);
        List<CardDraft> cards = plugin(s, """
                #flashcards

                What are the phases of a Pod?
                ?
                Pending, Running, Succeeded, Failed

                and Unknown when the node cannot be reached.
                +++

                Next paragraph of the note, not a card.
                """);
        assertEquals(1, cards.size());
        assertEquals("Pending, Running, Succeeded, Failed\n\nand Unknown when the node cannot be reached.",
                cards.get(0).back());
        assertFalse(cards.get(0).back().contains("+++"));
    }

    @Test
    void twoTopicTagsOnOneLineFileTheCardInBothDecks() {
        List<CardDraft> cards = plugin(ObsidianSrSettings.pluginDefaults(), """
                #flashcards/k8s #flashcards/networking

                What does a ClusterIP Service expose?::A stable virtual IP inside the cluster
                """);
        assertEquals(List.of("k8s", "networking"), cards.stream().map(CardDraft::deck).toList());
        assertTrue(cards.stream().allMatch(c -> c.front().equals("What does a ClusterIP Service expose?")));
    }

    @Test
    void twoTagsOpeningTheQuestionsLineFileItInBothDecks() {
        List<CardDraft> cards = plugin(ObsidianSrSettings.pluginDefaults(), """
                #flashcards/a #flashcards/b Question::Answer
                """);
        assertEquals(List.of("a", "b"), cards.stream().map(CardDraft::deck).toList());
        assertEquals(List.of("Question", "Question"), cards.stream().map(CardDraft::front).toList());
    }

    @Test
    void scheduleCommentsTravelWithTheirCards() {
        List<CardDraft> cards = plugin(ObsidianSrSettings.pluginDefaults(), """
                #flashcards
                Pod:::smallest unit
                <!--SR:!2026-01-03,3,250!2026-01-10,9,270-->
                """);
        assertEquals(2, cards.size());
        assertEquals(java.time.LocalDate.of(2026, 1, 3), cards.get(0).schedule().dueDay());
        assertEquals(9, cards.get(1).schedule().intervalDays());
        assertEquals(270, cards.get(1).schedule().easePercent());
    }
}
