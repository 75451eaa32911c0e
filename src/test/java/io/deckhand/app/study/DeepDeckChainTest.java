package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collection whose deck names nest 5,000 levels (imported before names were limited to 32): the deck
 * list's counts are summed bottom-up once, so it opens within the hostile corpus's limit per file.
 */
class DeepDeckChainTest {
    private static final int DEPTH = 5_000;

    @Test
    void theDeckListOfAFiveThousandLevelChainIsReadWithinTheLimit() throws Exception {
        try (TestCollection col = new TestCollection()) {
            SqliteDeckRepository decks = new SqliteDeckRepository(col.db, col.clock);
            col.db.inTransaction(() -> {
                StringBuilder name = new StringBuilder("d0");
                for (int i = 1; i <= DEPTH; i++) {
                    decks.create(new DeckName(name.toString()), PresetId.DEFAULT);
                    name.append("::d").append(i);
                }
                return null;
            });
            long deepestId = col.db.read(() -> decks.all().stream()
                    .max(java.util.Comparator.comparingInt(d -> d.name().value().length())).orElseThrow().id().value());
            // the deck is beyond what adding a card allows today, so the card is moved there as an old import left it
            Card card = col.services.library().addCard(new DeckName("Elsewhere"), "Q", "A", List.of());
            SqliteCardRepository cards = new SqliteCardRepository(col.db, col.clock);
            col.db.inTransaction(() -> {
                cards.updateContent(card.withContent(card.front(), card.back(), card.tags(), new DeckId(deepestId)));
                return null;
            });

            List<DeckSummary> tree = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> col.services.study().deckTree());

            assertEquals(DEPTH, tree.stream().filter(d -> d.name().value().startsWith("d0")).count());
            DeckSummary top = tree.stream().filter(d -> d.name().value().equals("d0")).findFirst().orElseThrow();
            assertEquals(1, top.counts().newCount(), "the card at the bottom counts at the top");
            DeckSummary bottom = tree.stream().filter(d -> d.id().value() == deepestId).findFirst().orElseThrow();
            assertEquals(1, bottom.counts().newCount());
        }
    }
}
