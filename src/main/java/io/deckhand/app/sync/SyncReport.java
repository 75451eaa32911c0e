package io.deckhand.app.sync;

import java.util.List;
import java.util.Optional;

/**
 * What one {@link SyncService#syncNow()} did.
 *
 * @param written   lines this device added to its own journal
 * @param applied   other devices' lines applied
 * @param waiting   what could not be applied yet, and why (kept, tried again next time)
 * @param conflicts edits found to lose to a rival edit (kept in {@link SyncService#conflicts()})
 * @param devices   the other devices, as seen now
 * @param ignored   files the sync program made that Deckhand does not read (conflict copies)
 * @param reapplied this device's own journal lines applied again: its collection was older than its
 *                  journal (a backup restored), so its changes made since came back from the journal
 * @param compacted the compaction of this device's journal the sync ran (or tried: a failed run says so)
 */
public record SyncReport(int written, int applied, List<SyncStatus.WaitingItem> waiting, int conflicts,
                         List<SyncStatus.KnownDevice> devices, List<String> ignored, int reapplied,
                         Optional<Compaction.Run> compacted) {
    public SyncReport {
        waiting = List.copyOf(waiting);
        devices = List.copyOf(devices);
        ignored = List.copyOf(ignored);
    }

    public SyncReport(int written, int applied, List<SyncStatus.WaitingItem> waiting, int conflicts,
                      List<SyncStatus.KnownDevice> devices, List<String> ignored) {
        this(written, applied, waiting, conflicts, devices, ignored, 0);
    }

    public SyncReport(int written, int applied, List<SyncStatus.WaitingItem> waiting, int conflicts,
                      List<SyncStatus.KnownDevice> devices, List<String> ignored, int reapplied) {
        this(written, applied, waiting, conflicts, devices, ignored, reapplied, Optional.empty());
    }
}
