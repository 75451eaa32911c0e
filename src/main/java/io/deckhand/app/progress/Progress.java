package io.deckhand.app.progress;

/** Progress of long work: {@code done} of {@code total} (total 0 = unknown) units, described for the user. */
public record Progress(String stage, long done, long total, String unit) {
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
