package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CardRepository {
    /**
     * Where a card sits, without its text: enough to spread an exam over topics before reading the
     * few cards it needs. {@code headingPath} is its note's heading path (empty if none);
     * {@code tags} are read only when the cards were chosen by tags (else empty), as they are what
     * such an exam is spread over.
     */
    record QuizRef(CardId id, DeckId deck, List<String> tags, List<String> headingPath) {
        public QuizRef {
            tags = List.copyOf(tags);
            headingPath = List.copyOf(headingPath);
        }
    }

    Card insert(NoteId note, DeckId deck, CardKind kind, String front, String back, List<String> tags,
                SchedulingState scheduling) throws DeckhandException;

    Optional<Card> find(CardId id) throws DeckhandException;

    List<Card> byNote(NoteId note) throws DeckhandException;

    List<Card> byDecks(Collection<DeckId> decks) throws DeckhandException;

    /**
     * The cards to quiz on: in these decks, not suspended, carrying any of {@code tags} or a tag below
     * one ("k8s" also finds "k8s::storage"; case ignored, as in Anki); empty tags = any card. Oldest first.
     */
    List<Card> forQuiz(Collection<DeckId> decks, Collection<String> tags) throws DeckhandException;

    /** The same cards as {@link #forQuiz}, as places only, in no particular order (one query, no card text read). */
    List<QuizRef> quizRefs(Collection<DeckId> decks, Collection<String> tags) throws DeckhandException;

    /** The cards with these ids that exist, in the order of {@code ids}. */
    List<Card> findAll(List<CardId> ids) throws DeckhandException;

    /** Saves front, back, tags, deck and the suspended flag. */
    void updateContent(Card card) throws DeckhandException;

    void updateScheduling(CardId id, SchedulingState state) throws DeckhandException;

    /**
     * Sets a schedule by hand, not by an answer (Browse's reset, set due date, their undo): noted with
     * its time, so sync orders it with the answers (docs/sync.md).
     */
    void setSchedulingByHand(CardId id, SchedulingState state) throws DeckhandException;

    void delete(CardId id) throws DeckhandException;

    /** Makes the card one of {@code note}'s cards (its scheduling and review log stay with it). */
    void moveToNote(CardId id, NoteId note) throws DeckhandException;

    /** The (re)learning card in these decks due soonest, if due before {@code dueBefore}. */
    Optional<Card> nextLearning(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException;

    /** The review card in these decks due soonest, if due before {@code dueBefore}. */
    Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException;

    /** The new card in these decks that was added first. */
    Optional<Card> nextNew(Collection<DeckId> decks) throws DeckhandException;

    /**
     * Raw counts per deck, before daily limits: all new cards, (re)learning cards due before
     * {@code learningBefore}, review cards due before {@code reviewBefore}. Suspended cards excluded.
     */
    Map<DeckId, io.deckhand.domain.study.StudyCounts> countsByDeck(Instant learningBefore, Instant reviewBefore)
            throws DeckhandException;

    /**
     * Counts for the study loop in these decks, each stopped at its cap in {@code caps} so the cost
     * follows the daily limits rather than the size of the collection.
     */
    io.deckhand.domain.study.StudyCounts countDue(Collection<DeckId> decks, Instant learningBefore,
                                                  Instant reviewBefore, io.deckhand.domain.study.StudyCounts caps)
            throws DeckhandException;

    /**
     * Unsuspended cards that are siblings of a card answered since {@code since} (same note, or
     * made from the same passage of the same notes file) and were not answered since then
     * themselves: the candidates for burying until the next study day.
     */
    default List<Card> siblingsOfAnswered(Instant since) throws DeckhandException {
        return List.of();
    }

    /** As {@link #nextLearning(Collection, Instant)}, passing over the cards in {@code skip}. */
    default Optional<Card> nextLearning(Collection<DeckId> decks, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        return nextLearning(decks, dueBefore);
    }

    /** As {@link #nextReview(Collection, Instant)}, passing over the cards in {@code skip}. */
    default Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        return nextReview(decks, dueBefore);
    }

    /** As {@link #nextNew(Collection)}, passing over the cards in {@code skip}. */
    default Optional<Card> nextNew(Collection<DeckId> decks, java.util.Set<CardId> skip) throws DeckhandException {
        return nextNew(decks);
    }

    long count() throws DeckhandException;
}
