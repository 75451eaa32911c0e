package io.deckhand.bootstrap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar deckhand.jar} runs the window in a second JVM that maps the app's classes from a
 * class-data archive (AppCDS) instead of reading, parsing and verifying some 4,700 classes from the
 * jars: a jar cannot give its JVM options, and without the archive class loading and the JIT work it
 * drags along cost more CPU than the whole bare JavaFX window. The first start writes the archive when
 * its JVM exits ({@code -XX:ArchiveClassesAtExit}, into the user's cache folder, keyed by the Java
 * runtime, the jar and its lib folder); later starts use it. The JVM itself rejects an archive that does
 * not match the class path and then just loads classes as usual.
 *
 * <p>Only the plain {@code java [options] -jar deckhand.jar ARGS} start is handed over, and only when its
 * command line can be read back exactly ({@link ProcessHandle.Info#arguments()}), so the child gets the
 * very same options; installers (which have their own cache), IDE and test starts run in-process.
 * {@code -Ddeckhand.classArchive=false} turns it off.
 */
public final class ClassArchiveLaunch {
    /** Set on the child: it runs the app itself, and measures start-up from the first JVM's start (epoch ms). */
    public static final String LAUNCHED_AT_PROPERTY = "deckhand.launchedAtMs";
    /** Set on the child: the CPU milliseconds the first JVM had used when it started the child (start-up figures add them). */
    public static final String LAUNCHER_CPU_PROPERTY = "deckhand.launcherCpuMs";
    static final String SWITCH_PROPERTY = "deckhand.classArchive";
    /** Options the user may give to manage class sharing themselves: then theirs win and nothing is added. */
    private static final List<String> SHARING_OPTIONS = List.of("-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:+AutoCreateSharedArchive", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:+RecordDynamicDumpInfo",
            "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration", "-XX:CacheDataStore");

    /** Archives of other jars kept beside the newest (about 25 MB each). */
    private static final int KEEP_OTHERS = 2;

    // The launching JVM's part is written without lambdas, streams or `+` on strings: each would link
    // method handles there (some 50 ms of a start), and the child, not this JVM, has the archive.

    private ClassArchiveLaunch() {
    }

    /** Epoch milliseconds start-up figures count from: the first JVM's start when this JVM was launched by it. */
    public static Optional<Long> launchedAtMs() {
        return Optional.ofNullable(Long.getLong(LAUNCHED_AT_PROPERTY));
    }

    /**
     * Runs the app in a child JVM with the class archive when this JVM was started as {@code java -jar},
     * and returns its exit code; empty when the app should run in this JVM.
     */
    public static OptionalInt runInArchivedJvm(String[] mainArgs) {
        if (System.getProperty(LAUNCHED_AT_PROPERTY) != null || "false".equals(System.getProperty(SWITCH_PROPERTY))
                || System.getProperty("jpackage.app-path") != null) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<String[]> arguments = self.arguments();
        if (java.isEmpty() || arguments.isEmpty()) return OptionalInt.empty();
        List<String> parentArgs = Arrays.asList(arguments.get());
        Optional<Path> jar = jarOf(parentArgs, mainArgs);
        if (jar.isEmpty() || !Files.isRegularFile(jar.get())) return OptionalInt.empty();
        Optional<Instant> started = self.startInstant();
        long startedAt = started.isPresent() ? started.get().toEpochMilli() : System.currentTimeMillis();
        try {
            Path folder = DataDirectory.defaultCache().resolve("class-archive");
            Path archive = folder.resolve("deckhand-".concat(archiveKey(jar.get())).concat(".jsa"));
            boolean ready = Files.isRegularFile(archive);
            Path dump = folder.resolve(archive.getFileName().toString().concat(".")
                    .concat(Long.toString(ProcessHandle.current().pid())).concat(".tmp"));
            if (!ready) Files.createDirectories(folder);
            Optional<List<String>> command = childCommand(java.get(), parentArgs, mainArgs, jar.get(),
                    ready ? archive : null, ready ? null : dump, startedAt);
            if (command.isEmpty()) return OptionalInt.empty();
            Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
            command.get().add(1, property(LAUNCHER_CPU_PROPERTY, cpu.isPresent() ? cpu.get().toMillis() : 0));
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            int exit = waitFor(child);
            if (!ready) keepArchive(dump, archive, folder);
            return OptionalInt.of(exit);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // the app starts here instead, as without the archive
        }
    }

    /**
     * The child's command: the same Java, its sharing options, then this JVM's own options and
     * arguments unchanged (the jar's path made absolute, as the archive records it); empty when the
     * command line is not a plain {@code -jar} start of {@code mainArgs} or already manages sharing.
     * Exactly one of {@code archive} (use it) and {@code dumpTo} (write it at exit) is non-null.
     */
    static Optional<List<String>> childCommand(String java, List<String> parentArgs, String[] mainArgs, Path jar,
                                               Path archive, Path dumpTo, long startedAtMs) {
        int jarFlag = parentArgs.size() - mainArgs.length - 2;
        if (jarFlag < 0 || !parentArgs.get(jarFlag).equals("-jar")) return Optional.empty();
        if (!parentArgs.subList(jarFlag + 2, parentArgs.size()).equals(Arrays.asList(mainArgs))) return Optional.empty();
        for (String option : parentArgs.subList(0, jarFlag)) {
            for (String sharing : SHARING_OPTIONS) {
                if (option.startsWith(sharing)) return Optional.empty();
            }
        }
        if ((archive == null) == (dumpTo == null)) throw new IllegalArgumentException("archive or dumpTo, not both");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(archive != null ? "-XX:SharedArchiveFile=".concat(archive.toString())
                : "-XX:ArchiveClassesAtExit=".concat(dumpTo.toString()));
        command.add("-Xshare:auto");
        // A stale archive is the JVM's to reject; the user needs no warning about it.
        command.add("-Xlog:cds*=off");
        command.add("-Xlog:class+path=off");
        command.add(property(LAUNCHED_AT_PROPERTY, startedAtMs));
        command.addAll(parentArgs.subList(0, jarFlag));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(Arrays.asList(mainArgs));
        return Optional.of(command);
    }

    /** The jar a {@code java [options] -jar JAR mainArgs} command line names, made absolute. */
    static Optional<Path> jarOf(List<String> parentArgs, String[] mainArgs) {
        int jarFlag = parentArgs.size() - mainArgs.length - 2;
        if (jarFlag < 0 || !parentArgs.get(jarFlag).equals("-jar")) return Optional.empty();
        try {
            return Optional.of(Path.of(parentArgs.get(jarFlag + 1)).toAbsolutePath());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Names the archive after what it was made from, so a rebuilt jar, a changed library or another Java
     * gets a new one instead of one the JVM would reject at every start.
     */
    static String archiveKey(Path jar) throws IOException {
        StringBuilder key = new StringBuilder();
        key.append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        appendFile(key, jar);
        Path lib = jar.getParent() == null ? null : jar.getParent().resolve("lib");
        if (lib != null && Files.isDirectory(lib)) {
            List<Path> jars = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(lib, "*.jar")) {
                for (Path p : files) jars.add(p);
            }
            jars.sort(null);
            for (Path p : jars) appendFile(key, p);
        }
        return Long.toHexString(fnv1a64(key.toString()));
    }

    /** -Dname=value, without the string concatenation bootstrap (this runs in the launching JVM, where each ms counts). */
    private static String property(String name, long value) {
        return new StringBuilder("-D").append(name).append('=').append(value).toString();
    }

    private static void appendFile(StringBuilder key, Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        key.append('|').append(file.toAbsolutePath()).append(':').append(a.size()).append(':').append(a.lastModifiedTime().toMillis());
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Waits for the child; if this JVM is asked to stop, the child is asked too, so no window is left behind. */
    private static int waitFor(Process child) {
        Runnable stop = new Runnable() {
            @Override
            public void run() {
                child.destroy();
                try {
                    child.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Thread stopChild = new Thread(stop, "deckhand-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException alreadyStopping) {
                // the hook runs: nothing to undo
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Moves a finished dump into place (one rename: another start sees all of it or none) and drops older archives. */
    private static void keepArchive(Path dump, Path archive, Path folder) {
        try {
            if (Files.isRegularFile(dump) && Files.size(dump) > 0) {
                Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                // Two jars used in turn (two checkouts) keep theirs; older builds' archives go.
                List<Path> others = new ArrayList<>();
                try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "deckhand-*.jsa")) {
                    for (Path p : all) if (!p.equals(archive)) others.add(p);
                }
                others.sort(java.util.Comparator.comparing(ClassArchiveLaunch::modified).reversed());
                for (Path p : others.subList(Math.min(KEEP_OTHERS, others.size()), others.size())) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // the next start writes it again
        } finally {
            try {
                Files.deleteIfExists(dump);
            } catch (IOException ignored) {
                // a stray temporary file in the cache folder does no harm
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
