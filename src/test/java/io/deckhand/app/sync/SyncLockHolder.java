package io.deckhand.app.sync;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A second process for {@link SyncLockTest}: takes the sync lock of the collection named by its
 * argument as a sync does, says "holding", and lets go when its standard input ends.
 */
public final class SyncLockHolder {
    private SyncLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        SyncLock lock = new SyncLock(SyncLock.beside(Optional.of(Path.of(args[0]))), Duration.ofSeconds(60));
        lock.holding(() -> {
            System.out.println("holding");
            System.out.flush();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
                while (in.readLine() != null) {
                    // until the test closes our input
                }
            } catch (java.io.IOException e) {
                // input gone: let go
            }
            return null;
        });
    }
}
