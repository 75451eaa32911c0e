package io.deckhand.ui.common;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Start-up measurement: milliseconds from JVM start until a scene's first frame has been laid out and handed to rendering. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code done} with the elapsed milliseconds once, after the next pulse of {@code scene}. */
    public static void measure(Scene scene, java.util.function.LongConsumer done) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> done.accept(sinceJvmStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * CPU milliseconds spent so far by the whole process and by the calling thread, as
     * {@code cpu_ms=... fx_cpu_ms=...}: unlike wall time, these hardly move when other programs load
     * the machine, so start-up work can be compared on a busy machine too.
     */
    public static String cpuSummary() {
        long process = processCpuMs();
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        StringBuilder out = new StringBuilder("cpu_ms=" + process + "\nfx_cpu_ms=" + thread);
        if (Boolean.getBoolean("deckhand.cpu.threads")) {
            // Where the rest went: each live thread's CPU milliseconds (threads that ended are missing).
            var threads = ManagementFactory.getThreadMXBean();
            for (long id : threads.getAllThreadIds()) {
                var info = threads.getThreadInfo(id);
                long ms = threads.getThreadCpuTime(id) / 1_000_000;
                if (info != null && ms > 0) out.append("\nthread_cpu_ms ").append(ms).append(' ').append(info.getThreadName());
            }
            osThreads(out);
        }
        return out.toString();
    }

    /**
     * On Linux, every thread of the process by its OS name, the JVM's own included (JIT compilers,
     * GC), which the thread bean does not list: there most of a start's CPU beyond the FX thread goes.
     */
    private static void osThreads(StringBuilder out) {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) return;
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                String stat = java.nio.file.Files.readString(d.resolve("stat"));
                // "pid (comm) state ... utime stime": fields after the closing parenthesis, utime is the 12th
                int close = stat.lastIndexOf(')');
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[0-9]+$", "#");
                byName.merge(name, ticks * 10, Long::sum); // USER_HZ is 100 on Linux
            }
        } catch (java.io.IOException | RuntimeException e) {
            return; // a diagnostic only
        }
        byName.forEach((name, ms) -> {
            if (ms > 0) out.append("\nos_thread_cpu_ms ").append(ms).append(' ').append(name);
        });
    }

    /** -1 where the runtime has no jdk.management module (the installers' trimmed runtime). */
    private static long processCpuMs() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
        } catch (LinkageError e) {
            return -1;
        }
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
