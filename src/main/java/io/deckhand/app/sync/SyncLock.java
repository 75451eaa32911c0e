package io.deckhand.app.sync;

import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One sync of a collection at a time, across processes: the app's and a {@code sync now} from the
 * command line would otherwise both append the same outbox lines to the one journal. An operating
 * system lock on a file beside the collection ({@code collection.sqlite-sync.lock}), so a process that
 * dies lets go of it. The file itself stays (removing it would let two lockers hold two files).
 * Reentrant for the thread that holds it (a sync writes the journal first). Two services of one
 * process (two windows' worth) first take a lock of this process: on Linux, closing any channel to
 * the file would drop the process's operating system lock on it.
 */
final class SyncLock {
    /** How often a waiting sync tries again. */
    private static final long POLL_MS = 50;
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Optional<Path> file;
    private final Duration wait;
    private FileChannel channel;
    private FileLock lock;
    private int depth;

    /** {@code file} empty: a collection in memory, which no other process can open. */
    SyncLock(Optional<Path> file, Duration wait) {
        this.file = file;
        this.wait = wait;
    }

    static Optional<Path> beside(Optional<Path> collectionFile) {
        return collectionFile.map(f -> f.toAbsolutePath().resolveSibling(f.getFileName() + "-sync.lock"));
    }

    /** Work done while holding the lock. */
    interface Work<T> {
        T run() throws DeckhandException;
    }

    /**
     * Runs {@code work} holding the lock, waiting up to the configured time for another process's
     * sync of this collection to finish; after that it says so and changes nothing. Callers hold the
     * service's monitor, so one thread at a time comes here per service.
     */
    <T> T holding(Work<T> work) throws DeckhandException {
        if (file.isEmpty()) return work.run();
        if (depth == 0) acquire();
        depth++;
        try {
            return work.run();
        } finally {
            depth--;
            if (depth == 0) release();
        }
    }

    private void acquire() throws DeckhandException {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore local = IN_PROCESS.computeIfAbsent(file.get(), f -> new Semaphore(1));
        try {
            if (local.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                try {
                    channel = FileChannel.open(file.get(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    while (true) {
                        lock = channel.tryLock();
                        if (lock != null) return;
                        if (System.nanoTime() >= deadline) break;
                        Thread.sleep(POLL_MS);
                    }
                } catch (IOException | OverlappingFileLockException | InterruptedException e) {
                    closeChannel();
                    local.release();
                    throw e;
                }
                closeChannel();
                local.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            throw new CollectionException("Deckhand cannot take the sync lock " + file.get() + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectionException("The sync was stopped while it waited for another sync of this collection. "
                    + "Nothing was changed.", e);
        }
        throw new CollectionException("Another Deckhand (the app or a \u201csync now\u201d) is syncing this collection "
                + "and has not finished after " + wait.toSeconds() + " s. Nothing was changed here; sync again once it "
                + "has finished.");
    }

    private void release() {
        try {
            if (lock != null) lock.release();
        } catch (IOException e) {
            // closing the channel below lets go of it as well
        }
        lock = null;
        closeChannel();
        IN_PROCESS.get(file.get()).release();
    }

    private void closeChannel() {
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            // nothing held any more either way
        }
        channel = null;
    }
}
