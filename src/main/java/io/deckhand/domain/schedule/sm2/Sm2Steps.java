package io.deckhand.domain.schedule.sm2;

import java.time.Duration;
import java.util.List;

/**
 * Anki's learning steps, in seconds: Again goes back to the first step; Hard repeats the current
 * step (on the first step: the mean of the first two, or 1.5 times a single step but at most a day
 * more); Good moves on; no step left means graduation.
 */
final class Sm2Steps {
    private static final long DAY = 86_400;

    private final long[] secs;

    Sm2Steps(List<Duration> steps) {
        secs = steps.stream().mapToLong(Duration::toSeconds).toArray();
    }

    boolean isEmpty() {
        return secs.length == 0;
    }

    private int index(int step) {
        return Math.max(0, Math.min(step, secs.length - 1));
    }

    /** Delay of the first step, or -1 if there are no steps. */
    long againSecs() {
        return secs.length == 0 ? -1 : secs[0];
    }

    /** Delay for Hard at {@code step}, or -1 if there are no steps. */
    long hardSecs(int step) {
        if (secs.length == 0) return -1;
        int i = index(step);
        if (i > 0) return secs[i];
        long s = secs.length > 1 ? (secs[0] + secs[1]) / 2 : Math.min(secs[0] * 3 / 2, secs[0] + DAY);
        return s > DAY ? Math.round((double) s / DAY) * DAY : s;
    }

    /** Delay for Good at {@code step}, or -1 when Good graduates. */
    long goodSecs(int step) {
        int next = index(step) + 1;
        return secs.length == 0 || next >= secs.length ? -1 : secs[next];
    }

    int nextIndex(int step) {
        return index(step) + 1;
    }
}
