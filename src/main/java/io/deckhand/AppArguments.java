package io.deckhand;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The few arguments that just open the desktop app ({@code --data-dir DIR}, {@code --exit-after-shown},
 * {@code --debug}, and files to open: a deck or notes file double-clicked in the file manager).
 * Recognised without picocli, whose start-up cost (a few hundred classes) would otherwise delay the
 * window; anything else goes to the full command line.
 */
record AppArguments(Path dataDir, boolean exitAfterShown, List<Path> files) {
    /** What the installers associate with Deckhand, and what a file manager may pass to it. */
    private static final Pattern OPENABLE = Pattern.compile("(?i).+\\.(apkg|colpkg|anki2|json|csv|tsv|md|markdown)");

    AppArguments {
        files = List.copyOf(files);
    }

    static Optional<AppArguments> parse(String[] args) {
        Path dir = null;
        boolean exit = false;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--exit-after-shown") && !exit) {
                    exit = true;
                } else if (a.equals("--debug")) {
                    continue;
                } else if (a.equals("--data-dir") && dir == null && i + 1 < args.length && !args[i + 1].isBlank()) {
                    dir = Path.of(args[++i]);
                } else if (a.startsWith("--data-dir=") && dir == null && a.length() > "--data-dir=".length()) {
                    dir = Path.of(a.substring("--data-dir=".length()));
                } else if (!a.startsWith("-") && OPENABLE.matcher(a).matches() && Files.isRegularFile(Path.of(a))) {
                    files.add(Path.of(a));
                } else {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli will explain what is wrong with it
        }
        return Optional.of(new AppArguments(dir, exit, files));
    }
}
