package io.deckhand.domain.text;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1. One home for typo tolerance (typed quiz answers, misspelt
 * command words in notes); two rows of memory, so long strings cost no more than their product in time.
 */
public final class EditDistance {
    private EditDistance() {
    }

    public static int of(String a, String b) {
        return of(a, b, Integer.MAX_VALUE);
    }

    /** As {@link #of(String, String)}, but returns {@code cap} as soon as the distance cannot be below it. */
    public static int of(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) return cap;
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prevPrev[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // A swap reaches back two rows, so stop only when both rows are at or past the cap.
            if (rowMin >= cap && min(prev) >= cap) return cap;
            int[] tmp = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = tmp;
        }
        return Math.min(cap, prev[b.length()]);
    }

    private static int min(int[] row) {
        int m = Integer.MAX_VALUE;
        for (int v : row) m = Math.min(m, v);
        return m;
    }
}
