package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesReaderFoldersTest {
    @Test
    void aLinkToAVaultIsReadLikeTheVault(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault/sub"));
        Files.writeString(vault.resolve("pods.md"), "# Pods\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("vault"));
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> found = NotesReader.find(List.of(link), problems);
        assertEquals(List.of("sub/pods.md"), found.stream().map(NoteFile::relativePath).toList());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aFolderWithoutNotesSaysSoInsteadOfGivingNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("picture.png"), "not a note");
        List<FileProblem> problems = new ArrayList<>();
        assertTrue(NotesReader.find(List.of(dir), problems).isEmpty());
        assertEquals(1, problems.size());
        assertEquals(FileProblem.Reason.NO_NOTES, problems.get(0).reason());
        assertTrue(problems.get(0).message().contains(".md"), problems.get(0).message());
    }
}
