package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProposalRowTextTest {
    @Test
    void headingContextAndBoldMarkersAreLeftOutOfTheRow() {
        assertEquals("What is ClusterIP?",
                NotesImportView.rowText("*Services › Service types*\n\nWhat is **ClusterIP**?"));
    }

    @Test
    void aFrontWithoutContextIsKeptWhole() {
        assertEquals("*emphasis* opens the question",
                NotesImportView.rowText("*emphasis* opens the question"));
        assertEquals("What does `kubectl cordon` do?", NotesImportView.rowText("What does `kubectl cordon` do?"));
    }

    @Test
    void aContextWithNothingAfterItIsShownRatherThanAnEmptyRow() {
        assertEquals("*Only context*", NotesImportView.rowText("*Only context*\n\n  "));
    }

    @Test
    void longQuestionsAreCutToOneLine() {
        String row = NotesImportView.rowText("*A*\n\n" + "word ".repeat(60));
        assertEquals(120, row.length());
        assertEquals('\u2026', row.charAt(119));
    }
}
