package io.deckhand.app.exchange;

import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CalendarDays;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.select.Schedulers;
import io.deckhand.exchange.PackageReview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds an imported card's history with Deckhand's FSRS-6 scheduler: each answer from the
 * review log is replayed from a new card, giving the states before and after every answer (for
 * the review log and exact undo) and the memory state the answers imply.
 */
final class ReviewReplay {
    /** The replayed log and the state the last answer left the card in (null when never answered). */
    record Result(List<ReviewLogEntry> entries, SchedulingState last) {
    }

    private final Scheduler fsrs;

    ReviewReplay(DeckPreset preset) {
        // memory state is FSRS's, whatever scheduler the deck uses day to day
        this.fsrs = Schedulers.forPreset(preset.withScheduler(SchedulerKind.FSRS6).withFuzz(false));
    }

    Result replay(CardId card, Instant created, List<PackageReview> reviews) {
        List<ReviewLogEntry> entries = new ArrayList<>(reviews.size());
        Instant firstAnswer = reviews.isEmpty() ? created : reviews.get(0).reviewedAt();
        SchedulingState state = SchedulingState.newCard(created.isAfter(firstAnswer) ? firstAnswer : created);
        SchedulingState last = null;
        for (PackageReview r : reviews) {
            int elapsed = state.lastReview() == null ? 0 : Math.max(0, CalendarDays.between(state.lastReview(), r.reviewedAt()));
            SchedulingState after = fsrs.answer(state, r.rating(), r.reviewedAt(), Schedulers.fuzzSeed(card.value(), state.reps()));
            entries.add(new ReviewLogEntry(card, r.reviewedAt(), r.rating(), state, after, elapsed, r.answerTime()));
            state = after;
            last = after;
        }
        return new Result(entries, last);
    }
}
