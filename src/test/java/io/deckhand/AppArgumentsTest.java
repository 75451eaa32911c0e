package io.deckhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppArgumentsTest {
    @Test
    void opensTheAppWithoutPicocliForItsOwnOptions() {
        assertEquals(Optional.of(new AppArguments(null, false, List.of())), AppArguments.parse(new String[0]));
        assertEquals(Optional.of(new AppArguments(Path.of("/tmp/x"), true, List.of())),
                AppArguments.parse(new String[] {"--data-dir", "/tmp/x", "--exit-after-shown"}));
        assertEquals(Optional.of(new AppArguments(Path.of("d"), false, List.of())),
                AppArguments.parse(new String[] {"--debug", "--data-dir=d"}));
    }

    @Test
    void everythingElseGoesToTheCommandLine() {
        assertTrue(AppArguments.parse(new String[] {"decks"}).isEmpty());
        assertTrue(AppArguments.parse(new String[] {"--help"}).isEmpty());
        assertTrue(AppArguments.parse(new String[] {"--data-dir"}).isEmpty());
        assertTrue(AppArguments.parse(new String[] {"--data-dir", "a", "--data-dir", "b"}).isEmpty());
        assertTrue(AppArguments.parse(new String[] {"--data-dir", "a", "decks", "--json"}).isEmpty());
    }

    @Test
    void aDeckFileGivenByTheFileManagerOpensInTheApp(@TempDir Path dir) throws Exception {
        Path deck = Files.writeString(dir.resolve("k8s.apkg"), "x");
        Path notes = Files.writeString(dir.resolve("Pods.md"), "# Pods");
        assertEquals(Optional.of(new AppArguments(null, false, List.of(deck, notes))),
                AppArguments.parse(new String[] {deck.toString(), notes.toString()}));
        // a file that is not there, or not a kind Deckhand opens, is the command line's to explain
        assertTrue(AppArguments.parse(new String[] {dir.resolve("gone.apkg").toString()}).isEmpty());
        assertTrue(AppArguments.parse(new String[] {Files.writeString(dir.resolve("a.exe"), "").toString()}).isEmpty());
    }

    @Property
    void neverThrows(@ForAll String[] args) {
        AppArguments.parse(args);
    }
}
