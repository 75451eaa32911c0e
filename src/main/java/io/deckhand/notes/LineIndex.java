package io.deckhand.notes;

import java.util.Arrays;

/** Offsets to 1-based line numbers in O(log n) (flexmark's own lookup rescans the text each time). */
final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(String text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        starts = s;
        count = n;
    }

    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, 0, count, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }
}
