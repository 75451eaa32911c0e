package io.deckhand.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A compacted journal (docs/sync.md, "Compaction"): the lines numbered up to {@code through} that
 * still matter, in order and unchanged, gzip-compressed in {@code snapshot-<through>.jsonl.gz}. The
 * first line is a header with the line count; gzip's own length and CRC tell a file still arriving
 * from a whole one. Written once under a temporary name, then renamed: never changed afterwards.
 */
final class JournalSnapshot {
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{12})\\.jsonl\\.gz");
    /** A temporary snapshot of this device: starts with a dot, so no reader takes it for a snapshot. */
    static final Pattern TEMP = Pattern.compile("\\.snapshot-\\d{12}\\.tmp");

    private JournalSnapshot() {
    }

    static String name(long through) {
        return String.format("snapshot-%012d.jsonl.gz", through);
    }

    static String tempName(long through) {
        return String.format(".snapshot-%012d.tmp", through);
    }

    /** One snapshot file; it stands for the journal's lines 1 to {@code through}. */
    record File(long through, Path path) {
    }

    /** A snapshot that cannot be read (yet): cut short, damaged, or from a newer Deckhand. */
    static final class Unreadable extends IOException {
        Unreadable(String why) {
            super(why);
        }
    }

    /** The snapshots in {@code dir}, newest (largest {@code through}) first. */
    static List<File> list(Path dir) throws IOException {
        List<File> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) out.add(new File(Long.parseLong(m.group(1)), p));
            }
        }
        out.sort((a, b) -> Long.compare(b.through(), a.through()));
        return out;
    }

    /** Every line of the snapshot, in order; {@link Unreadable} when it is not whole and valid. */
    static List<JournalLine> read(File snapshot) throws IOException {
        String file = snapshot.path().getFileName().toString();
        List<JournalLine> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(snapshot.path());
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            String header = in.readLine();
            if (header == null) throw new Unreadable("the snapshot " + file + " is still arriving");
            JsonNode h = header(header, file);
            long count = h.path("lines").asLong(-1);
            long last = 0;
            for (String text; (text = in.readLine()) != null; ) {
                JournalCodec.Decoded d = JournalCodec.decode(text);
                if (d instanceof JournalCodec.Newer newer) {
                    throw new Unreadable("the snapshot " + file + " holds a line from a newer Deckhand (journal version "
                            + newer.version() + "); update Deckhand on this device to apply it");
                }
                if (!(d instanceof JournalCodec.Line line) || line.line().seq() <= last
                        || line.line().seq() > snapshot.through()) {
                    throw new Unreadable("the snapshot " + file + " is damaged");
                }
                last = line.line().seq();
                lines.add(line.line());
            }
            if (lines.size() != count || last != snapshot.through()) {
                throw new Unreadable("the snapshot " + file + " is damaged (it holds " + lines.size() + " of "
                        + count + " lines)");
            }
        } catch (EOFException e) {
            throw new Unreadable("the snapshot " + file + " is still arriving");
        } catch (ZipException e) {
            throw new Unreadable("the snapshot " + file + " is damaged or still arriving (" + e.getMessage() + ")");
        }
        return lines;
    }

    private static JsonNode header(String text, String file) throws Unreadable {
        int space = text.indexOf(' ');
        if (space != 8 || !JournalCodec.checksum(text.substring(9)).equalsIgnoreCase(text.substring(0, 8))) {
            throw new Unreadable("the snapshot " + file + " is damaged (its header does not check)");
        }
        JsonNode h;
        try {
            h = JournalCodec.JSON.readTree(text.substring(9));
        } catch (JsonProcessingException e) {
            throw new Unreadable("the snapshot " + file + " is damaged (its header is not JSON)");
        }
        if (h.path("v").asInt(0) > JournalCodec.VERSION) {
            throw new Unreadable("the snapshot " + file + " was written by a newer Deckhand (version "
                    + h.path("v").asInt() + "); update Deckhand on this device to apply it");
        }
        return h;
    }

    /**
     * Writes the snapshot: to a temporary name, flushed to disk, then renamed, so a reader never sees
     * half of one and a crash leaves at most a temporary file (removed by the next compaction).
     */
    static File write(Path dir, String device, long through, long madeMs, List<JournalLine> lines) throws IOException {
        Path tmp = dir.resolve(tempName(through));
        ObjectNode h = JournalCodec.JSON.createObjectNode();
        h.put("v", JournalCodec.VERSION);
        h.put("device", device);
        h.put("through", through);
        h.put("lines", lines.size());
        h.put("made", madeMs);
        String json = h.toString();
        try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
             GZIPOutputStream gz = new GZIPOutputStream(fos, 1 << 16);
             Writer out = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            out.write(JournalCodec.checksum(json) + " " + json + "\n");
            for (JournalLine line : lines) out.write(JournalCodec.encode(line));
            out.flush();
            gz.finish();
            fos.getFD().sync();
        }
        Path target = dir.resolve(name(through));
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        syncDirectory(dir);
        return new File(through, target);
    }

    /** Makes a rename durable before anything it replaces is deleted (where the system allows it). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder this way; its renames are durable once they return
        }
    }
}
