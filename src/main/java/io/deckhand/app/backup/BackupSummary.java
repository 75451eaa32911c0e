package io.deckhand.app.backup;

import io.deckhand.app.port.CollectionBackups;
import java.util.Optional;

/** A backup with what it holds, or why it could not be read. */
public record BackupSummary(Backup backup, Optional<CollectionBackups.Contents> contents, Optional<String> problem) {
}
