package io.deckhand.ui.sync;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.sync.SyncService;
import io.deckhand.ui.common.TaskRunner;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync the user did not ask for: once the deck list is first shown and when the window gains focus
 * (at most once a minute, on the worker); {@code DeckhandApp} also calls {@link #syncIfFolderSet}
 * every few minutes from a {@code PeriodicTask}. Nothing happens until a sync folder is chosen, and a
 * failure is logged, not shown: the sync folder may be on a drive that is not connected.
 */
public final class AutoSync {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);
    static final long FOCUS_GAP_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Supplier<SyncService> service;
    private final TaskRunner tasks;
    private final Runnable collectionChanged;
    private final LongSupplier nanoTime;
    private boolean started;
    private long lastStart;

    /** @param collectionChanged run on the FX thread when a sync applied other devices' changes */
    public AutoSync(Supplier<SyncService> service, TaskRunner tasks, Runnable collectionChanged) {
        this(service, tasks, collectionChanged, System::nanoTime);
    }

    AutoSync(Supplier<SyncService> service, TaskRunner tasks, Runnable collectionChanged, LongSupplier nanoTime) {
        this.service = service;
        this.tasks = tasks;
        this.collectionChanged = collectionChanged;
        this.nanoTime = nanoTime;
    }

    /** Syncs now (on the worker) when a folder is chosen. */
    public void now() {
        started = true;
        lastStart = nanoTime.getAsLong();
        // The service is made on the worker: making it (Jackson, the sync store) is start-up work the FX thread need not do.
        tasks.run(() -> {
            SyncService s = service.get();
            return s != null && syncIfFolderSet(s);
        }, applied -> {
            if (applied) collectionChanged.run();
        }, e -> LOG.info("Automatic sync did not run: {} ({})", e.getMessage(), e.details()));
    }

    /** The window gained focus: syncs unless the last automatic sync started less than a minute ago. */
    public void onFocus() {
        // Before the first sync (after the deck list is first shown) focus is the window opening: nothing to catch up on.
        if (!started || nanoTime.getAsLong() - lastStart < FOCUS_GAP_NANOS) return;
        now();
    }

    /** Syncs on the calling thread when a folder is chosen; true when other devices' changes were applied. */
    public static boolean syncIfFolderSet(SyncService s) throws DeckhandException {
        if (s.folder().isEmpty()) return false;
        return s.syncNow().applied() > 0;
    }
}
