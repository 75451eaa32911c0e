package io.deckhand.app.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What "Check collection" found, what it repaired, what is left for the user, and the backup
 * taken before anything was changed.
 */
public record CheckResult(List<String> found, List<String> repaired, List<String> unresolved, Optional<Path> backupBefore) {
    public CheckResult {
        found = List.copyOf(found);
        repaired = List.copyOf(repaired);
        unresolved = List.copyOf(unresolved);
    }

    public boolean healthy() {
        return found.isEmpty();
    }

    /** A few lines for a dialog or the terminal. */
    public String describe() {
        if (healthy()) return "The collection is fine: no problems found.";
        StringBuilder b = new StringBuilder("Found:\n");
        found.forEach(f -> b.append("- ").append(f).append('\n'));
        if (!repaired.isEmpty()) {
            b.append("Repaired:\n");
            repaired.forEach(r -> b.append("- ").append(r).append('\n'));
        }
        if (!unresolved.isEmpty()) {
            b.append("Not repaired:\n");
            unresolved.forEach(u -> b.append("- ").append(u).append('\n'));
        }
        backupBefore.ifPresent(p -> b.append("The collection as it was is in ").append(p).append('\n'));
        return b.toString().strip();
    }
}
