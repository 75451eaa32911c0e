package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --json} carries the gate's score and reasons; {@code --explain} says what gave no card and why. */
class ExtractExplainCommandTest {
    private static final String NOTE = """
            # Soil

            What does compost add to soil?::Organic matter that holds water and feeds soil life.

            Do worms like compost?::Yes

            Lorem ipsum dolor sit amet
            """;

    @TempDir
    Path dir;

    @Test
    void jsonGivesEachCardItsScoreAndReasons() throws Exception {
        Files.writeString(dir.resolve("soil.md"), NOTE);
        CliRun r = CliRun.withoutCollection("extract", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode cards = new ObjectMapper().readTree(r.out());
        assertEquals(2, cards.size(), r.out());
        assertEquals(1.0, cards.get(0).get("score").asDouble());
        assertTrue(cards.get(0).get("passed").asBoolean());
        assertEquals(0, cards.get(0).get("reasons").size());
        assertTrue(cards.get(1).get("score").asDouble() < 0.5, r.out());
        assertFalse(cards.get(1).get("passed").asBoolean());
        assertTrue(cards.get(1).get("reasons").get(0).asText().contains("yes/no"), r.out());
    }

    @Test
    void explainListsThePartsWithoutACardAndTheCardsTheGateLeftOut() throws Exception {
        Files.writeString(dir.resolve("soil.md"), NOTE);
        CliRun r = CliRun.withoutCollection("extract", dir.toString(), "--explain");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("soil.md\n"), out);
        assertTrue(out.contains("2 cards, 1 below the quality gate, 1 part with no card"), out);
        assertTrue(out.contains("no card from the paragraph at line 7: "), out);
        assertTrue(out.contains("Lorem ipsum dolor sit amet"), out);
        assertTrue(out.contains("below the gate (score 0.40) at line 5: "), out);
        assertTrue(out.contains("Do worms like compost?"), out);
        assertTrue(out.contains("- A yes/no or one-symbol answer"), out);
        assertFalse(out.contains("Organic matter"), "cards that passed are not listed: " + out);
    }

    @Test
    void explainSaysWhyANoteWasSkipped() throws Exception {
        Files.write(dir.resolve("broken.md"), new byte[] {'a', (byte) 0xC3, '(', '\n'});
        CliRun r = CliRun.withoutCollection("extract", dir.toString(), "--explain");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("broken.md\n  skipped: "), r.out());
        assertTrue(r.out().contains("UTF-8"), r.out());
    }
}
