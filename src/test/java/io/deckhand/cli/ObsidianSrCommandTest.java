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

/** {@code extract} and {@code import} with the Obsidian SR plugin's settings. */
class ObsidianSrCommandTest {
    private static final String NOTE = """
            #cards/k8s
            What restarts failed containers?;;The kubelet
            <!--SR:!2026-03-05,3,250-->

            What are the phases of a Pod?
            ?
            Pending, Running

            Succeeded, Failed
            +++
            """;

    @TempDir
    Path dir;

    @Test
    void extractReadsWithSettingsGivenOnTheCommandLine() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        CliRun r = CliRun.withoutCollection("extract", "--json", "--sr-separator", ";;", "--sr-end-marker", "+++",
                "--sr-tag", "#cards", vault.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode cards = new ObjectMapper().readTree(r.out());
        assertEquals(2, cards.size(), r.out());
        JsonNode kubelet = cards.get(0);
        assertEquals("What restarts failed containers?", kubelet.get("front").asText());
        assertEquals("The kubelet", kubelet.get("back").asText());
        assertEquals("k8s", kubelet.get("deck").asText());
        assertEquals("2026-03-05", kubelet.get("schedule").get("due").asText());
        assertEquals(3, kubelet.get("schedule").get("interval").asInt());
        assertEquals(250, kubelet.get("schedule").get("ease").asInt());
        assertEquals("What are the phases of a Pod?", cards.get(1).get("front").asText());
        assertFalse(cards.get(1).has("schedule"), r.out());
        // The end marker closes the card; it is not part of it.
        assertFalse(cards.findValuesAsText("back").stream().anyMatch(back -> back.contains("+++")), r.out());
    }

    @Test
    void explainReadsWithTheSettingsGivenOnTheCommandLine() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        CliRun plain = CliRun.withoutCollection("extract", "--explain", vault.toString());
        CliRun sr = CliRun.withoutCollection("extract", "--explain", "--sr-separator", ";;", "--sr-end-marker", "+++",
                "--sr-tag", "#cards", vault.toString());
        assertEquals(0, sr.code(), sr.err());
        assertTrue(sr.out().contains("2 cards, 0 below the quality gate"), sr.out());
        assertFalse(plain.out().contains("2 cards, 0 below the quality gate"), "without the options: " + plain.out());
    }

    @Test
    void extractUsesTheVaultsSettingsFile() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        Path settings = vault.resolve(".obsidian/plugins/obsidian-spaced-repetition/data.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, """
                {"settings": {"singleLineCardSeparator": ";;", "singleLineReversedCardSeparator": ";;;",
                 "multilineCardEndMarker": "+++", "flashcardTags": ["#cards"]}}
                """);
        CliRun r = CliRun.withoutCollection("extract", vault.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Q: What restarts failed containers?"), r.out());
        assertTrue(r.out().contains("2 cards from 1 notes"), r.out());
    }

    @Test
    void importRemembersTheSettingsForTheResync() throws Exception {
        Path data = dir.resolve("data");
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        Path profile = dir.resolve("sr.json");
        Files.writeString(profile, "{\"singleLineCardSeparator\": \";;\", \"multilineCardEndMarker\": \"+++\","
                + " \"flashcardTags\": [\"#cards\"]}");
        CliRun first = CliRun.withCollection("--data-dir", data.toString(), "import", vault.toString(),
                "--sr-settings", profile.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("2 added, 0 updated, 0 unchanged, 0 orphaned"), first.out());
        CliRun again = CliRun.withCollection("--data-dir", data.toString(), "import", vault.toString(), "--dry-run");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 added, 0 updated, 2 unchanged, 0 orphaned"), again.out());
    }

    @Test
    void badSettingsAreRefusedInTheUsersWords() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        CliRun r = CliRun.withoutCollection("extract", "--sr-separator", ":::", vault.toString());
        assertEquals(true, r.code() != 0);
        assertTrue(r.err().contains("The single-line separator and its reversed form must differ"), r.err());
        CliRun both = CliRun.withoutCollection("extract", "--deckhand-syntax", "--obsidian-sr", vault.toString());
        assertTrue(both.code() != 0);
        assertTrue(both.err().contains("--deckhand-syntax cannot be used with Obsidian SR options"), both.err());
    }
}
