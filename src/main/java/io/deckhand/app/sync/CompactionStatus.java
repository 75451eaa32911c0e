package io.deckhand.app.sync;

import java.util.List;
import java.util.Optional;

/**
 * Where compaction stands on this device (docs/sync.md, "Compaction").
 *
 * @param snapshotThrough the last line of this device's journal its snapshot stands for (0: none)
 * @param peers           the other devices: how far each applied this device's journal, and which are waited for
 * @param lastRun         the last compaction that replaced segments here
 * @param snapshotsRead   other devices' snapshots this device read at its last sync that needed one
 *                        (it joined late, or was away long enough not to be waited for)
 */
public record CompactionStatus(long snapshotThrough, List<Compaction.Peer> peers, Optional<Compaction.Run> lastRun,
                               List<SnapshotRead> snapshotsRead) {
    public CompactionStatus {
        peers = List.copyOf(peers);
        snapshotsRead = List.copyOf(snapshotsRead);
    }

    /** {@code device}'s snapshot, standing for its lines up to {@code through}, was read at {@code atMs}. */
    public record SnapshotRead(String device, String name, long through, long atMs) {
    }
}
