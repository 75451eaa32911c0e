package io.deckhand.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps a long batch command's heap near what it holds. With the JVM's default maximum (a quarter of
 * the RAM), G1 grows the heap after a young collection whenever collections take a large share of the
 * time, as on a busy machine, and keeps what it grew: {@code extract --json} on a 25 MB vault held under
 * 50 MB of live objects and peaked at 700-850 MB resident. Called between notes: once the committed heap
 * is past the ceiling, one full collection lets G1 shrink it before the new space is touched. G1 sizes
 * the heap after a full collection from {@code Min/MaxHeapFreeRatio}; both are set so that it keeps
 * three quarters of the ceiling: a heap shrunk to twice the live data made young collections so frequent
 * that G1 grew it again at once. The ceiling follows the live data, so full collections stay rare.
 *
 * <p>Does nothing when the user chose the maximum heap ({@code -Xmx}) or the free ratios: they sized it
 * themselves.
 */
final class HeapCeiling {
    /**
     * Below this the heap is left to G1; the process's other memory is about 100 MB more. G1 fills most
     * of the heap with new objects between young collections, so this is about what the heap adds to
     * the resident size: at 128 MB a 25 MB vault peaked at 294-387 MB resident (live data 15-25 MB), at
     * 64 MB at 269-293 MB, for about 7 % more CPU (more full collections).
     */
    static final long FLOOR_BYTES = 64L << 20;
    /** The ceiling is at least this many times the live data, so a full collection frees most of it. */
    static final int LIVE_FACTOR = 3;

    private static final HeapCeiling OFF = new HeapCeiling(() -> 0, () -> 0, free -> { }, () -> { }, Long.MAX_VALUE);

    private final LongSupplier committed;
    private final LongSupplier used;
    private final IntConsumer freeRatio;
    private final Runnable collect;
    private long ceiling;
    private long live;
    private long leftCommitted;
    private int collections;

    /** {@code freeRatio}: sets the percentage of the heap G1 leaves free after a full collection. */
    HeapCeiling(LongSupplier committed, LongSupplier used, IntConsumer freeRatio, Runnable collect, long floor) {
        this.committed = committed;
        this.used = used;
        this.freeRatio = freeRatio;
        this.collect = collect;
        this.ceiling = floor;
    }

    /** For a command that reads many files one after another and keeps little of each. */
    static HeapCeiling forBatch() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || userSet(vm, "MaxHeapSize") || vm.getVMOption("DisableExplicitGC").getValue().equals("true")) {
                return OFF;
            }
            if (userSet(vm, "MinHeapFreeRatio") || userSet(vm, "MaxHeapFreeRatio")) return OFF;
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            return new HeapCeiling(() -> memory.getHeapMemoryUsage().getCommitted(),
                    () -> memory.getHeapMemoryUsage().getUsed(),
                    percent -> setFreeRatio(vm, percent), System::gc, FLOOR_BYTES);
        } catch (RuntimeException e) {
            // Not HotSpot, or a flag it will not change: the heap is left as it is.
            return OFF;
        }
    }

    private static boolean userSet(HotSpotDiagnosticMXBean vm, String flag) {
        VMOption.Origin origin = vm.getVMOption(flag).getOrigin();
        return origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC;
    }

    /** Both ratios to {@code percent}, in the order the JVM accepts (it keeps Min at most Max). */
    private static void setFreeRatio(HotSpotDiagnosticMXBean vm, int percent) {
        String value = Integer.toString(percent);
        if (percent >= Integer.parseInt(vm.getVMOption("MinHeapFreeRatio").getValue())) {
            vm.setVMOption("MaxHeapFreeRatio", value);
            vm.setVMOption("MinHeapFreeRatio", value);
        } else {
            vm.setVMOption("MinHeapFreeRatio", value);
            vm.setVMOption("MaxHeapFreeRatio", value);
        }
    }

    /** Between two units of work: collects when the heap has grown past the ceiling. */
    void between() {
        // Only a heap G1 grew since the last collection: G1 may keep a little more than asked.
        long now = committed.getAsLong();
        if (now <= ceiling || now <= leftCommitted) return;
        // The live data is not known before the collection: the last one's, else half of what is used.
        long expectedLive = Math.max(1, live > 0 ? live : used.getAsLong() / 2);
        long keep = ceiling / 4 * 3;
        freeRatio.accept((int) Math.max(10, Math.min(90, 100 - 100 * expectedLive / keep)));
        collect.run();
        collections++;
        live = used.getAsLong();
        ceiling = Math.max(ceiling, LIVE_FACTOR * live);
        leftCommitted = committed.getAsLong();
    }

    int collections() {
        return collections;
    }

    long ceiling() {
        return ceiling;
    }
}
