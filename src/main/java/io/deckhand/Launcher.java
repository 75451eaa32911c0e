package io.deckhand;

import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.bootstrap.DataDirectory;
import io.deckhand.cli.DeckhandCommand;
import java.time.Clock;

/**
 * Entry point for jars and installers. A plain class (not an Application) so JavaFX on the
 * class path starts cleanly; the toolkit is only started when no command is given.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        var appOnly = AppArguments.parse(args);
        if (appOnly.isPresent()) {
            System.exit(openApp(appOnly.get().dataDir(), appOnly.get().exitAfterShown()));
        }
        DeckhandCommand root = new DeckhandCommand(
                Launcher::openApp,
                dataDir -> Bootstrap.open(DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone()));
        System.exit(DeckhandCommand.commandLine(root).execute(args));
    }

    private static int openApp(java.nio.file.Path dataDir, boolean exitAfterShown) {
        try {
            return DeckhandApp.launch(new DeckhandApp.Options(
                    DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone(), exitAfterShown));
        } catch (RuntimeException e) {
            // No display, or no graphics libraries: one clear line, not a stack trace.
            System.err.println("deckhand: cannot open the window (" + e.getMessage()
                    + "). The command line still works: deckhand --help");
            return 1;
        }
    }
}
