import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Links the Java runtime the installer bundles, with the newest JDK it can find, run by the JDK's source
 * launcher from the installer profile (it works under the JDK 17 that may run Maven):
 *
 * <pre>
 *   java packaging/InstallerRuntime.java jdk=[JDK_HINT] JAVAFX_JMODS MODULES RUNTIME_OUT OPTIONS_FILE
 * </pre>
 *
 * The bundled runtime decides the start-up cache (packaging/TrainAppCds.java): JDK 25+ gives the AOT
 * cache, which halves the installed app's start-up. So the JDK is, in order: JDK_HINT (-Dinstaller.jdk,
 * must be a JDK), the JDK running Maven when it is 25+, a JDK 25+ found in the usual places (JAVA_HOME,
 * GitHub's JAVA_HOME_25_X64-style variables, /usr/lib/jvm, SDKMAN, /Library/Java, Program Files), and
 * otherwise the running JDK, with a line saying what that costs. jpackage (Maven's JDK) then takes the
 * runtime with --runtime-image. OPTIONS_FILE gets the jpackage arguments the runtime's version needs
 * (an @argfile): JDK 24+ warns about JavaFX's and SQLite's native access and JavaFX's sun.misc.Unsafe use
 * unless they are allowed, and JDK 17 rejects the option that allows the latter.
 *
 * <p>The modules file is not compressed: the installer's own compression (xz in the .deb) packs the
 * raw classes into about half of what it makes of jlink's zip-compressed ones.
 */
public final class InstallerRuntime {
    private static final int AOT_CACHE_JDK = 25;

    private InstallerRuntime() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 5) {
            System.err.println("usage: InstallerRuntime jdk=[JDK_HINT] JAVAFX_JMODS MODULES RUNTIME_OUT OPTIONS_FILE");
            System.exit(2);
        }
        if (!args[0].startsWith("jdk=")) {
            System.err.println("InstallerRuntime: the first argument is jdk=[path], not " + args[0]);
            System.exit(2);
        }
        Jdk jdk = choose(args[0].substring("jdk=".length()).strip());
        Path out = Path.of(args[3]);
        deleteTree(out);
        List<String> command = new ArrayList<>(List.of(jdk.tool("jlink").toString(),
                "--module-path", modulePath(Path.of(args[1]), jdk),
                "--add-modules", args[2],
                "--strip-debug", "--no-man-pages", "--no-header-files",
                // A CDS archive of the JDK's classes, as a normal JDK has (TrainAppCds drops it when the
                // AOT cache, which holds those classes too, replaces it).
                "--generate-cds-archive",
                "--output", out.toString()));
        Process jlink = new ProcessBuilder(command).inheritIO().start();
        if (jlink.waitFor() != 0) {
            System.err.println("installer: jlink failed: " + String.join(" ", command));
            System.exit(1);
        }
        Files.writeString(Path.of(args[4]), launcherOptions(jdk.feature()), StandardCharsets.UTF_8);
    }

    static Jdk choose(String hint) throws IOException {
        Jdk running = Jdk.at(Path.of(System.getProperty("java.home"))).orElseThrow();
        if (!hint.isEmpty()) {
            Jdk given = Jdk.at(Path.of(hint)).filter(j -> Files.isRegularFile(j.tool("jlink")))
                    .orElse(null);
            if (given == null) {
                System.err.println("installer: -Dinstaller.jdk=" + hint + " is not a JDK (no release file and bin/jlink)");
                System.exit(1);
            }
            report(given, "-Dinstaller.jdk");
            return given;
        }
        if (running.feature() >= AOT_CACHE_JDK) {
            report(running, "the JDK running Maven");
            return running;
        }
        Optional<Jdk> found = candidates().stream()
                .map(Jdk::at).flatMap(Optional::stream)
                .filter(j -> j.feature() >= AOT_CACHE_JDK && Files.isRegularFile(j.tool("jlink")))
                .max(Comparator.comparingInt(Jdk::feature));
        if (found.isPresent()) {
            report(found.get(), "found beside the JDK " + running.feature() + " running Maven");
            return found.get();
        }
        System.out.println("installer: no JDK " + AOT_CACHE_JDK + "+ found (set -Dinstaller.jdk=/path/to/jdk-25 or"
                + " JAVA_HOME); the runtime is the running JDK " + running.version() + ", so the installer gets"
                + (running.feature() >= 19 ? " a dynamic AppCDS archive instead of the AOT cache" : " no start-up cache")
                + " and the installed app starts about twice as slowly (packaging/README.md)");
        return running;
    }

    private static void report(Jdk jdk, String how) {
        System.out.println("installer: runtime from JDK " + jdk.version() + " at " + jdk.home() + " (" + how + ")"
                + (jdk.feature() >= AOT_CACHE_JDK ? ", which can carry the AOT start-up cache" : ""));
    }

    /** The JavaFX jmods, plus the JDK's own jmods where it has them (JDK 24+ can link without). */
    private static String modulePath(Path javafxJmods, Jdk jdk) {
        Path own = jdk.home().resolve("jmods");
        return Files.isDirectory(own) ? javafxJmods + java.io.File.pathSeparator + own : javafxJmods.toString();
    }

    static String launcherOptions(int feature) {
        if (feature < 24) return "";
        return "--java-options \"--enable-native-access=javafx.graphics,javafx.media,javafx.web,ALL-UNNAMED\"\n"
                + "--java-options \"--sun-misc-unsafe-memory-access=allow\"\n";
    }

    /** Folders that may hold a JDK, most specific first. */
    private static List<Path> candidates() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            // JAVA_HOME, and GitHub's setup-java JAVA_HOME_25_X64 for each JDK it set up
            if (e.getKey().startsWith("JAVA_HOME") || e.getKey().startsWith("JDK_HOME")) dirs.add(Path.of(e.getValue()));
        }
        String home = System.getProperty("user.home");
        for (String parent : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt", home + "/.sdkman/candidates/java",
                home + "/.jdks", "C:\\Program Files\\Java", "C:\\Program Files\\Eclipse Adoptium",
                "C:\\Program Files\\Microsoft", "C:\\Program Files\\Zulu")) {
            dirs.addAll(children(Path.of(parent)));
        }
        for (Path mac : children(Path.of("/Library/Java/JavaVirtualMachines"))) {
            dirs.add(mac.resolve("Contents/Home"));
        }
        return dirs;
    }

    private static List<Path> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isDirectory(p)) children.add(p);
            }
        }
        children.sort(null);
        return children;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    record Jdk(Path home, String version, int feature) {
        /** A JDK home has a release file naming its version. */
        static Optional<Jdk> at(Path home) {
            Path release = home.resolve("release");
            if (!Files.isRegularFile(release)) return Optional.empty();
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(release)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
            String version = p.getProperty("JAVA_VERSION", "").replace("\"", "").strip();
            String first = version.split("[.+\\-]")[0];
            if (!first.matches("\\d+")) return Optional.empty();
            int feature = Integer.parseInt(first);
            if (feature == 1) return Optional.empty(); // 1.8 and older: no jlink
            return Optional.of(new Jdk(home.toAbsolutePath().normalize(), version, feature));
        }

        Path tool(String name) {
            boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
            return home.resolve("bin").resolve(windows ? name + ".exe" : name);
        }
    }
}
