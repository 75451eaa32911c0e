package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.ExtractionResult;
import io.deckhand.notes.FolderWords;
import io.deckhand.notes.NoteFile;
import io.deckhand.notes.NoteParser;
import io.deckhand.notes.NotesReader;
import io.deckhand.notes.RepeatedHeadings;
import io.deckhand.notes.gate.AcrossNotes;
import io.deckhand.vault.VaultGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesExtractServiceTest {
    @TempDir
    Path dir;

    @Test
    void parallelReadingGivesTheSameCardsInTheSameOrderAsOneNoteAtATime() throws Exception {
        VaultGenerator.write(dir, new VaultGenerator(11).generate(300_000));
        Files.write(dir.resolve("topic-1/binary.md"), new byte[] {1, 2, 0, 3});
        Files.write(dir.resolve("topic-2/latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        List<NoteFile> notes = NotesReader.find(List.of(dir), new ArrayList<>());
        NotesReader reader = new NotesReader(new NoteParser().withRepeatedHeadings(RepeatedHeadings.across(notes))
                .withFolderWords(FolderWords.across(notes)));
        List<CardDraft> drafts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int read = 0;
        for (NoteFile note : notes) {
            ExtractionResult one = reader.read(note);
            drafts.addAll(one.drafts());
            read += one.notesRead();
            one.problems().forEach(p -> skipped.add(p.path()));
        }

        Extraction parallel = new NotesExtractService().extract(List.of(dir));

        assertEquals(AcrossNotes.markDuplicates(drafts), parallel.drafts());
        assertEquals(read, parallel.notesRead());
        assertEquals(skipped, parallel.skipped().stream().map(SkippedNote::path).toList());
    }

    @Test
    void theStreamedExtractionGivesWhatTheWholeOneGives() throws Exception {
        VaultGenerator.write(dir, new VaultGenerator(23).generate(200_000));
        String fact = "## Kettles\n\nA kettle is a vessel that boils water for tea and keeps it hot for an hour.\n";
        Files.writeString(dir.resolve("first.md"), fact);
        Files.writeString(dir.resolve("second.md"), "# Kitchen\n\n" + fact);
        Extraction whole = new NotesExtractService().extract(List.of(dir));

        List<CardDraft> streamed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int read = new NotesExtractService().extractEach(List.of(dir), null, streamed::addAll, s -> skipped.add(s.path()));

        assertEquals(whole.drafts(), streamed);
        assertEquals(whole.notesRead(), read);
        assertEquals(whole.skipped().stream().map(SkippedNote::path).toList(), skipped);
    }

    @Test
    void theFirstPassOverTheNotesStopsBetweenItsBatchesBeforeAnyCardIsHandedOver() throws Exception {
        VaultGenerator.write(dir, new VaultGenerator(5).generate(300_000));
        int notes = NotesReader.find(List.of(dir), new ArrayList<>()).size();
        int batch = 16 * Runtime.getRuntime().availableProcessors();
        AtomicInteger stops = new AtomicInteger();
        AtomicInteger stopsBeforeCards = new AtomicInteger(-1);
        List<CardDraft> streamed = new ArrayList<>();
        new NotesExtractService().extractEach(List.of(dir), null, drafts -> {
            stopsBeforeCards.compareAndSet(-1, stops.get());
            streamed.addAll(drafts);
        }, s -> { }, stops::incrementAndGet);

        assertEquals((notes + batch - 1) / batch, stopsBeforeCards.get(), notes + " notes");
        assertEquals(new NotesExtractService().extract(List.of(dir)).drafts(), streamed);
    }

    @Test
    void aCardThatRepeatsOneOfAnotherNoteIsProposedUnticked() throws Exception {
        String fact = "## Kettles\n\nA kettle is a vessel that boils water for tea and keeps it hot for an hour.\n";
        Files.writeString(dir.resolve("first.md"), fact);
        Files.writeString(dir.resolve("second.md"), "# Kitchen\n\n" + fact);
        List<CardDraft> drafts = new NotesExtractService().extract(List.of(dir)).drafts();
        List<CardDraft> kettles = drafts.stream().filter(c -> c.front().contains("kettle") || c.front().contains("Kettle")).toList();
        assertEquals(2, kettles.size(), drafts.toString());
        assertEquals(true, kettles.get(0).quality().passed(), kettles.get(0).quality().reasonText());
        assertEquals(false, kettles.get(1).quality().passed(), kettles.get(1).quality().reasonText());
        assertEquals(true, kettles.get(1).quality().reasonText().contains("first.md"), kettles.get(1).quality().reasonText());
    }

    @Test
    void cancellingStopsTheExtraction() throws Exception {
        VaultGenerator.write(dir, new VaultGenerator(12).generate(100_000));
        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelAfterThree = new ProgressListener() {
            @Override
            public void report(Progress progress) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 3;
            }
        };
        assertThrows(CancelledException.class,
                () -> new NotesExtractService().extract(List.of(dir), cancelAfterThree));
    }
}
