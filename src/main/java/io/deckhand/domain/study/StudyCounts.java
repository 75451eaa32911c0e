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

    public StudyCounts plus(StudyCounts o) {
        return new StudyCounts(newCount + o.newCount, learningCount + o.learningCount, reviewCount + o.reviewCount);
    }
}
