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

    /**
     * The replayed log with the intervals and factors the source wrote kept as written: Anki's
     * interval (days, or minus the seconds of a step) sets the state's scheduled days or due time,
     * its factor the FSRS difficulty (100-1100) or the SM-2 ease (1300 and up). Each answer starts
     * from the state the previous one left, so the log stays a chain.
     */
    static List<ReviewLogEntry> asWritten(List<ReviewLogEntry> replayed, List<PackageReview> rows) {
        List<ReviewLogEntry> out = new ArrayList<>(replayed.size());
        SchedulingState previous = null;
        for (int i = 0; i < replayed.size(); i++) {
            ReviewLogEntry e = replayed.get(i);
            PackageReview row = rows.get(i);
            SchedulingState before = previous != null ? previous : e.before();
            SchedulingState after = asWritten(e.after(), row);
            out.add(new ReviewLogEntry(e.cardId(), e.reviewedAt(), e.rating(), before, after, e.elapsedDays(), e.answerTime()));
            previous = after;
        }
        return out;
    }

    private static SchedulingState asWritten(SchedulingState s, PackageReview row) {
        Instant due = s.due();
        int days = s.scheduledDays();
        int ivl = row.intervalDays();
        boolean learning = s.state() == io.deckhand.domain.schedule.CardState.LEARNING
                || s.state() == io.deckhand.domain.schedule.CardState.RELEARNING;
        if (ivl < 0 && learning) {
            due = row.reviewedAt().plusSeconds(-(long) ivl);
        } else if (ivl > 0 && s.state() == io.deckhand.domain.schedule.CardState.REVIEW) {
            days = ivl;
            due = row.reviewedAt().plus(java.time.Duration.ofDays(ivl));
        }
        double difficulty = s.difficulty();
        double ease = s.ease();
        int factor = row.easeFactor();
        if (factor >= 100 && factor <= 1100) difficulty = (factor / 1000.0 - 0.1) * 9 + 1;
        else if (factor >= 1300) ease = factor / 1000.0;
        return new SchedulingState(s.state(), due, s.stability(), difficulty, days, s.reps(), s.lapses(), s.step(),
                s.lastReview(), ease);
    }
}
