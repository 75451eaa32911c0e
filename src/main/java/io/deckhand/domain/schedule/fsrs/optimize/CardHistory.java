package io.deckhand.domain.schedule.fsrs.optimize;

/**
 * One card's answers in order: ratings 1-4 and whole study days since the previous answer
 * ({@code deltaDays[0]} is 0). Training items are its prefixes; the running counts let an item
 * read its review and lapse counts without walking its history.
 */
public final class CardHistory {
    private final long cardId;
    private final int[] ratings;
    private final int[] deltaDays;
    private final long[] times;
    private final int[] longTermUpTo;
    private final int[] lapsesBefore;

    public CardHistory(long cardId, int[] ratings, int[] deltaDays, long[] times) {
        if (ratings.length == 0 || ratings.length != deltaDays.length || ratings.length != times.length) {
            throw new IllegalArgumentException("a history needs one rating, interval and time per answer");
        }
        this.cardId = cardId;
        this.ratings = ratings.clone();
        this.deltaDays = deltaDays.clone();
        this.times = times.clone();
        int n = ratings.length;
        longTermUpTo = new int[n];
        lapsesBefore = new int[n];
        int longTerm = 0;
        int lapses = 0;
        for (int i = 0; i < n; i++) {
            lapsesBefore[i] = lapses;
            if (deltaDays[i] > 0) {
                longTerm++;
                if (ratings[i] == 1) lapses++;
            }
            longTermUpTo[i] = longTerm;
        }
    }

    public long cardId() {
        return cardId;
    }

    public int length() {
        return ratings.length;
    }

    int[] ratings() {
        return ratings;
    }

    int[] deltaDays() {
        return deltaDays;
    }

    long time(int i) {
        return times[i];
    }

    /** Answers on a later day than the one before, among answers 0..i. */
    int longTermUpTo(int i) {
        return longTermUpTo[i];
    }

    /** Lapses (Again on a later day) among answers 0..i-1. */
    int lapsesBefore(int i) {
        return lapsesBefore[i];
    }
}
