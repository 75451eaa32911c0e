package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.NoteId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What importing some notes would do, worked out without changing anything: cards to add, cards to
 * update in place, cards already up to date, and saved cards whose source is gone from the notes.
 * {@code readings}: how each imported folder or file (absolute path) was read, remembered on apply.
 */
public record ImportPlan(List<PlannedCard> cards, List<Orphan> orphans, List<SkippedNote> skipped, int notesRead,
                         Map<String, NotesReading> readings) {
    public ImportPlan {
        cards = List.copyOf(cards);
        orphans = List.copyOf(orphans);
        skipped = List.copyOf(skipped);
        readings = Map.copyOf(readings);
    }

    /** A plan read the way each folder or file was read before. */
    public ImportPlan(List<PlannedCard> cards, List<Orphan> orphans, List<SkippedNote> skipped, int notesRead) {
        this(cards, orphans, skipped, notesRead, Map.of());
    }

    /** What applying a planned card does. Persisted nowhere; codes for display and JSON. */
    public enum Action {
        ADD("add"), UPDATE("update"), UNCHANGED("unchanged");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One card from the notes. {@code key} identifies it within the plan (and becomes the note's
     * guid when added); {@code draft.source().path()} is relative to what was imported, {@code file}
     * is the absolute note path the collection remembers. For updates, {@code note}/{@code card} and
     * the saved front/back; {@code reason} says why in the user's words. {@code noteKey} is the key of
     * the note the card belongs to: cards made from one fact share it (the first card's key), and
     * an added card joins {@code note} when set (a reverse added to a saved card).
     */
    public record PlannedCard(String key, Action action, CardDraft draft, String file, NoteId note, CardId card,
                              String savedFront, String savedBack, String reason, String noteKey) {
        public PlannedCard {
            Objects.requireNonNull(key);
            Objects.requireNonNull(action);
            Objects.requireNonNull(draft);
            Objects.requireNonNull(file);
            if (action != Action.ADD && note == null) throw new IllegalArgumentException("update without a note");
            reason = reason == null ? "" : reason;
            noteKey = noteKey == null ? key : noteKey;
        }

        /** A card that is a note of its own. */
        public PlannedCard(String key, Action action, CardDraft draft, String file, NoteId note, CardId card,
                           String savedFront, String savedBack, String reason) {
            this(key, action, draft, file, note, card, savedFront, savedBack, reason, key);
        }
    }

    /**
     * A saved card whose text no longer appears in its note (or whose note file is gone). Deleting it
     * deletes its note too once the note has no other card.
     */
    public record Orphan(NoteId note, CardId card, String file, String heading, String front, String back,
                         String reason) {
        public Orphan {
            Objects.requireNonNull(note);
            Objects.requireNonNull(file);
        }
    }

    public long count(Action action) {
        return cards.stream().filter(c -> c.action() == action).count();
    }
}
