package io.deckhand.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unasked syncs: nothing without a folder, other devices' changes applied on start, focus at most once a minute. */
class AutoSyncTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFolderNothingHappens() throws Exception {
        try (TestCollection laptop = new TestCollection()) {
            AtomicInteger changed = new AtomicInteger();
            new AutoSync(laptop.services::sync, new SameThreadTaskRunner(), changed::incrementAndGet).now();
            assertFalse(AutoSync.syncIfFolderSet(laptop.services.sync()));
            assertEquals(0, changed.get());
            assertTrue(laptop.services.sync().status().devices().isEmpty());
        }
    }

    @Test
    void startAppliesTheOtherDevicesChangesAndFocusWaitsAMinute() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("Sync"));
        try (TestCollection desktop = new TestCollection(); TestCollection laptop = new TestCollection()) {
            desktop.services.sync().setFolder(shared);
            laptop.services.sync().setFolder(shared);
            desktop.services.library().addCard(new DeckName("Ports"), "Which port does etcd serve clients on?", "2379", List.of());
            desktop.services.sync().syncNow();

            AtomicInteger changed = new AtomicInteger();
            AtomicLong nanos = new AtomicLong(1_000);
            AutoSync auto = new AutoSync(laptop.services::sync, new SameThreadTaskRunner(), changed::incrementAndGet, nanos::get);
            auto.onFocus();
            assertEquals(0, laptop.services.library().cardCount(), "focus as the window opens waits for the first sync");
            auto.now();
            assertEquals(1, laptop.services.library().cardCount(), "the desktop's card arrived on start");
            assertEquals(1, changed.get(), "the window reads the collection again");

            desktop.services.library().addCard(new DeckName("Ports"), "Which port does the kubelet API use?", "10250", List.of());
            desktop.services.sync().syncNow();
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
            auto.onFocus();
            assertEquals(1, laptop.services.library().cardCount(), "focus within a minute of the last sync does nothing");
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
            auto.onFocus();
            assertEquals(2, laptop.services.library().cardCount(), "focus a minute later syncs");
            assertEquals(2, changed.get());

            // Nothing new: a sync that applies nothing does not make the window read again.
            assertFalse(AutoSync.syncIfFolderSet(laptop.services.sync()));
            assertTrue(laptop.services.sync().folder().isPresent());
        }
    }
}
