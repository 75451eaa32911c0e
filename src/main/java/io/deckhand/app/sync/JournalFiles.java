package io.deckhand.app.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One device's journal folder: segments named by their first line's number ({@code 000000000001.jsonl}),
 * each closed once it passes {@link #SEGMENT_BYTES}. Only its own device writes it; others read it.
 */
public final class JournalFiles {
    /** A segment is closed past this size, so a device that syncs rarely fetches whole small files. */
    public static final long SEGMENT_BYTES = 1 << 20;
    private static final Pattern SEGMENT = Pattern.compile("(\\d{12})\\.jsonl");

    private final Path dir;

    public JournalFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public static String segmentName(long firstSeq) {
        return String.format("%012d.jsonl", firstSeq);
    }

    /** The segments, by first line number. */
    List<Segment> segments() throws IOException {
        List<Segment> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                var m = SEGMENT.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) out.add(new Segment(Long.parseLong(m.group(1)), p));
            }
        }
        out.sort((a, b) -> Long.compare(a.first(), b.first()));
        return out;
    }

    /** The engine's conflict copies in the folder: never read, named in status. */
    public List<String> conflictCopies() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (ConflictCopies.isConflictCopy(name)) out.add(name);
            }
        }
        out.sort(null);
        return out;
    }

    record Segment(long first, Path file) {
    }

    /**
     * What could be read from {@code from} on: the lines in order, and why reading stopped early (if it
     * did); {@code snapshotThrough}: the device's snapshot was read, standing for its lines up to this
     * one (0: only segments were read).
     */
    public record Read(List<JournalLine> lines, Optional<Stop> stop, long snapshotThrough) {
        public Read(List<JournalLine> lines, Optional<Stop> stop) {
            this(lines, stop, 0);
        }
    }

    /** Line {@code seq} cannot be applied yet, for {@code reason}. */
    public record Stop(long seq, String reason) {
    }

    /**
     * The lines numbered {@code from} and after, in order, up to the first that is missing (a gap: a
     * segment not delivered yet), cut short (a half-delivered tail), damaged or from a newer version.
     */
    public Read read(long from) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(from);
            } catch (NoSuchFileException e) {
                // a segment listed a moment ago was replaced by a snapshot (compaction): list again
                if (attempt == 3) throw e;
            }
        }
    }

    /**
     * Lines up to this device's newest readable snapshot come from it (when {@code from} is not past
     * it), the rest from the segments after it; segments the snapshot stands for are not read.
     */
    private Read readOnce(long from) throws IOException {
        List<JournalLine> lines = new ArrayList<>();
        long expected = from;
        long snapshotThrough = 0;
        String snapshotTrouble = null;
        for (JournalSnapshot.File snap : JournalSnapshot.list(dir)) {
            if (snap.through() < from) break;
            try {
                for (JournalLine line : JournalSnapshot.read(snap)) if (line.seq() >= from) lines.add(line);
                expected = snap.through() + 1;
                snapshotThrough = snap.through();
                snapshotTrouble = null;
                break;
            } catch (JournalSnapshot.Unreadable e) {
                // an older snapshot, or the segments if still here, may serve meanwhile
                lines.clear();
                if (snapshotTrouble == null) snapshotTrouble = e.getMessage();
            }
        }
        Read r = readSegments(lines, expected);
        Optional<Stop> stop = r.stop();
        if (stop.isPresent() && snapshotTrouble != null && stop.get().seq() == expected && lines.isEmpty()) {
            stop = Optional.of(new Stop(expected, snapshotTrouble));
        }
        return new Read(r.lines(), stop, snapshotThrough);
    }

    private Read readSegments(List<JournalLine> lines, long expected) throws IOException {
        List<Segment> segments = segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i + 1 < segments.size() && segments.get(i + 1).first() <= expected) continue; // wholly before
            if (s.first() > expected) {
                return new Read(lines, Optional.of(new Stop(expected, "line " + expected
                        + " has not arrived yet (the segment holding it is missing; " + s.file().getFileName()
                        + " is here)")));
            }
            byte[] bytes = Files.readAllBytes(s.file());
            int start = 0;
            while (start < bytes.length) {
                int nl = indexOf(bytes, (byte) '\n', start);
                if (nl < 0) {
                    return new Read(lines, Optional.of(new Stop(expected, "the rest of " + s.file().getFileName()
                            + " is still arriving")));
                }
                String text = new String(bytes, start, nl - start, StandardCharsets.UTF_8);
                start = nl + 1;
                JournalCodec.Decoded d = JournalCodec.decode(text);
                if (d instanceof JournalCodec.Damaged damaged) {
                    return new Read(lines, Optional.of(new Stop(expected, "a line of " + s.file().getFileName()
                            + " after line " + (expected - 1) + " is damaged (" + damaged.why()
                            + "); waiting for the sync program to deliver it whole")));
                }
                if (d instanceof JournalCodec.Newer newer) {
                    if (newer.seq() != 0 && newer.seq() < expected) continue;
                    return new Read(lines, Optional.of(new Stop(expected, "line " + expected
                            + " was written by a newer Deckhand (journal version " + newer.version()
                            + "); update Deckhand on this device to apply it")));
                }
                JournalLine line = ((JournalCodec.Line) d).line();
                if (line.seq() < expected) continue;
                if (line.seq() > expected) {
                    return new Read(lines, Optional.of(new Stop(expected, "line " + expected + " is missing from "
                            + s.file().getFileName() + " (it goes on at line " + line.seq() + ")")));
                }
                lines.add(line);
                expected++;
            }
        }
        return new Read(lines, Optional.empty());
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    /**
     * The number of the last whole line this device wrote (0: none). A tail cut short by a crash while
     * writing is cut off here: only this device writes this folder.
     */
    long lastWritten() throws IOException {
        List<Segment> segments = segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            byte[] bytes = Files.readAllBytes(s.file());
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            if (end < bytes.length) {
                try (FileChannel ch = FileChannel.open(s.file(), StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                    ch.force(true);
                }
            }
            if (end == 0) continue;
            int lineStart = end - 1;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') lineStart--;
            JournalCodec.Decoded d = JournalCodec.decode(new String(bytes, lineStart, end - 1 - lineStart,
                    StandardCharsets.UTF_8));
            if (d instanceof JournalCodec.Line line) return Math.max(line.line().seq(), snapshotThrough());
            throw new IOException("the last line of " + s.file() + " is damaged");
        }
        // every segment may have been compacted away: the snapshot's last line is the journal's
        return snapshotThrough();
    }

    /** The last line this device's newest snapshot stands for (0: none). */
    long snapshotThrough() throws IOException {
        List<JournalSnapshot.File> snapshots = JournalSnapshot.list(dir);
        return snapshots.isEmpty() ? 0 : snapshots.get(0).through();
    }

    /** Appends whole lines (numbered on from the last), closing the segment past its size; on disk when this returns. */
    void append(List<String> encodedLines, long firstSeq) throws IOException {
        if (encodedLines.isEmpty()) return;
        Files.createDirectories(dir);
        List<Segment> segments = segments();
        Path file;
        if (segments.isEmpty() || Files.size(segments.get(segments.size() - 1).file()) >= SEGMENT_BYTES) {
            file = dir.resolve(segmentName(firstSeq));
        } else {
            file = segments.get(segments.size() - 1).file();
        }
        long seq = firstSeq;
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        try {
            for (String line : encodedLines) {
                if (ch.size() >= SEGMENT_BYTES) {
                    ch.force(true);
                    ch.close();
                    file = dir.resolve(segmentName(seq));
                    ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                }
                ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                seq++;
            }
            ch.force(true);
        } finally {
            ch.close();
        }
    }
}
