package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportNotesCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.withCollection(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void importsNotesWithReSyncAndListsOrphansWithoutDeletingThem() throws Exception {
        Path data = dir.resolve("data");
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), """
                # Pods
                What is a Pod?::The smallest deployable unit in Kubernetes.

                What restarts failed containers in a Pod?::The kubelet, following the restartPolicy.
                """);
        Files.writeString(vault.resolve("plain.txt"), "What is etcd?::The key-value store of the cluster state.\n");

        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--dry-run"), err.toString());
        assertTrue(out.toString().contains("Dry run: would be 3 added, 0 updated, 0 unchanged, 0 orphaned"), out.toString());

        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--deck", "CKA::Notes"),
                err.toString());
        assertTrue(out.toString().contains("3 added, 0 updated, 0 unchanged, 0 orphaned"), out.toString());

        Files.writeString(vault.resolve("pods.md"), """
                # Pods
                What is a Pod?::The smallest deployable unit in Kubernetes: one or more containers.
                """);
        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString()), err.toString());
        assertTrue(out.toString().contains("0 added, 1 updated, 1 unchanged, 1 orphaned"), out.toString());
        assertTrue(out.toString().contains("What restarts failed containers in a Pod?"), out.toString());

        // Orphans are kept: the next run lists the same one again.
        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--dry-run"), err.toString());
        assertTrue(out.toString().contains("0 added, 0 updated, 2 unchanged, 1 orphaned"), out.toString());
    }

    @Test
    void ankiTextFilesStillImportAsDecks() throws Exception {
        Path data = dir.resolve("data");
        Path txt = Files.writeString(dir.resolve("deck.txt"), "#separator:tab\nfront one\tback one\nfront two\tback two\n");
        assertEquals(0, run("--data-dir", data.toString(), "import", txt.toString()), err.toString());
        assertTrue(out.toString().contains("deck.txt: 2 added"), out.toString());
    }

    @Test
    void missingNotesFolderIsOneLineError() {
        assertEquals(1, run("--data-dir", dir.resolve("data").toString(), "import", dir.resolve("nope").toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
