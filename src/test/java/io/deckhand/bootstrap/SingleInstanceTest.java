package io.deckhand.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @Test
    void aSecondLaunchHandsItsFilesToTheRunningApp(@TempDir Path dataDir) throws Exception {
        var received = new LinkedBlockingQueue<List<Path>>();
        try (SingleInstance running = SingleInstance.listen(dataDir, received::add).orElseThrow()) {
            Path deck = dataDir.resolve("deck one.apkg");
            assertTrue(SingleInstance.handOff(dataDir, List.of(deck)));
            assertEquals(List.of(deck.toAbsolutePath()), received.poll(5, TimeUnit.SECONDS));
            // no files: the running window is only brought forward
            assertTrue(SingleInstance.handOff(dataDir, List.of()));
            assertEquals(List.of(), received.poll(5, TimeUnit.SECONDS));
            // while one listens, a second app does not take the socket over
            assertTrue(SingleInstance.listen(dataDir, received::add).isEmpty());
        }
        assertFalse(Files.exists(dataDir.resolve(SingleInstance.SOCKET_FILE)), "closing removes the socket file");
    }

    @Test
    void withNobodyListeningTheLaunchOpensItsOwnWindow(@TempDir Path dataDir) throws Exception {
        assertFalse(SingleInstance.handOff(dataDir, List.of(dataDir.resolve("a.apkg"))));
        // a socket file left by an app that was killed is neither listened on nor in the way
        Files.writeString(dataDir.resolve(SingleInstance.SOCKET_FILE), "");
        assertFalse(SingleInstance.handOff(dataDir, List.of()));
        try (SingleInstance running = SingleInstance.listen(dataDir, files -> { }).orElseThrow()) {
            assertTrue(SingleInstance.handOff(dataDir, List.of()));
        }
    }

    @Test
    void onlyAHandOffMessageIsTaken() {
        assertEquals(Optional.empty(), SingleInstance.parse("GET / HTTP/1.1\n"));
        assertEquals(Optional.of(List.of(Path.of("/a b/c.apkg"))), SingleInstance.parse("deckhand-open\n/a b/c.apkg\n\n"));
    }

    @Property
    void anyMessageIsReadWithoutFailing(@ForAll String message) {
        SingleInstance.parse(message);
    }
}
