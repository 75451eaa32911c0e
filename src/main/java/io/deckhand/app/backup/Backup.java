package io.deckhand.app.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file and when it was taken (local time, from its name). */
public record Backup(Path file, LocalDateTime takenAt) {
}
