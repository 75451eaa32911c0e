package io.deckhand.bootstrap;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Ddeckhand.timing}, one line on stderr per phase of a start or command: the wall time,
 * the process's CPU time and the calling thread's CPU time since the previous line (the first since
 * the JVM started), so where a command's seconds go can be read even on a loaded machine. The
 * thread's time is what an idle machine's wall time follows; the process's adds the JIT compiler
 * and the garbage collector, which run beside it on other cores.
 */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("deckhand.timing");
    private static long lastWallMs = -1;
    private static long lastCpuMs;
    /** Per thread: the app marks phases from more than one. */
    private static final ThreadLocal<long[]> LAST_THREAD_CPU_MS = ThreadLocal.withInitial(() -> new long[1]);

    private Timing() {
    }

    public static synchronized void mark(String phase) {
        if (!ON) return;
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wallMs = System.currentTimeMillis();
        long cpuMs = info.totalCpuDuration().map(Duration::toMillis).orElse(0L);
        long threadCpuMs = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        if (lastWallMs < 0) lastWallMs = info.startInstant().map(Instant::toEpochMilli).orElse(wallMs);
        System.err.printf("[timing] %-34s wall %6d ms  cpu %6d ms  thread cpu %6d ms%n", phase, wallMs - lastWallMs,
                cpuMs - lastCpuMs, threadCpuMs - LAST_THREAD_CPU_MS.get()[0]);
        lastWallMs = wallMs;
        lastCpuMs = cpuMs;
        LAST_THREAD_CPU_MS.get()[0] = threadCpuMs;
    }
}
