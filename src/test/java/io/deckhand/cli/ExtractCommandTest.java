package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.deckhand.support.CliRun;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.withoutCollection(args);
    }

    @Test
    void jsonFromAVaultSkipsHiddenFoldersAndReportsBadFiles() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/workspace.md"), "Hidden::never\n");
        Files.createDirectories(vault.resolve("k8s"));
        Files.writeString(vault.resolve("k8s/pods.md"), "# Pods\n\nThe ==kubelet== runs pods.\n\nDefault Service type::ClusterIP\n");
        Files.write(vault.resolve("k8s/broken.md"), new byte[] {'a', (byte) 0xC3, '(', '\n'});
        Files.writeString(vault.resolve("k8s/image.png"), "not a note");

        CliRun r = run("extract", vault.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode cards = new ObjectMapper().readTree(r.out());
        assertEquals(2, cards.size(), r.out());
        JsonNode cloze = cards.get(0);
        assertEquals("cloze", cloze.get("kind").asText());
        assertEquals("The [...] runs pods.", cloze.get("front").asText());
        assertEquals("The kubelet runs pods.", cloze.get("back").asText());
        assertEquals("k8s/pods.md", cloze.at("/source/path").asText());
        assertEquals(3, cloze.at("/source/line").asInt());
        assertEquals("Pods", cloze.at("/source/heading").asText());
        assertTrue(cloze.get("tags").isArray());
        assertEquals("", cloze.get("deck").asText());
        assertTrue(r.err().contains("skipped k8s/broken.md"), r.err());
        assertFalse(r.out().contains("Hidden"));
    }

    @Test
    void readableListing() throws Exception {
        Path note = Files.writeString(dir.resolve("n.txt"), "Nodes\nkubectl cordon node1\n- marks the node unschedulable\n");
        CliRun r = run("extract", note.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[command] n.txt:2  Nodes"), r.out());
        assertTrue(r.out().contains("Q: *Nodes*"), r.out());
        assertTrue(r.out().contains("Nothing was saved."), r.out());
    }

    @Test
    void missingPathIsOneClearLineAndNonZeroExit() {
        CliRun r = run("extract", dir.resolve("nope.md").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("deckhand: skipped"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
