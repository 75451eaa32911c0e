package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceiling's decisions against a simulated heap: when it collects and what it asks G1 to keep. */
class HeapCeilingTest {
    private static final long MB = 1L << 20;

    /** A heap whose full collection leaves {@code live} used and {@code used / (1 - ratio)} committed, as G1 does. */
    private static class FakeHeap {
        long committed;
        long used;
        long live;
        int freePercent = 70;
        final List<Integer> ratiosAsked = new ArrayList<>();

        HeapCeiling ceiling(long floor) {
            return new HeapCeiling(() -> committed, () -> used, p -> {
                freePercent = p;
                ratiosAsked.add(p);
            }, this::fullCollection, floor);
        }

        void fullCollection() {
            used = live;
            committed = live * 100 / (100 - freePercent);
        }
    }

    @Test
    void aHeapUnderTheCeilingIsLeftAlone() {
        FakeHeap heap = new FakeHeap();
        heap.committed = 100 * MB;
        heap.used = 60 * MB;
        heap.live = 20 * MB;
        HeapCeiling c = heap.ceiling(128 * MB);
        for (int i = 0; i < 10; i++) c.between();
        assertEquals(0, c.collections());
        assertEquals(100 * MB, heap.committed);
    }

    @Test
    void aHeapGrownPastTheCeilingIsCollectedAndShrunkBelowIt() {
        FakeHeap heap = new FakeHeap();
        heap.committed = 600 * MB;
        heap.used = 80 * MB;
        heap.live = 20 * MB;
        HeapCeiling c = heap.ceiling(128 * MB);
        c.between();
        assertEquals(1, c.collections());
        assertTrue(heap.committed < 128 * MB, "shrunk to " + heap.committed / MB + " MB");
        // Not shrunk to the live data: a tiny heap makes young collections so frequent that G1 grows it again.
        assertTrue(heap.committed > 2 * heap.live, "kept " + heap.committed / MB + " MB");
        c.between();
        assertEquals(1, c.collections(), "no second collection while the heap stays put");
    }

    @Test
    void theCeilingFollowsTheLiveDataSoCollectionsStayRare() {
        FakeHeap heap = new FakeHeap();
        heap.committed = 400 * MB;
        heap.used = 200 * MB;
        heap.live = 100 * MB;
        HeapCeiling c = heap.ceiling(128 * MB);
        c.between();
        assertEquals(HeapCeiling.LIVE_FACTOR * 100 * MB, c.ceiling());
        heap.committed = c.ceiling() - MB;
        c.between();
        assertEquals(1, c.collections());
    }

    @Test
    void aHeapTheCollectionDidNotShrinkIsNotCollectedAgainAndAgain() {
        FakeHeap heap = new FakeHeap() {
            @Override
            void fullCollection() {
                used = live; // committed stays: a collector that keeps what it grew
            }
        };
        heap.committed = 600 * MB;
        heap.used = 80 * MB;
        heap.live = 20 * MB;
        HeapCeiling c = heap.ceiling(128 * MB);
        for (int i = 0; i < 20; i++) c.between();
        assertEquals(1, c.collections());
    }

    @Test
    void theFreeRatioAskedIsAValidPercentage() {
        FakeHeap heap = new FakeHeap();
        heap.committed = 6000 * MB;
        heap.used = 5000 * MB;
        heap.live = 1 * MB;
        HeapCeiling c = heap.ceiling(128 * MB);
        c.between();
        heap.committed = 6000 * MB;
        heap.used = 3000 * MB;
        heap.live = 2900 * MB;
        c.between();
        assertEquals(2, heap.ratiosAsked.size());
        heap.ratiosAsked.forEach(p -> assertTrue(p >= 10 && p <= 90, "ratio " + p));
    }

    @Test
    void withAMaximumHeapTheUserChoseItDoesNothing() {
        // Surefire starts the tests' JVM with -Xmx (pom.xml argLine).
        HeapCeiling c = HeapCeiling.forBatch();
        assertEquals(Long.MAX_VALUE, c.ceiling());
        c.between();
        assertEquals(0, c.collections());
    }
}
