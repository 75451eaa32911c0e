package io.deckhand.app.browse;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.study.StudyDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Lists the collection's cards for the card browser, filtered by a {@link BrowseQuery}. */
public final class BrowseService {
    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final Supplier<StudyDay> studyDay;

    public BrowseService(Transactions tx, DeckRepository decks, CardRepository cards, Supplier<StudyDay> studyDay) {
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.studyDay = studyDay;
    }

    /** Matching cards ordered by deck name, then by when they were added. */
    public List<BrowseRow> search(String query) throws DeckhandException {
        BrowseQuery q = BrowseQuery.parse(query);
        return tx.read(() -> {
            Map<DeckId, String> names = decks.all().stream()
                    .collect(Collectors.toMap(Deck::id, d -> d.name().value(), (a, b) -> a));
            StudyDay sd = studyDay.get();
            List<BrowseRow> rows = new ArrayList<>();
            for (Card c : cards.byDecks(names.keySet())) {
                String deck = names.getOrDefault(c.deckId(), "");
                if (!q.matches(deck, c.front(), c.back(), c.tags())) continue;
                boolean isNew = c.scheduling().state() == CardState.NEW;
                rows.add(new BrowseRow(c.id(), deck, c.front(), c.kind(), c.scheduling().state(),
                        isNew ? null : sd.dateOf(c.scheduling().due()), c.scheduling().scheduledDays(), c.tags(),
                        c.suspended()));
            }
            rows.sort(Comparator.comparing(BrowseRow::deck, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(r -> r.id().value()));
            return rows;
        });
    }
}
