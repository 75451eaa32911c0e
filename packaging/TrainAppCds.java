import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Adds a start-up archive to a jpackage app image: one training run through the image's own launcher
 * with the dump option in its .cfg (the native launcher ignores JDK_JAVA_OPTIONS), then the .cfg is
 * switched to use the archive. The bundled runtime (packaging/InstallerRuntime.java) decides the kind:
 * JDK 25+ an AOT cache ({@code -XX:AOTCacheOutput} / {@code -XX:AOTCache}, JEP 483/514); JDK 19-24 a
 * dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit} / {@code -XX:SharedArchiveFile}); before 19
 * none, as such an archive only works at the exact path it was trained at. The archive sits beside
 * the jars ($APPDIR) and is checked to work from a moved copy of the image, as after installing.
 *
 * <p>Training opens the window with {@code --exit-after-shown} (under xvfb-run when Linux has no
 * display); if that is not possible it falls back to the {@code decks} command, which still covers
 * start-up, SQLite, Jackson and picocli. Any failure leaves the image as jpackage made it: the
 * installer then works, only without the archive.
 *
 * <p>{@code java packaging/TrainAppCds.java <app image folder> <app name> <work folder>}
 */
public final class TrainAppCds {
    private static final long TIMEOUT_SECONDS = 180;

    private TrainAppCds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: TrainAppCds <app image folder> <app name> <work folder>");
            System.exit(2);
        }
        Layout layout = Layout.find(Path.of(args[0]), args[1]);
        Path work = Path.of(args[2]).toAbsolutePath();
        byte[] originalCfg = Files.readAllBytes(layout.cfg());
        int jdk = layout.runtimeFeature();
        if (jdk < 19) {
            // Before 19 a dynamic archive only works at the exact path it was trained at (and 17's dump
            // can crash on lambda proxies): useless once installed.
            skip("the runtime is JDK " + jdk + ", which cannot move an AppCDS archive with the app; link it with a JDK 25"
                    + " (-Dinstaller.jdk=..., packaging/InstallerRuntime.java) for the AOT cache");
            return;
        }
        // The JVM rejects the archive when a jar's modification time differs from training. jpackage
        // copies the image into the package with new times; dpkg-deb clamps them to SOURCE_DATE_EPOCH.
        // So the image is stamped with that time first, and without it (or off Linux, unverified)
        // no archive is made rather than one that fails (with an error line) on every start.
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            skip("SOURCE_DATE_EPOCH is not set (packaging/build-installer.sh sets it)");
            return;
        }
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            skip("only verified for the Linux .deb so far");
            return;
        }
        stamp(layout.root(), java.nio.file.attribute.FileTime.from(Long.parseLong(epoch.strip()),
                java.util.concurrent.TimeUnit.SECONDS));
        boolean aot = jdk >= 25;
        String file = aot ? "deckhand.aot" : "deckhand.jsa";
        Path archive = layout.cfg().resolveSibling(file);
        try {
            if (!aot && !hasBaseArchive(layout.root())) {
                skip("the runtime has no base CDS archive (jlink --generate-cds-archive)");
                return;
            }
            Files.deleteIfExists(archive);
            writeCfg(layout.cfg(), originalCfg, aot
                    ? "-XX:AOTCacheOutput=$APPDIR/" + file
                    : "-XX:ArchiveClassesAtExit=$APPDIR/" + file);
            String how = train(layout, work);
            if (how == null || !Files.isRegularFile(archive) || Files.size(archive) == 0) {
                restore(layout, originalCfg, archive);
                skip("the training run did not write an archive");
                return;
            }
            if (aot) {
                writeCfg(layout.cfg(), originalCfg, "-XX:AOTCache=$APPDIR/" + file);
            } else {
                writeCfg(layout.cfg(), originalCfg, "-XX:SharedArchiveFile=$APPDIR/" + file, "-Xshare:auto");
            }
            // The AOT cache holds the JDK's classes too, so the JVM never opens the runtime's default
            // CDS archive beside it (-Xlog:aot,cds shows only the cache): 14 MB less to install.
            Path baseArchive = aot ? layout.baseArchive() : null;
            Path setAside = baseArchive == null ? null : work.resolve("classes.jsa.set-aside");
            if (baseArchive != null && Files.isRegularFile(baseArchive)) {
                Files.createDirectories(work);
                Files.move(baseArchive, setAside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            // The installer puts the app elsewhere (/opt/deckhand, Program Files...): JDK 17 rejects an
            // archive whose class path moved, later JDKs accept it. Check from a moved copy.
            Run check = runRelocated(layout, work);
            if (check.exit() != 0 || mentionsSharing(check.output())) {
                restore(layout, originalCfg, archive);
                if (setAside != null && Files.isRegularFile(setAside)) Files.move(setAside, baseArchive);
                skip("the archive is not usable once the app is installed elsewhere (JDK " + jdk + "): "
                        + firstLine(check.output()));
                return;
            }
            System.out.printf("AppCDS: %s trained by %s (%d KB)%n", archive, how, Files.size(archive) / 1024);
            if (setAside != null && Files.deleteIfExists(setAside)) {
                System.out.println("AppCDS: removed the runtime's default CDS archive (the AOT cache replaces it)");
            }
            Files.deleteIfExists(archive.resolveSibling(file + ".config")); // AOT training leftovers
        } catch (IOException | RuntimeException e) {
            restore(layout, originalCfg, archive);
            skip(e.toString());
        }
    }

    /** Returns what the training ran, or null when neither run succeeded. */
    private static String train(Layout layout, Path work) throws IOException, InterruptedException {
        Run window = run(layout.launcher(), work, List.of("--exit-after-shown"), true);
        if (window.exit() == 0 && window.output().contains("shown_ms=")) {
            return "opening the window (" + window.output().lines()
                    .filter(l -> l.startsWith("shown_ms=")).findFirst().orElse("") + ")";
        }
        System.out.println("AppCDS: window training not possible (" + firstLine(window.output())
                + "); training with the decks command");
        Run decks = run(layout.launcher(), work, List.of("decks"), false);
        return decks.exit() == 0 ? "the decks command" : null;
    }

    /** Runs {@code --version} with the whole image renamed, then renames it back. */
    private static Run runRelocated(Layout layout, Path work) throws IOException, InterruptedException {
        String name = layout.root().getFileName().toString();
        Path moved = layout.root().resolveSibling("relocated-" + name);
        Files.move(layout.root(), moved);
        try {
            return run(moved.resolve(layout.root().relativize(layout.launcher())), work, List.of("--version"), false);
        } finally {
            Files.move(moved, layout.root());
        }
    }

    private static Run run(Path launcher, Path work, List<String> appArgs, boolean needsDisplay)
            throws IOException, InterruptedException {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        List<String> command = new ArrayList<>();
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        if (needsDisplay && linux && System.getenv("DISPLAY") == null) {
            Optional<Path> xvfb = onPath("xvfb-run");
            if (xvfb.isEmpty()) {
                return new Run(-1, "no display and no xvfb-run");
            }
            command.addAll(List.of(xvfb.get().toString(), "-a"));
        }
        command.add(launcher.toString());
        command.addAll(List.of("--data-dir", data.toString()));
        command.addAll(appArgs);
        Path log = work.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(work.toFile()); // crash logs stay in target/
        builder.environment().put("DECKHAND_HOME", data.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Run(-1, "timed out after " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void writeCfg(Path cfg, byte[] original, String... javaOptions) throws IOException {
        List<String> lines = new ArrayList<>(new String(original, StandardCharsets.UTF_8).lines().toList());
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        int at = section + 1;
        for (String option : javaOptions) {
            lines.add(at++, "java-options=" + option);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private static void restore(Layout layout, byte[] originalCfg, Path archive) {
        try {
            Files.write(layout.cfg(), originalCfg);
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new IllegalStateException("could not restore " + layout.cfg(), e);
        }
    }

    private static void stamp(Path root, java.nio.file.attribute.FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }

    private static boolean hasBaseArchive(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(p -> p.getFileName().toString().equals("classes.jsa"));
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The JVM reports an unusable archive or cache as a warning or error tagged cds or aot. */
    private static boolean mentionsSharing(String output) {
        String lower = output.toLowerCase(Locale.ROOT);
        return lower.contains("shared archive") || lower.contains("aot cache") || lower.contains("[error]")
                || lower.contains("][cds") || lower.contains("][aot");
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output").strip();
    }

    private static void skip(String why) {
        System.out.println("AppCDS: skipped, " + why + ". The installer is built without it.");
    }

    private record Run(int exit, String output) {
    }

    /** Where jpackage puts the launcher, its .cfg and the runtime on each OS. */
    private record Layout(Path root, Path launcher, Path cfg, Path runtime) {
        /** The bundled runtime's feature version (its release file), which may differ from this JVM's. */
        int runtimeFeature() throws IOException {
            java.util.Properties release = new java.util.Properties();
            try (var in = Files.newInputStream(runtime.resolve("release"))) {
                release.load(in);
            }
            String version = release.getProperty("JAVA_VERSION", "").replace("\"", "").strip();
            return Integer.parseInt(version.split("[.+\\-]")[0]);
        }

        Path baseArchive() throws IOException {
            try (Stream<Path> files = Files.walk(runtime)) {
                return files.filter(p -> p.getFileName().toString().equals("classes.jsa")).findFirst().orElse(null);
            }
        }

        static Layout find(Path imageFolder, String name) {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            Layout layout;
            if (os.contains("win")) {
                Path root = imageFolder.resolve(name);
                layout = new Layout(root, root.resolve(name + ".exe"), root.resolve("app").resolve(name + ".cfg"),
                        root.resolve("runtime"));
            } else if (os.contains("mac")) {
                Path root = imageFolder.resolve(name + ".app");
                layout = new Layout(root, root.resolve("Contents/MacOS").resolve(name),
                        root.resolve("Contents/app").resolve(name + ".cfg"), root.resolve("Contents/runtime/Contents/Home"));
            } else {
                Path root = imageFolder.resolve(name);
                layout = new Layout(root, root.resolve("bin").resolve(name),
                        root.resolve("lib/app").resolve(name + ".cfg"), root.resolve("lib/runtime"));
            }
            if (!Files.isRegularFile(layout.cfg()) || !Files.exists(layout.launcher())) {
                throw new IllegalStateException("no jpackage app image at " + layout.root());
            }
            return layout;
        }
    }
}
