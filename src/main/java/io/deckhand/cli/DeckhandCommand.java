package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. With no sub-command it opens the desktop app (through {@link AppOpener},
 * supplied by the launcher so this package never touches JavaFX).
 */
@Command(name = "deckhand",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline flashcards and quizzes from your own study notes.%n"
                + "With no command, opens the desktop app.")
public final class DeckhandCommand implements Callable<Integer> {
    /**
     * The sub-commands, one per line so branches that add commands merge cleanly. Not in the
     * annotation: picocli would build every command's model at each start, which cost about 0.3 s of
     * CPU per command; {@link #commandLine(DeckhandCommand, String...)} builds only the one asked for.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            DecksCommand.class,
            FsrsCommand.class,
            GradeCommand.class,
            YamlCommand.class,
            StatsCommand.class,
            StudyCommand.class,
            SyncCommand.class,
            RenderCommand.class,
            DiagramCommand.class,
            ImportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            DeckCommand.class,
            QuizCommand.class,
            ExamCommand.class,
            ExtractCommand.class);

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the collection (default: $DECKHAND_HOME or the OS data folder).")
    Path dataDir;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    @Option(names = "--exit-after-shown", description = "Open the app, print shown_ms=<ms from JVM start to the deck list shown> and exit.")
    boolean exitAfterShown;

    private final AppOpener appOpener;
    private final ServicesOpener servicesOpener;
    private final ServicesOpener importOpener;

    /** Opens the desktop app with the chosen options; returns the exit code. */
    @FunctionalInterface
    public interface AppOpener {
        int open(Path dataDir, boolean exitAfterShown);
    }

    /** Opens the collection for commands that need it. */
    @FunctionalInterface
    public interface ServicesOpener {
        AppServices open(Path dataDir) throws DeckhandException;
    }

    public DeckhandCommand(AppOpener appOpener, ServicesOpener servicesOpener) {
        this(appOpener, servicesOpener, servicesOpener);
    }

    /**
     * {@code importOpener} opens the collection for {@code import}, which brings its own cards: it
     * need not load the bundled decks into a new collection first.
     */
    public DeckhandCommand(AppOpener appOpener, ServicesOpener servicesOpener, ServicesOpener importOpener) {
        this.appOpener = appOpener;
        this.servicesOpener = servicesOpener;
        this.importOpener = importOpener;
    }

    /** A command line with every sub-command and Deckhand's error handling (one clear line on stderr, exit 1). */
    public static CommandLine commandLine(DeckhandCommand root) {
        return commandLine(root, SUBCOMMANDS);
    }

    /**
     * A command line for these arguments: with only the sub-command they name when they name one (the
     * rest of the commands are never modelled), else with all of them (help, the app, a mistyped name
     * that picocli's "did you mean" needs them for).
     */
    public static CommandLine commandLine(DeckhandCommand root, String... args) {
        Class<?> named = named(args);
        return commandLine(root, named == null ? SUBCOMMANDS : List.of(named));
    }

    /** The sub-command the first argument that is not an option (or --data-dir's value) names, or null. */
    static Class<?> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir")) {
                // picocli refuses a command's name as the folder: with every command modelled, as it would
                if (i + 1 < args.length && byName(args[i + 1]) != null) return null;
                i++;
            } else if (!a.startsWith("-")) {
                return byName(a);
            }
        }
        return null;
    }

    private static Class<?> byName(String name) {
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(name) || List.of(command.aliases()).contains(name)) return c;
        }
        return null;
    }

    private static CommandLine commandLine(DeckhandCommand root, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(root);
        for (Class<?> c : subcommands) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            boolean debug = root.debug;
            String message = ex instanceof DeckhandException ? ex.getMessage()
                    : "Unexpected error (" + ex.getClass().getSimpleName() + "): " + firstLine(ex.getMessage())
                    + ". Nothing was changed; --debug shows the details.";
            line.getErr().println("deckhand: " + message);
            if (debug) ex.printStackTrace(line.getErr());
            return 1;
        });
        // picocli hands only Exceptions to the handler above; these Errors come from hostile input
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                cl.getErr().println("deckhand: " + (e instanceof StackOverflowError
                        ? "the input is nested too deeply to process (stack overflow); nothing was changed."
                        : "not enough memory to process the input; nothing was changed. A smaller file, or more"
                        + " memory for Java (-Xmx), may help."));
                if (root.debug) e.printStackTrace(cl.getErr());
                return 1;
            }
        });
        return cl;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) return "no details";
        int nl = s.indexOf('\n');
        return nl < 0 ? s.strip() : s.substring(0, nl).strip();
    }

    /** Opens the collection chosen by --data-dir; callers close it. */
    public AppServices openServices() throws DeckhandException {
        return servicesOpener.open(dataDir);
    }

    /** The collection for {@code import}: as {@link #openServices()}, without the bundled decks. */
    public AppServices openServicesForImport() throws DeckhandException {
        return importOpener.open(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public Integer call() {
        return appOpener.open(dataDir, exitAfterShown);
    }
}
