package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal reader, by example: what is read, and where and why it stops (docs/sync.md). */
class JournalFilesTest {
    @TempDir
    Path dir;

    private static String line(long seq) {
        return line(seq, JournalCodec.VERSION);
    }

    private static String line(long seq, int version) {
        ObjectNode values = JournalCodec.JSON.createObjectNode();
        values.put("front", "Question " + seq);
        return JournalCodec.encode(new JournalLine(version, seq, 1_000 + seq, "card", "set", "n1/0", values,
                JournalCodec.JSON.createObjectNode()));
    }

    private void write(String file, String... lines) throws Exception {
        Files.writeString(dir.resolve(file), String.join("", lines), StandardCharsets.UTF_8);
    }

    private static List<Long> seqs(JournalFiles.Read r) {
        return r.lines().stream().map(JournalLine::seq).toList();
    }

    @Test
    void readsWholeSegmentsInOrderFromTheAskedLine() throws Exception {
        write(JournalFiles.segmentName(1), line(1), line(2), line(3));
        write(JournalFiles.segmentName(4), line(4), line(5));
        JournalFiles.Read r = new JournalFiles(dir).read(2);
        assertEquals(List.of(2L, 3L, 4L, 5L), seqs(r));
        assertTrue(r.stop().isEmpty());
        assertEquals("Question 4", r.lines().get(2).values().get("front").asText());
    }

    @Test
    void aHalfDeliveredLineWaitsAndIsReadWhenTheRestArrives() throws Exception {
        String third = line(3);
        write(JournalFiles.segmentName(1), line(1), line(2), third.substring(0, 20));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L, 2L), seqs(r));
        assertEquals(3, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("still arriving"), r.stop().get().reason());

        Files.writeString(dir.resolve(JournalFiles.segmentName(1)), third.substring(20), StandardOpenOption.APPEND);
        r = new JournalFiles(dir).read(3);
        assertEquals(List.of(3L), seqs(r));
        assertTrue(r.stop().isEmpty());
    }

    @Test
    void aLineWithABadChecksumStopsTheReadWithAReason() throws Exception {
        String bad = line(2).replace("Question 2", "Question 9");
        write(JournalFiles.segmentName(1), line(1), bad, line(3));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L), seqs(r));
        assertEquals(2, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("checksum"), r.stop().get().reason());
    }

    @Test
    void aSyncProgramsConflictCopiesAreNeverReadButNamed() throws Exception {
        write(JournalFiles.segmentName(1), line(1), line(2));
        // an older version of the same segment, kept by Syncthing, and a Dropbox-style copy
        write("000000000001.sync-conflict-20261207-101010-ABCDEFG.jsonl", line(1), line(2), line(3));
        write("000000000001 (Laptop's conflicted copy 2026-12-07).jsonl", line(1));
        JournalFiles files = new JournalFiles(dir);
        JournalFiles.Read r = files.read(1);
        assertEquals(List.of(1L, 2L), seqs(r), "only the segment itself is read");
        assertTrue(r.stop().isEmpty());
        assertEquals(2, files.conflictCopies().size());
    }

    @Test
    void aLineFromANewerVersionWaitsAndSaysToUpdate() throws Exception {
        write(JournalFiles.segmentName(1), line(1), line(2, JournalCodec.VERSION + 1), line(3));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L), seqs(r));
        assertEquals(2, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("newer Deckhand"), r.stop().get().reason());
    }

    @Test
    void aLaterSegmentBeforeAnEarlierOneWaitsForTheGap() throws Exception {
        write(JournalFiles.segmentName(1), line(1), line(2));
        write(JournalFiles.segmentName(5), line(5), line(6));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L, 2L), seqs(r));
        assertEquals(3, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("has not arrived"), r.stop().get().reason());

        write(JournalFiles.segmentName(3), line(3), line(4));
        r = new JournalFiles(dir).read(3);
        assertEquals(List.of(3L, 4L, 5L, 6L), seqs(r));
        assertTrue(r.stop().isEmpty());
    }

    @Test
    void aGapInsideASegmentWaits() throws Exception {
        write(JournalFiles.segmentName(1), line(1), line(3));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L), seqs(r));
        assertEquals(2, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("missing"), r.stop().get().reason());
    }

    @Test
    void aJournalNotThereYetReadsAsNothing() throws Exception {
        JournalFiles.Read r = new JournalFiles(dir.resolve("absent")).read(1);
        assertTrue(r.lines().isEmpty());
        assertTrue(r.stop().isEmpty());
    }

    @Test
    void theWriterCutsOffATailItsCrashLeftAndNumbersOn() throws Exception {
        JournalFiles files = new JournalFiles(dir);
        files.append(List.of(line(1), line(2)), 1);
        Files.writeString(dir.resolve(JournalFiles.segmentName(1)), line(3).substring(0, 15), StandardOpenOption.APPEND);
        assertEquals(2, files.lastWritten());
        files.append(List.of(line(3)), 3);
        assertEquals(List.of(1L, 2L, 3L), seqs(files.read(1)));
        assertTrue(files.read(1).stop().isEmpty());
    }

    @Test
    void conflictCopyNamesOfTheCommonSyncPrograms() {
        assertTrue(ConflictCopies.isConflictCopy("000000000001.sync-conflict-20261207-101010-ABCDEFG.jsonl"));
        assertTrue(ConflictCopies.isConflictCopy("000000000001 (conflicted copy 2026-12-07 101010).jsonl"));
        assertTrue(ConflictCopies.isConflictCopy("000000000001 (Laptop's conflicted copy 2026-12-07).jsonl"));
        assertTrue(ConflictCopies.isConflictCopy("000000000001-conflict-DESKTOP.jsonl"));
        assertFalse(ConflictCopies.isConflictCopy("000000000001.jsonl"));
        assertFalse(ConflictCopies.isConflictCopy("device.json"));
    }
}
