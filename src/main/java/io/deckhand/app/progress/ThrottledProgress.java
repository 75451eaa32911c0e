package io.deckhand.app.progress;

import java.util.function.LongSupplier;

/** Passes at most one update per interval (plus the final one) to the listener it wraps. */
public final class ThrottledProgress implements ProgressListener {
    private final ProgressListener target;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private long last = Long.MIN_VALUE;

    public ThrottledProgress(ProgressListener target, LongSupplier nanoTime, long intervalNanos) {
        this.target = target;
        this.nanoTime = nanoTime;
        this.intervalNanos = intervalNanos;
    }

    /** About ten updates a second. */
    public static ThrottledProgress tenPerSecond(ProgressListener target) {
        return new ThrottledProgress(target, System::nanoTime, 100_000_000L);
    }

    @Override
    public void report(Progress progress) {
        long now = nanoTime.getAsLong();
        boolean finished = progress.total() > 0 && progress.done() >= progress.total();
        if (finished || last == Long.MIN_VALUE || now - last >= intervalNanos) {
            last = now;
            target.report(progress);
        }
    }

    @Override
    public boolean isCancelled() {
        return target.isCancelled();
    }
}
