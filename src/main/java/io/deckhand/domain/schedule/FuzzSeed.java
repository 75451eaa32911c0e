package io.deckhand.domain.schedule;

/**
 * Deterministic fuzz: a seed made from the card turned into a number in [0, 1) with the SplitMix64
 * finaliser, so the same card at the same repetition always gets the same spread and nothing shares
 * a random generator.
 */
public final class FuzzSeed {
    private FuzzSeed() {
    }

    /** A seed for the card's next answer: changes with every repetition. */
    public static long of(long cardId, int reps) {
        return mix(cardId * 0x9E3779B97F4A7C15L + reps);
    }

    /** A uniform number in [0, 1) derived from {@code seed}. */
    public static double unit(long seed) {
        return (mix(seed) >>> 11) * 0x1.0p-53;
    }

    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
