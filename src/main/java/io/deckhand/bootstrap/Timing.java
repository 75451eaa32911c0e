package io.deckhand.bootstrap;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Ddeckhand.timing}, one line on stderr per phase of a start or command: the wall time
 * and the process's CPU time since the previous line (the first since the JVM started), so where a
 * command's seconds go can be read even on a loaded machine.
 */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("deckhand.timing");
    private static long lastWallMs = -1;
    private static long lastCpuMs;

    private Timing() {
    }

    public static synchronized void mark(String phase) {
        if (!ON) return;
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wallMs = System.currentTimeMillis();
        long cpuMs = info.totalCpuDuration().map(Duration::toMillis).orElse(0L);
        if (lastWallMs < 0) lastWallMs = info.startInstant().map(Instant::toEpochMilli).orElse(wallMs);
        System.err.printf("[timing] %-34s wall %6d ms  cpu %6d ms%n", phase, wallMs - lastWallMs, cpuMs - lastCpuMs);
        lastWallMs = wallMs;
        lastCpuMs = cpuMs;
    }
}
