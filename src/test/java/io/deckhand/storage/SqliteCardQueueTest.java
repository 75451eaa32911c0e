package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The study queue's queries over a deck and its sub-decks (one statement per step, whatever the
 * number of decks) against a plain reading of what they must return, on random collections.
 */
class SqliteCardQueueTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    /** A random collection: cards in some decks, all states, due times close enough to tie. */
    private record Collection(Database db, SqliteCardRepository cards, List<DeckId> decks, List<Card> all) {
    }

    private static Collection collection(long seed, int deckCount, int cardCount) throws Exception {
        Database db = Database.openInMemory();
        Clock clock = Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        var deckRepo = new SqliteDeckRepository(db, clock);
        var notes = new SqliteNoteRepository(db, clock);
        var cards = new SqliteCardRepository(db, clock);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<DeckId> decks = new ArrayList<>();
        List<Card> all = new ArrayList<>();
        db.inTransaction(() -> {
            PresetId preset = new SqlitePresetRepository(db).create("Default").id();
            deckRepo.create(new DeckName("Root"), preset);
            for (int d = 0; d < deckCount; d++) {
                decks.add(deckRepo.create(new DeckName("Root::Sub " + d), preset).id());
            }
            for (int i = 0; i < cardCount; i++) {
                var note = notes.insert("g" + i, "basic", List.of("f" + i, "b" + i), null, "");
                CardState state = CardState.values()[rnd.nextInt(CardState.values().length)];
                Instant due = NOW.plus(Duration.ofMinutes(10L * rnd.nextInt(-6, 7)));
                SchedulingState s = new SchedulingState(state, due, 1, 5, state == CardState.NEW ? 0 : 1,
                        state == CardState.NEW ? 0 : 1, 0, 0, state == CardState.NEW ? null : NOW.minusSeconds(86400), 2.5);
                Card c = cards.insert(note.id(), decks.get(rnd.nextInt(deckCount)), CardKind.BASIC, "f" + i, "b" + i,
                        List.of(), s);
                if (rnd.nextInt(8) == 0) {
                    c = new Card(c.id(), c.noteId(), c.deckId(), c.kind(), c.front(), c.back(), c.tags(), c.scheduling(), true);
                    cards.updateContent(c);
                }
                all.add(c);
            }
            return null;
        });
        return new Collection(db, cards, decks, all);
    }

    @Property(tries = 60)
    void theQueueAndCountsMatchAPlainReading(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int deckCount,
                                             @ForAll @IntRange(min = 0, max = 120) int cardCount) throws Exception {
        Collection c = collection(seed, deckCount, cardCount);
        try {
            SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
            List<DeckId> scope = new ArrayList<>();
            for (DeckId d : c.decks()) if (rnd.nextBoolean()) scope.add(d);
            Set<CardId> skip = new HashSet<>();
            for (Card card : c.all()) if (rnd.nextInt(6) == 0) skip.add(card.id());
            Instant before = NOW.plus(Duration.ofMinutes(10L * rnd.nextInt(-6, 7)));
            Set<DeckId> inScope = new HashSet<>(scope);
            Predicate<Card> queued = k -> !k.suspended() && inScope.contains(k.deckId());
            Comparator<Card> byDue = Comparator.comparing((Card k) -> k.scheduling().due()).thenComparing(k -> k.id().value());

            for (Set<CardId> skipped : List.of(Set.<CardId>of(), skip)) {
                Optional<Card> learning = c.all().stream().filter(queued).filter(k -> !skipped.contains(k.id()))
                        .filter(k -> k.scheduling().state() == CardState.LEARNING || k.scheduling().state() == CardState.RELEARNING)
                        .filter(k -> k.scheduling().due().isBefore(before)).min(byDue);
                Optional<Card> review = c.all().stream().filter(queued).filter(k -> !skipped.contains(k.id()))
                        .filter(k -> k.scheduling().state() == CardState.REVIEW)
                        .filter(k -> k.scheduling().due().isBefore(before)).min(byDue);
                // New cards: each deck's first in due order, then the one added first.
                Optional<Card> fresh = scope.stream().flatMap(d -> c.all().stream().filter(queued)
                                .filter(k -> !skipped.contains(k.id()) && k.deckId().equals(d))
                                .filter(k -> k.scheduling().state() == CardState.NEW).min(byDue).stream())
                        .min(Comparator.comparing(k -> k.id().value()));
                assertEquals(learning.map(Card::id), c.db().read(() -> c.cards().nextLearning(scope, before, skipped)).map(Card::id));
                assertEquals(review.map(Card::id), c.db().read(() -> c.cards().nextReview(scope, before, skipped)).map(Card::id));
                assertEquals(fresh.map(Card::id), c.db().read(() -> c.cards().nextNew(scope, skipped)).map(Card::id));
            }

            int newCap = rnd.nextInt(0, 30);
            int learnCap = rnd.nextInt(0, 30);
            int reviewCap = rnd.nextInt(0, 30);
            Instant reviewBefore = NOW.plus(Duration.ofMinutes(10L * rnd.nextInt(-6, 7)));
            long n = c.all().stream().filter(queued).filter(k -> k.scheduling().state() == CardState.NEW).count();
            long l = c.all().stream().filter(queued).filter(k -> k.scheduling().state() == CardState.LEARNING
                    || k.scheduling().state() == CardState.RELEARNING).filter(k -> k.scheduling().due().isBefore(before)).count();
            long r = c.all().stream().filter(queued).filter(k -> k.scheduling().state() == CardState.REVIEW)
                    .filter(k -> k.scheduling().due().isBefore(reviewBefore)).count();
            StudyCounts expected = new StudyCounts((int) Math.min(n, Math.max(0, newCap)),
                    (int) Math.min(l, Math.max(0, learnCap)), (int) Math.min(r, Math.max(0, reviewCap)));
            assertEquals(expected, c.db().read(() -> c.cards().countDue(scope, before, reviewBefore,
                    new StudyCounts(newCap, learnCap, reviewCap))));
        } finally {
            c.db().close();
        }
    }

    @Test
    void threeHundredSubDecksAreOneStatementsWorth() throws Exception {
        Collection c = collection(7, 300, 900);
        try {
            // Far more decks than SQLite's default limit of bound parameters per statement would allow in an IN list.
            List<DeckId> many = new ArrayList<>(c.decks());
            for (long id = 100_000; many.size() < 40_000; id++) many.add(new DeckId(id));
            Instant later = NOW.plus(Duration.ofDays(1));
            StudyCounts all = c.db().read(() -> c.cards().countDue(many, later, later,
                    new StudyCounts(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)));
            long unsuspended = c.all().stream().filter(k -> !k.suspended()).count();
            assertEquals(unsuspended, all.newCount() + all.learningCount() + all.reviewCount());
            assertEquals(Optional.empty(), c.db().read(() -> c.cards().nextNew(List.of(), Set.of())));
            assertEquals(StudyCounts.ZERO, c.db().read(() -> c.cards().countDue(List.of(), later, later,
                    new StudyCounts(5, 5, 5))));
        } finally {
            c.db().close();
        }
    }
}
