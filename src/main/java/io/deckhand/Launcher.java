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
        DeckhandCommand root = new DeckhandCommand(
                (dataDir, exitAfterShown) -> DeckhandApp.launch(new DeckhandApp.Options(
                        DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone(), exitAfterShown)),
                dataDir -> Bootstrap.open(DataDirectory.resolveDefault(dataDir), Clock.systemDefaultZone()));
        System.exit(DeckhandCommand.commandLine(root).execute(args));
    }
}
