package io.deckhand.app.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sync stands: this device, the others seen in the folder, what waits and the open conflicts.
 *
 * @param journalLines lines in this device's journal (its last number)
 * @param pending      changes committed here and not yet written to the journal
 */
public record SyncStatus(Optional<Path> folder, String deviceId, String deviceName, long journalLines, int pending,
                         List<KnownDevice> devices, List<WaitingItem> waiting, List<SyncConflict> conflicts,
                         List<String> ignored) {
    public SyncStatus {
        devices = List.copyOf(devices);
        waiting = List.copyOf(waiting);
        conflicts = List.copyOf(conflicts);
        ignored = List.copyOf(ignored);
    }

    /**
     * Another device that writes a journal in the folder.
     *
     * @param name        its name, from its status file (its id when it has none yet)
     * @param lastSync    when it last synced, by its status file
     * @param appliedSeq  how many of its lines this device applied
     * @param appliedAt   when this device last applied any of them
     * @param theirLast   its last line number, by its status file (0 unknown)
     */
    public record KnownDevice(String id, String name, Optional<Instant> lastSync, long appliedSeq,
                              Optional<Instant> appliedAt, long theirLast) {
    }

    /** Line {@code seq} of {@code device}'s journal waits, for {@code reason}. */
    public record WaitingItem(String device, String deviceName, long seq, String reason) {
    }
}
