package io.deckhand.domain.schedule.fsrs.optimize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review log to training items, as fsrs-rs (and Anki) convert a revlog: per card, only the history
 * from the last time it was learnt from new; days counted in study days (a day starts at the
 * rollover hour); every answer on a later day than the one before becomes an item whose history is
 * everything before it (same-day answers stay in histories, where the short-term formula reads
 * them). Items are ordered by the time of their answer, oldest first, for the recency weights.
 */
public final class TrainingSet {
    private final List<CardHistory> cards;
    private final List<TrainingItem> items;

    private TrainingSet(List<CardHistory> cards, List<TrainingItem> items) {
        this.cards = cards;
        this.items = items;
    }

    public static TrainingSet of(List<ReviewRecord> log, ZoneId zone, int rolloverHour) {
        if (rolloverHour < 0 || rolloverHour > 23) throw new IllegalArgumentException("rollover hour 0-23: " + rolloverHour);
        Map<Long, List<ReviewRecord>> byCard = new LinkedHashMap<>();
        for (ReviewRecord r : log) byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        List<CardHistory> cards = new ArrayList<>();
        List<TrainingItem> items = new ArrayList<>();
        for (Map.Entry<Long, List<ReviewRecord>> e : byCard.entrySet()) {
            List<ReviewRecord> answers = new ArrayList<>(e.getValue());
            answers.sort(Comparator.comparingLong(ReviewRecord::reviewedAtMillis));
            answers = fromLastLearning(answers);
            if (answers.isEmpty()) continue;
            int n = answers.size();
            int[] ratings = new int[n];
            int[] deltas = new int[n];
            long[] times = new long[n];
            LocalDate previous = null;
            for (int i = 0; i < n; i++) {
                ReviewRecord r = answers.get(i);
                LocalDate day = studyDay(r.reviewedAtMillis(), zone, rolloverHour);
                ratings[i] = r.rating();
                deltas[i] = previous == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(previous, day));
                times[i] = r.reviewedAtMillis();
                previous = day;
            }
            CardHistory card = new CardHistory(e.getKey(), ratings, deltas, times);
            cards.add(card);
            for (int i = 1; i < n; i++) if (deltas[i] > 0) items.add(new TrainingItem(card, i));
        }
        items.sort(Comparator.comparingLong(TrainingItem::time).thenComparingLong(i -> i.card().cardId()));
        return new TrainingSet(List.copyOf(cards), List.copyOf(items));
    }

    /** The answers from the start of the last run of learning answers (a card reset and learnt again starts over). */
    private static List<ReviewRecord> fromLastLearning(List<ReviewRecord> answers) {
        int start = -1;
        for (int i = answers.size() - 1; i >= 0; i--) {
            if (answers.get(i).learning()) {
                start = i;
            } else if (start >= 0) {
                break;
            }
        }
        return start < 0 ? List.of() : answers.subList(start, answers.size());
    }

    private static LocalDate studyDay(long millis, ZoneId zone, int rolloverHour) {
        return Instant.ofEpochMilli(millis - rolloverHour * 3_600_000L).atZone(zone).toLocalDate();
    }

    public List<CardHistory> cards() {
        return cards;
    }

    public List<TrainingItem> items() {
        return items;
    }
}
