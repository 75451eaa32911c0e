package io.deckhand.domain.schedule.fsrs;

/** FSRS memory of one card: stability in days and difficulty 1..10. */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability >= 0) || !(difficulty >= 0)) {
            throw new IllegalArgumentException("memory state must be non-negative numbers");
        }
    }
}
