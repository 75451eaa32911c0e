package io.deckhand.app.sync;

import java.util.List;

/**
 * What one {@link SyncService#syncNow()} did.
 *
 * @param written   lines this device added to its own journal
 * @param applied   other devices' lines applied
 * @param waiting   what could not be applied yet, and why (kept, tried again next time)
 * @param conflicts edits found to lose to a rival edit (kept in {@link SyncService#conflicts()})
 * @param devices   the other devices, as seen now
 * @param ignored   files the sync program made that Deckhand does not read (conflict copies)
 */
public record SyncReport(int written, int applied, List<SyncStatus.WaitingItem> waiting, int conflicts,
                         List<SyncStatus.KnownDevice> devices, List<String> ignored) {
    public SyncReport {
        waiting = List.copyOf(waiting);
        devices = List.copyOf(devices);
        ignored = List.copyOf(ignored);
    }
}
