package io.deckhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {
    @Test
    void opensTheAppWithoutPicocliForItsOwnOptions() {
        assertEquals(Optional.of(new AppArguments(null, false)), AppArguments.parse(new String[0]));
        assertEquals(Optional.of(new AppArguments(Path.of("/tmp/x"), true)),
                AppArguments.parse(new String[] {"--data-dir", "/tmp/x", "--exit-after-shown"}));
        assertEquals(Optional.of(new AppArguments(Path.of("d"), false)),
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

    @Property
    void neverThrows(@ForAll String[] args) {
        AppArguments.parse(args);
    }
}
