package io.deckhand.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. With no sub-command it opens the desktop app (through {@link #openApp},
 * supplied by the launcher so this package never touches JavaFX).
 */
@Command(name = "deckhand",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline flashcards and quizzes from your own study notes.",
        subcommands = {RenderCommand.class, DiagramCommand.class, YamlCommand.class})
public final class DeckhandCommand implements Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the collection (default: $DECKHAND_HOME or the OS data folder).")
    Path dataDir;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    @Option(names = "--exit-after-shown", description = "Open the app, print shown_ms=<start-up time> and exit.")
    boolean exitAfterShown;

    private final AppOpener openApp;

    /** Opens the desktop app with the chosen options; returns the exit code. */
    @FunctionalInterface
    public interface AppOpener {
        int open(Path dataDir, boolean exitAfterShown);
    }

    public DeckhandCommand(AppOpener openApp) {
        this.openApp = openApp;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public Integer call() {
        return openApp.open(dataDir, exitAfterShown);
    }
}
