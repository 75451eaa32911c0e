package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.vault.VaultGenerator;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void deterministicAndAboutTheAskedSize() {
        List<VaultGenerator.Note> a = new VaultGenerator(7).generate(200_000);
        assertEquals(a, new VaultGenerator(7).generate(200_000));
        long size = a.stream().mapToLong(n -> n.text().length()).sum();
        assertTrue(size >= 200_000 && size < 210_000, "size " + size);
    }

    @Test
    void aWrittenVaultYieldsEveryKindOfCardAndSkipsObsidianSettings() throws Exception {
        List<VaultGenerator.Note> notes = new VaultGenerator(3).generate(150_000);
        VaultGenerator.write(dir, notes);
        NotesReader reader = new NotesReader(new NoteParser());
        List<FileProblem> problems = new java.util.ArrayList<>();
        List<NoteFile> found = NotesReader.find(List.of(dir), problems);
        assertEquals(notes.size(), found.size());
        Set<CardKind> kinds = EnumSet.noneOf(CardKind.class);
        for (NoteFile note : found) {
            ExtractionResult r = reader.read(note);
            assertEquals(1, r.notesRead());
            problems.addAll(r.problems());
            for (CardDraft d : r.drafts()) kinds.add(d.kind());
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(EnumSet.of(CardKind.BASIC, CardKind.CLOZE, CardKind.DEFINITION, CardKind.COMMAND,
                CardKind.TABLE_FACT, CardKind.MANIFEST, CardKind.DIAGRAM), EnumSet.copyOf(
                kinds.stream().filter(k -> k != CardKind.LIST && k != CardKind.REVERSED).toList()));
    }
}
