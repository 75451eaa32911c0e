package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a quiz or exam draws its cards: the chosen decks with their sub-decks (no decks = all, when
 * tags are given), with any of the tags, none suspended.
 */
final class QuizCards {
    final Map<DeckId, Deck> decks;
    /** The chosen decks and every deck below them. */
    final Set<DeckId> scope;
    final List<String> tags;

    private QuizCards(Map<DeckId, Deck> decks, Set<DeckId> scope, List<String> tags) {
        this.decks = decks;
        this.scope = scope;
        this.tags = tags;
    }

    /** Call inside a transaction. */
    static QuizCards scope(DeckRepository deckRepo, List<DeckId> chosen, List<String> tags) throws DeckhandException {
        List<String> wanted = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (chosen.isEmpty() && wanted.isEmpty()) throw new InvalidInputException("Choose at least one deck or tag.");
        Map<DeckId, Deck> all = deckRepo.all().stream().collect(Collectors.toMap(Deck::id, Function.identity()));
        Set<DeckId> scope = new LinkedHashSet<>();
        // Tags alone search the whole collection.
        if (chosen.isEmpty()) scope.addAll(all.keySet());
        for (DeckId id : chosen) {
            Deck root = all.get(id);
            if (root == null) throw new InvalidInputException("That deck no longer exists.");
            scope.add(id);
            for (Deck d : all.values()) {
                if (root.name().isAncestorOf(d.name())) scope.add(d.id());
            }
        }
        return new QuizCards(all, scope, wanted);
    }

    /** Every card in scope. Call inside a transaction. */
    List<Card> cards(CardRepository cards) throws DeckhandException {
        return cards.forQuiz(scope, tags);
    }

    String deckName(DeckId id) {
        Deck d = decks.get(id);
        return d == null ? "" : d.name().value();
    }
}
