package io.deckhand.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {
    private static List<String> listed() throws IOException {
        try (InputStream in = ClassPreload.class.getResourceAsStream(ClassPreload.LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void theRecordedListStillNamesTheFirstFramesClasses() throws IOException {
        List<String> names = listed();
        int found = ClassPreload.loadAll(ClassPreload.class.getClassLoader());
        assertTrue(names.size() > 500, "a list recorded from a real start: " + names.size());
        // Renamed classes only lose their head start; many of them mean the list needs recording again.
        assertTrue(found >= names.size() * 0.95, found + " of " + names.size()
                + " listed classes exist: run packaging/first-frame-classes.sh");
        assertTrue(names.contains("io.deckhand.ui.shell.MainWindow") && names.contains("io.deckhand.ui.deck.DeckTreeView"),
                "the first frame's own classes are listed");
    }
}
