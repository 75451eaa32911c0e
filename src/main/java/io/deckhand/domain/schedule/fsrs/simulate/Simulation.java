package io.deckhand.domain.schedule.fsrs.simulate;

/**
 * What a simulation predicts, day by day (day 0 is today).
 *
 * @param desiredRetention  the retention the scheduler aimed for
 * @param deckSize          cards in the deck
 * @param reviewsPerDay     reviews of cards already learned, per day
 * @param learnedPerDay     new cards learned, per day
 * @param secondsPerDay     time spent studying, per day
 * @param memorisedPerDay   expected number of cards recalled at the start of each day (sum of their
 *                          retrievabilities), for days 0..days; empty when not asked for
 * @param memorisedAtStart  the same at the start of day 0
 * @param memorisedAtEnd    the same the morning after the last simulated day
 * @param studiedAtEnd      cards learned by then (studied before, or new ones learned)
 */
public record Simulation(
        double desiredRetention,
        int deckSize,
        int[] reviewsPerDay,
        int[] learnedPerDay,
        double[] secondsPerDay,
        double[] memorisedPerDay,
        double memorisedAtStart,
        double memorisedAtEnd,
        int studiedAtEnd) {

    public int days() {
        return reviewsPerDay.length;
    }

    public long totalReviews() {
        long sum = 0;
        for (int r : reviewsPerDay) sum += r;
        return sum;
    }

    public long totalLearned() {
        long sum = 0;
        for (int r : learnedPerDay) sum += r;
        return sum;
    }

    public double averageReviewsPerDay() {
        return (double) totalReviews() / days();
    }

    public double averageMinutesPerDay() {
        double sum = 0;
        for (double s : secondsPerDay) sum += s;
        return sum / 60.0 / days();
    }

    /** Of the cards learned by the end, the share recalled then (memorised cards / studied cards). */
    public double retentionAtEnd() {
        return studiedAtEnd == 0 ? 0 : memorisedAtEnd / studiedAtEnd;
    }

    /** Share of the whole deck recalled at the end (unlearned cards count as not known). */
    public double knowledgeAtEnd() {
        return deckSize == 0 ? 0 : memorisedAtEnd / deckSize;
    }

    /** Time spent per card recalled at the end, in seconds: lower is more efficient. */
    public double secondsPerMemorisedCard() {
        double sum = 0;
        for (double s : secondsPerDay) sum += s;
        return memorisedAtEnd <= 0 ? Double.POSITIVE_INFINITY : sum / memorisedAtEnd;
    }
}
