package io.deckhand.domain.note;

import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * The source of one or more cards: its fields (front, back, ... as Markdown), a stable
 * {@code guid} (Anki's note GUID, or one derived from the source), where it came from in the
 * person's notes ({@code source}, null for hand-made or imported cards) and a hash of its content
 * used by re-sync to tell changed notes from unchanged ones.
 */
public record Note(NoteId id, String guid, String noteType, List<String> fields, SourceRef source, String contentHash) {
    public Note {
        Objects.requireNonNull(id);
        Objects.requireNonNull(guid);
        Objects.requireNonNull(noteType);
        fields = List.copyOf(fields);
        contentHash = contentHash == null ? "" : contentHash;
    }
}
