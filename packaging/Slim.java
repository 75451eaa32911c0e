import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Trims what the installer carries, run by the JDK's source launcher from the installer profile.
 *
 * <pre>
 *   java packaging/Slim.java jars DIR      # the class-path jars jpackage copies into the image
 *   java packaging/Slim.java runtime DIR   # the jlinked runtime of an app image
 * </pre>
 *
 * jars: native libraries for other operating systems and CPUs are dropped (sqlite-jdbc and zstd-jni
 * carry about 40 builds each; jpackage builds for the OS it runs on, so only one can ever load), and
 * from the Mermaid webjar only the one script the card page loads is kept (the rest is source maps and
 * unminified copies). runtime: the CDS archive for heaps over 32 GB, which a flashcard app never uses,
 * and JavaFX's media libraries (see {@link #mediaLibrary}).
 */
public final class Slim {
    /** The one Mermaid file the card page loads (io.deckhand.render.page.CardPage.MERMAID_SCRIPT). */
    private static final String MERMAID_KEEP = "/dist/mermaid.min.js";

    private static final Set<String> ALL_OS = Set.of("linux", "linux-musl", "linux-android", "mac", "darwin", "osx",
            "windows", "win", "freebsd", "aix", "sunos", "solaris");
    private static final Set<String> ALL_ARCH = Set.of("x86_64", "amd64", "x86-64", "x86", "i386", "i686",
            "aarch64", "arm64", "arm", "armv6", "armv7", "ppc64", "ppc64le", "riscv64", "s390x", "loongarch64", "mips64");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java packaging/Slim.java jars|runtime DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "jars" -> slimJars(dir);
            case "runtime" -> slimRuntime(dir);
            default -> {
                System.err.println("Slim: unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void slimJars(Path dir) throws IOException {
        Set<String> os = osNames(System.getProperty("os.name").toLowerCase(Locale.ROOT));
        Set<String> arch = archNames(System.getProperty("os.arch").toLowerCase(Locale.ROOT));
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            long before = Files.size(jar);
            Path tmp = jar.resolveSibling(jar.getFileName() + ".slim");
            int dropped = 0;
            try (ZipFile in = new ZipFile(jar.toFile());
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                var entries = in.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!keep(e.getName(), os, arch)) {
                        dropped++;
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    if (!e.isDirectory()) {
                        try (InputStream is = in.getInputStream(e)) {
                            is.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            if (dropped == 0) {
                Files.delete(tmp);
                continue;
            }
            // Keep the jar's time: the start-up archive checks it (see packaging/README.md).
            var time = Files.getLastModifiedTime(jar);
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(jar, time);
            System.out.printf("Slim: %s %d -> %d KB (%d entries dropped)%n", jar.getFileName(), before / 1024,
                    Files.size(jar) / 1024, dropped);
        }
    }

    /** Whether a jar entry can be used on this OS and CPU. */
    static boolean keep(String name, Set<String> os, Set<String> arch) {
        if (name.startsWith("META-INF/resources/webjars/mermaid/")) {
            return name.endsWith("/") || name.endsWith(MERMAID_KEEP) || !name.contains("/dist/");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean nativeLib = lower.endsWith(".so") || lower.endsWith(".dll") || lower.endsWith(".dylib")
                || lower.endsWith(".jnilib");
        if (!nativeLib) return true;
        boolean osNamed = false;
        boolean osMatches = false;
        boolean archNamed = false;
        boolean archMatches = false;
        for (String segment : lower.split("/")) {
            if (ALL_OS.contains(segment)) {
                osNamed = true;
                osMatches |= os.contains(segment);
            }
            if (ALL_ARCH.contains(segment)) {
                archNamed = true;
                archMatches |= arch.contains(segment);
            }
        }
        return (!osNamed || osMatches) && (!archNamed || archMatches);
    }

    static Set<String> osNames(String osName) {
        if (osName.startsWith("mac") || osName.contains("darwin")) return Set.of("mac", "darwin", "osx");
        if (osName.startsWith("windows")) return Set.of("windows", "win");
        return Set.of("linux");
    }

    static Set<String> archNames(String osArch) {
        return switch (osArch) {
            case "amd64", "x86_64" -> Set.of("amd64", "x86_64", "x86-64");
            case "aarch64", "arm64" -> Set.of("aarch64", "arm64");
            default -> Set.of(osArch);
        };
    }

    /**
     * JavaFX's media engine (GStreamer and its plugins): the app plays no media, and card pages cannot
     * ask for it either (HtmlSanitizer keeps no audio or video element; HtmlSanitizerTest checks that).
     * The javafx.media module stays, as javafx.web requires it; only its native libraries go.
     */
    static boolean mediaLibrary(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean nativeLib = lower.endsWith(".so") || lower.endsWith(".dll") || lower.endsWith(".dylib");
        return nativeLib && (lower.contains("gstreamer-lite") || lower.contains("glib-lite")
                || lower.contains("jfxmedia") || lower.contains("avplugin") || lower.contains("fxplugins"));
    }

    private static void slimRuntime(Path image) throws IOException {
        try (Stream<Path> s = Files.walk(image)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("classes_nocoops.jsa") || mediaLibrary(name)) {
                    System.out.printf("Slim: removed %s (%d KB)%n", image.relativize(p), Files.size(p) / 1024);
                    Files.delete(p);
                }
            }
        }
    }
}
