package io.deckhand;

import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.bootstrap.DataDirectory;
import io.deckhand.bootstrap.SingleInstance;
import io.deckhand.bootstrap.Timing;
import io.deckhand.cli.DeckhandCommand;
import java.time.Clock;
import java.util.List;

/**
 * Entry point for jars and installers. A plain class (not an Application) so JavaFX on the
 * class path starts cleanly; the toolkit is only started when no command is given.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Timing.mark("JVM start to main");
        var appOnly = AppArguments.parse(args);
        if (appOnly.isPresent()) {
            AppArguments a = appOnly.get();
            // A window is already open on this collection: give it the files (or bring it forward).
            if (!a.exitAfterShown() && SingleInstance.handOff(DataDirectory.resolveDefault(a.dataDir()), a.files())) {
                System.exit(0);
            }
            System.exit(openApp(a.dataDir(), a.exitAfterShown(), a.files()));
        }
        DeckhandCommand root = new DeckhandCommand(
                (dataDir, exitAfterShown) -> openApp(dataDir, exitAfterShown, List.of()),
                dataDir -> Bootstrap.open(DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone()),
                dataDir -> Bootstrap.openWithoutBundledDecks(DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone()));
        var commandLine = DeckhandCommand.commandLine(root, args);
        Timing.mark("command line built");
        int exit = commandLine.execute(args);
        Timing.mark("command");
        System.exit(exit);
    }

    private static int openApp(java.nio.file.Path dataDir, boolean exitAfterShown, List<java.nio.file.Path> files) {
        try {
            return DeckhandApp.launch(new DeckhandApp.Options(
                    DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone(), exitAfterShown, files));
        } catch (RuntimeException | LinkageError e) {
            // No display, or no graphics libraries: one clear line, not a stack trace.
            System.err.println(windowFailure(e, System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                    System.getenv("WAYLAND_DISPLAY"), java.nio.file.Files::exists));
            return 1;
        }
    }

    /** Where Linux distributions keep libgtk-3.so.0 (JavaFX's window toolkit on Linux). */
    static final List<String> GTK3_PLACES = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/lib64", "/lib",
            "/usr/lib/arm-linux-gnueabihf", "/run/current-system/sw/lib");

    /** The one line the user sees when the window cannot open, saying what to do about it. */
    static String windowFailure(Throwable e, String os, String display, String wayland,
                                java.util.function.Predicate<java.nio.file.Path> exists) {
        String tail = " The command line still works: deckhand --help";
        if (os.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            boolean gtk3 = GTK3_PLACES.stream().anyMatch(d -> exists.test(java.nio.file.Path.of(d, "libgtk-3.so.0")));
            if (!gtk3) {
                return "deckhand: cannot open the window: GTK 3 (libgtk-3.so.0), which JavaFX draws windows with, is not "
                        + "installed. Install it: sudo apt-get install libgtk-3-0 (Fedora: sudo dnf install gtk3; Arch: "
                        + "sudo pacman -S gtk3)." + tail;
            }
            if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
                return "deckhand: cannot open the window: no display (DISPLAY is not set; over SSH use ssh -X)." + tail;
            }
        }
        return "deckhand: cannot open the window (" + e + ")." + tail;
    }
}
