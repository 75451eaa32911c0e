package io.deckhand.app.notes;

/** What an applied import did. {@code leftOut}: planned adds or updates the user did not select. */
public record NotesImportResult(int added, int updated, int unchanged, int leftOut, int orphansDeleted,
                                int orphansKept) {
}
