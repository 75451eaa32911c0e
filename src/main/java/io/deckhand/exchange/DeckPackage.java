package io.deckhand.exchange;

import java.util.List;

/**
 * A package of decks as read from or written to a file, independent of the format: decks, note
 * types, notes, cards, review log and media. Ids are the package's own and link the parts together;
 * the importer maps them to collection ids. {@code warnings} lists what the reader skipped and why.
 */
public record DeckPackage(
        List<PackageDeck> decks,
        List<NoteType> noteTypes,
        List<PackageNote> notes,
        List<PackageCard> cards,
        List<PackageReview> reviews,
        List<MediaFile> media,
        List<String> warnings) {

    public DeckPackage {
        decks = List.copyOf(decks);
        noteTypes = List.copyOf(noteTypes);
        notes = List.copyOf(notes);
        cards = List.copyOf(cards);
        reviews = List.copyOf(reviews);
        media = List.copyOf(media);
        warnings = List.copyOf(warnings);
    }
}
