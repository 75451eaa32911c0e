package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.json.DeckFileReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Cards for question tests: the bundled deck read as the app reads it, and cards built by hand. */
final class QuizCards {
    static final Path BUNDLED = Path.of("decks", "kubernetes.json");
    private static List<Card> bundled;

    private QuizCards() {
    }

    static synchronized List<Card> bundled() {
        if (bundled == null) {
            try (InputStream in = Files.newInputStream(BUNDLED)) {
                DeckFile deck = new DeckFileReader().read(in);
                List<Card> out = new ArrayList<>();
                for (DeckFile.Entry e : deck.cards()) {
                    out.add(card(out.size() + 1, 1, e.card().kind(), e.card().front(), e.card().back()));
                }
                bundled = List.copyOf(out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return bundled;
    }

    static Card card(long id, long deck, CardKind kind, String front, String back) {
        return new Card(new CardId(id), new NoteId(id), new DeckId(deck), kind, front, back, List.of(),
                SchedulingState.newCard(Instant.EPOCH), false);
    }
}
