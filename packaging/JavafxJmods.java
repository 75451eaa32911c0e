import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns the JavaFX platform jars (e.g. javafx-web-21.0.11-linux.jar) into jmods, with their native
 * libraries as the jmod's libs, so jpackage links JavaFX into the runtime image. Without this JavaFX
 * unpacks its native libraries into the user's home on first start and every start is slower.
 *
 * <p>Run with the JDK's source launcher (works on Linux, Windows and macOS alike):
 * {@code java packaging/JavafxJmods.java <folder of JavaFX jars> <jmods out> <work folder>}
 */
public final class JavafxJmods {
    private JavafxJmods() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: JavafxJmods <javafx jars folder> <jmods out folder> <work folder>");
            System.exit(2);
        }
        Path jars = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path work = Path.of(args[2]);
        ToolProvider jmod = ToolProvider.findFirst("jmod")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jmod tool"));
        deleteTree(out);
        deleteTree(work);
        Files.createDirectories(out);
        List<Path> platformJars = new ArrayList<>();
        try (Stream<Path> files = Files.list(jars)) {
            files.filter(JavafxJmods::isPlatformJar).sorted().forEach(platformJars::add);
        }
        if (platformJars.isEmpty()) {
            throw new IllegalStateException("no JavaFX platform jars in " + jars);
        }
        for (Path jar : platformJars) {
            String module = moduleName(jar);
            Path classes = work.resolve(module).resolve("classes");
            Path libs = work.resolve(module).resolve("libs");
            int nativeCount = unpack(jar, classes, libs);
            List<String> command = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (nativeCount > 0) {
                command.addAll(List.of("--libs", libs.toString()));
            }
            command.add(out.resolve(module + ".jmod").toString());
            int rc = jmod.run(System.out, System.err, command.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("jmod create failed for " + jar + " (exit " + rc + ")");
            }
            System.out.printf("%s: %s.jmod with %d native libraries%n", jar.getFileName(), module, nativeCount);
        }
        deleteTree(work);
    }

    /** The per-platform jars carry a classifier (linux, win, mac, mac-aarch64); the plain ones are empty. */
    private static boolean isPlatformJar(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("javafx-") && name.endsWith(".jar")
                && name.matches("javafx-[a-z]+-[0-9][^-]*-[a-z][a-z0-9-]*\\.jar");
    }

    private static String moduleName(Path jar) {
        return ModuleFinder.of(jar).findAll().stream()
                .map(ModuleReference::descriptor)
                .map(d -> d.name())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(jar + " is not a module"));
    }

    /** Classes and resources go to {@code classes}; top-level native libraries to {@code libs}. */
    private static int unpack(Path jar, Path classes, Path libs) throws IOException {
        Files.createDirectories(classes);
        Files.createDirectories(libs);
        int nativeCount = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/")) {
                    continue;
                }
                boolean topLevel = !name.contains("/");
                if (topLevel && (name.endsWith(".jar") || name.endsWith(".sha1"))) {
                    continue; // javafx-swt.jar and checksums of the libraries: not part of the module
                }
                Path target;
                if (topLevel && isNativeLibrary(name)) {
                    target = libs.resolve(name);
                    nativeCount++;
                } else {
                    target = classes.resolve(name).normalize();
                    if (!target.startsWith(classes)) {
                        throw new IllegalStateException("unexpected entry " + name + " in " + jar);
                    }
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return nativeCount;
    }

    private static boolean isNativeLibrary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".so") || lower.endsWith(".dll") || lower.endsWith(".dylib");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
