package io.deckhand.domain.study;

/** How many cards of each kind are waiting today (after daily limits). */
public record StudyCounts(int newCount, int learningCount, int reviewCount) {
    public static final StudyCounts ZERO = new StudyCounts(0, 0, 0);

    public StudyCounts {
        if (newCount < 0 || learningCount < 0 || reviewCount < 0) throw new IllegalArgumentException("negative count");
    }

    public int total() {
        return newCount + learningCount + reviewCount;
    }

    // Written out: the deck list's cells compare their rows, counts included, when first filled (start-up),
    // and a record's own equals links a method-handle tree on its first call. Same results as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof StudyCounts other && newCount == other.newCount && learningCount == other.learningCount
                && reviewCount == other.reviewCount;
    }

    @Override
    public int hashCode() {
        return (31 * Integer.hashCode(newCount) + Integer.hashCode(learningCount)) * 31 + Integer.hashCode(reviewCount);
    }

    public StudyCounts plus(StudyCounts o) {
        return new StudyCounts(newCount + o.newCount, learningCount + o.learningCount, reviewCount + o.reviewCount);
    }
}
