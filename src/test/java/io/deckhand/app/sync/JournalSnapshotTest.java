package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot files and what a compaction keeps, by example (docs/sync.md, "Compaction"). */
class JournalSnapshotTest {
    @TempDir
    Path dir;

    private static JournalLine line(long seq, long ts, String kind, String action, String id, String... fieldValues) {
        ObjectNode values = JournalCodec.JSON.createObjectNode();
        for (int i = 0; i + 1 < fieldValues.length; i += 2) values.put(fieldValues[i], fieldValues[i + 1]);
        return new JournalLine(JournalCodec.VERSION, seq, ts, kind, action, id, values, JournalCodec.JSON.createObjectNode());
    }

    private static JournalLine front(long seq) {
        return line(seq, 1_000 + seq, "card", "set", "n1/0", "front", "Question " + seq);
    }

    private static List<Long> seqs(List<JournalLine> lines) {
        return lines.stream().map(JournalLine::seq).toList();
    }

    private void segment(long first, JournalLine... lines) throws Exception {
        StringBuilder text = new StringBuilder();
        for (JournalLine l : lines) text.append(JournalCodec.encode(l));
        Files.writeString(dir.resolve(JournalFiles.segmentName(first)), text, StandardCharsets.UTF_8);
    }

    @Test
    void aSnapshotReadsBackTheLinesItWasWrittenWith() throws Exception {
        List<JournalLine> lines = List.of(front(2), front(5), front(9));
        JournalSnapshot.File f = JournalSnapshot.write(dir, "abcd", 9, 42, lines);
        assertEquals(JournalSnapshot.name(9), f.path().getFileName().toString());
        assertEquals(lines, JournalSnapshot.read(f));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(f.path()), s.toList(), "no temporary file is left");
        }
    }

    @Test
    void aReaderTakesTheSnapshotThenTheSegmentsAfterIt() throws Exception {
        JournalSnapshot.write(dir, "abcd", 5, 42, List.of(front(2), front(5)));
        segment(1, front(1), front(2), front(3), front(4), front(5)); // left by a crash before the deletes
        segment(6, front(6), front(7));
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(2L, 5L, 6L, 7L), seqs(r.lines()));
        assertEquals(5, r.snapshotThrough());
        assertTrue(r.stop().isEmpty());

        // from a line past the snapshot, only the segments are read
        r = new JournalFiles(dir).read(6);
        assertEquals(List.of(6L, 7L), seqs(r.lines()));
        assertEquals(0, r.snapshotThrough());
        // from a line inside it, only its lines from there on
        assertEquals(List.of(5L, 6L, 7L), seqs(new JournalFiles(dir).read(3).lines()));
        assertEquals(7, new JournalFiles(dir).lastWritten());
    }

    @Test
    void aSnapshotStillArrivingGivesWayToTheSegmentsOrWaits() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("whole"));
        JournalSnapshot.File whole = JournalSnapshot.write(elsewhere, "abcd", 4, 42, List.of(front(3), front(4)));
        byte[] bytes = Files.readAllBytes(whole.path());
        Path arriving = dir.resolve(JournalSnapshot.name(4));
        Files.write(arriving, Arrays.copyOf(bytes, bytes.length - 5));
        segment(1, front(1), front(2), front(3), front(4));
        segment(5, front(5));

        // the segments it replaces are still here: they are read instead
        JournalFiles.Read r = new JournalFiles(dir).read(1);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs(r.lines()));
        assertEquals(0, r.snapshotThrough());

        // their deletion arrived first: the reader waits for the snapshot, and says so
        Files.delete(dir.resolve(JournalFiles.segmentName(1)));
        r = new JournalFiles(dir).read(1);
        assertEquals(List.of(), r.lines());
        assertEquals(1, r.stop().orElseThrow().seq());
        assertTrue(r.stop().get().reason().contains("snapshot " + JournalSnapshot.name(4) + " is still arriving"),
                r.stop().get().reason());

        Files.write(arriving, bytes);
        r = new JournalFiles(dir).read(1);
        assertEquals(List.of(3L, 4L, 5L), seqs(r.lines()));
        assertTrue(r.stop().isEmpty());
    }

    @Test
    void aDamagedOrNewerSnapshotIsNotRead() throws Exception {
        JournalSnapshot.File f = JournalSnapshot.write(dir, "abcd", 4, 42, List.of(front(3), front(4)));
        byte[] bytes = Files.readAllBytes(f.path());
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(f.path(), bytes);
        assertThrows(JournalSnapshot.Unreadable.class, () -> JournalSnapshot.read(f));

        JournalLine newer = new JournalLine(JournalCodec.VERSION + 1, 4, 5, "card", "set", "n1/0",
                JournalCodec.JSON.createObjectNode(), JournalCodec.JSON.createObjectNode());
        JournalSnapshot.File g = JournalSnapshot.write(dir, "abcd", 4, 42, List.of(front(3), newer));
        var e = assertThrows(JournalSnapshot.Unreadable.class, () -> JournalSnapshot.read(g));
        assertTrue(e.getMessage().contains("update Deckhand"), e.getMessage());
    }

    @Test
    void aCompactionKeepsTheLastWriterOfEachFieldAndDropsWhatALaterLineMakesMoot() {
        List<JournalLine> lines = List.of(
                line(1, 10, "deck", "add", "kube", "name", "Kube"),
                line(2, 11, "card", "add", "n1/0", "front", "A", "deck", "kube"),
                front(3),                                                     // front, stamp 1003
                line(4, 1_004, "card", "set", "n1/0", "back", "B"),           // back: never set again
                line(5, 1_005, "card", "set", "n1/0", "front", "C", "back", "D"),
                line(6, 1_006, "review", "add", "n1/0@1"),
                line(7, 1_007, "review", "add", "n1/0@2"),
                line(8, 1_008, "review", "del", "n1/0@2"),                    // an undone answer
                line(9, 1_009, "card", "add", "n2/0", "front", "E", "deck", "kube"),
                line(10, 1_010, "card", "set", "n2/0", "front", "F"),
                line(11, 1_011, "card", "del", "n2/0"),
                line(12, 5, "card", "set", "n1/0", "tags", "x"),              // an older stamp (a restarted journal)
                line(13, 4, "card", "set", "n1/0", "tags", "y"),
                line(14, 1_014, "card", "set", "n1/0", "front", "G"));        // the last line stays
        assertEquals(List.of(1L, 2L, 5L, 6L, 8L, 9L, 11L, 12L, 13L, 14L), seqs(Compaction.keep(lines)));
    }
}
