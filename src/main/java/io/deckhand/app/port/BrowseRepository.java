package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.search.SearchNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The card browser's reads and bulk changes: search, flags, burying, deleting with a way back. */
public interface BrowseRepository {
    /** A card with the marks the browser shows; {@code buriedUntil} null when not buried. */
    record Found(Card card, int flag, Instant buriedUntil) {
    }

    /**
     * When a search runs: {@code is:due}, {@code is:buried} and {@code prop:due} are counted from these;
     * {@code is:buried} also finds {@code hiddenSiblings} (siblings of today's answers, hidden until tomorrow).
     */
    record SearchTime(Instant now, Instant dayStart, Instant dayEnd, java.util.Set<CardId> hiddenSiblings) {
        public SearchTime {
            hiddenSiblings = java.util.Set.copyOf(hiddenSiblings);
        }

        /** With no siblings hidden for the day. */
        public SearchTime(Instant now, Instant dayStart, Instant dayEnd) {
            this(now, dayStart, dayEnd, java.util.Set.of());
        }
    }

    /**
     * What a delete removed, kept so that undo can put back exactly the same rows (ids, review
     * history, notes). Opaque to the app: only {@link #restore} reads {@code rows}.
     */
    record Deleted(int cards, int decks, Object rows) {
    }

    /** Matching cards, at most {@code limit}, oldest first. */
    List<Found> search(SearchNode query, SearchTime time, int limit) throws DeckhandException;

    /** These cards as they are now (missing ones left out). */
    List<Found> find(Collection<CardId> ids) throws DeckhandException;

    void setSuspended(Collection<CardId> ids, boolean suspended) throws DeckhandException;

    void setFlag(Collection<CardId> ids, int flag) throws DeckhandException;

    /** Buries the cards until {@code until}; null unburies them. */
    void setBuriedUntil(Collection<CardId> ids, Instant until) throws DeckhandException;

    /** Cards buried by hand and still buried at {@code now}. */
    Set<CardId> buriedAt(Instant now) throws DeckhandException;

    /** Deletes the cards, their review history, and the notes left without cards. */
    Deleted deleteCards(Collection<CardId> ids) throws DeckhandException;

    /** Deletes the decks with all their cards (the caller passes sub-decks too). */
    Deleted deleteDecks(Collection<DeckId> ids) throws DeckhandException;

    /** Puts back what a delete removed; its rows must not have been re-used since. */
    void restore(Deleted deleted) throws DeckhandException;

    /** How many cards these decks hold. */
    int countInDecks(Collection<DeckId> ids) throws DeckhandException;
}
