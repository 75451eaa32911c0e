package io.deckhand.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces the segments of this device's journal that every device it waits for has applied by one
 * snapshot: the same lines minus those a later line of the journal makes moot (docs/sync.md,
 * "Compaction"). A device that joins later, or comes back after it stopped being waited for, reads
 * the snapshot and then the segments after it, and ends where reading every line would have.
 */
public final class Compaction {
    /** A device whose status file is older than this is not waited for; it reads snapshots when it is back. */
    public static final Duration NOT_WAITED_AFTER = Duration.ofDays(30);
    /** At most this much of the journal is compacted by one run (the rest by the next): a sync stays short. */
    static final long MAX_BYTES_PER_RUN = 32L << 20;

    /**
     * Another device in the folder, as compaction sees it.
     *
     * @param applied    how far it applied this device's journal, by its status file
     * @param lastSyncMs when it last synced, by its status file (0: unknown)
     * @param waitedFor  whether segments it has not applied are kept for it
     */
    public record Peer(String id, String name, long applied, long lastSyncMs, boolean waitedFor) {
    }

    /**
     * What one compaction did.
     *
     * @param snapshotThrough the last line the snapshot stands for (0: there is none)
     * @param segmentsDropped segments the snapshot replaced in this run
     * @param linesIn         lines that went in (the old snapshot's and the segments')
     * @param linesKept       lines the new snapshot holds
     * @param bytesBefore     the old snapshot and the dropped segments, in bytes
     * @param bytesAfter      the new snapshot, in bytes
     * @param summary         one line for people
     */
    public record Run(long atMs, long snapshotThrough, int segmentsDropped, long linesIn, long linesKept,
                      long bytesBefore, long bytesAfter, long millis, List<Peer> peers, String summary) {
        public Run {
            peers = List.copyOf(peers);
            Objects.requireNonNull(summary);
        }
    }

    private final Clock clock;

    public Compaction(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Compacts {@code me}'s journal under {@code root} as far as the devices waited for have applied
     * it, when at least {@code minBytes} of segments can go (0: whatever can go). Leftovers of a run
     * that crashed (a temporary snapshot, an older snapshot, covered segments) are removed first.
     */
    public Run compact(Path root, String me, long minBytes) throws IOException {
        long started = System.nanoTime();
        long now = clock.millis();
        Path dir = root.resolve(me);
        JournalFiles files = new JournalFiles(dir);
        removeTemporaries(dir);
        // this device's own snapshots are whole once named (renamed after fsync): the newest stands
        List<JournalSnapshot.File> snapshots = JournalSnapshot.list(dir);
        JournalSnapshot.File current = snapshots.isEmpty() ? null : snapshots.get(0);
        long covered = current == null ? 0 : current.through();
        long last = files.lastWritten();
        removeCovered(files, current, covered, last);

        List<Peer> peers = peers(root, me, now);
        long horizon = peers.stream().filter(Peer::waitedFor).mapToLong(Peer::applied).min().orElse(last);
        List<JournalFiles.Segment> segments = files.segments();
        List<JournalFiles.Segment> drop = new ArrayList<>();
        long through = covered;
        long bytes = 0;
        for (int i = 0; i < segments.size(); i++) {
            long end = i + 1 < segments.size() ? segments.get(i + 1).first() - 1 : last;
            if (end <= covered) continue;
            if (end > horizon || bytes >= MAX_BYTES_PER_RUN) break;
            drop.add(segments.get(i));
            bytes += Files.size(segments.get(i).file());
            through = end;
        }
        long snapshotBytes = current == null ? 0 : Files.size(current.path());
        if (drop.isEmpty() || bytes < minBytes) {
            String why = drop.isEmpty()
                    ? (last <= covered ? "nothing new to compact" : "nothing to compact: " + behind(peers, firstEnd(segments, covered, last)))
                    : "nothing compacted yet: " + bytes + " bytes could go; a sync compacts from " + minBytes;
            return new Run(now, covered, 0, 0, 0, snapshotBytes, snapshotBytes, elapsed(started), peers, why);
        }

        List<JournalLine> base = List.of();
        if (current != null) {
            try {
                base = JournalSnapshot.read(current);
            } catch (JournalSnapshot.Unreadable e) {
                throw new IOException(e.getMessage() + " (this device's own snapshot: was it changed by hand or by "
                        + "the sync program?); nothing was compacted", e);
            }
        }
        JournalFiles.Read read = files.read(covered + 1);
        int count = (int) (through - covered);
        if (read.lines().size() < count || read.lines().get(count - 1).seq() != through) {
            throw new IOException("this device's journal in " + dir + " is not whole up to line " + through
                    + "; nothing was compacted");
        }
        List<JournalLine> all = new ArrayList<>(base.size() + count);
        all.addAll(base);
        all.addAll(read.lines().subList(0, count));
        List<JournalLine> kept = keep(all);
        JournalSnapshot.File made = JournalSnapshot.write(dir, me, through, now, kept);
        // only now that the snapshot is on disk under its name may what it replaces go
        if (current != null) Files.deleteIfExists(current.path());
        for (JournalFiles.Segment s : drop) Files.deleteIfExists(s.file());
        long after = Files.size(made.path());
        return new Run(now, through, drop.size(), all.size(), kept.size(), snapshotBytes + bytes, after,
                elapsed(started), peers, "compacted lines " + (covered + 1) + "-" + through + " (" + drop.size()
                + " segment" + (drop.size() == 1 ? "" : "s") + ", " + (snapshotBytes + bytes) + " bytes with the old "
                + "snapshot) into a snapshot of " + kept.size() + " lines, " + after + " bytes");
    }

    /** The devices that have not applied the oldest segment yet. */
    private static String behind(List<Peer> peers, long segmentEnd) {
        List<String> names = new ArrayList<>();
        for (Peer p : peers) {
            if (p.waitedFor() && p.applied() < segmentEnd) names.add(p.name() + " (applied to line " + p.applied() + ")");
        }
        return "waiting for " + String.join(", ", names) + " to apply this device's journal to line " + segmentEnd;
    }

    private static long firstEnd(List<JournalFiles.Segment> segments, long covered, long last) {
        for (int i = 0; i < segments.size(); i++) {
            long end = i + 1 < segments.size() ? segments.get(i + 1).first() - 1 : last;
            if (end > covered) return end;
        }
        return last;
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * The lines a snapshot keeps, in order: all but a {@code set} every field of which a later line
     * sets again with a later stamp, and all but the {@code set}s before a later deletion of the same
     * thing and the answers undone later. Adds are kept (a later line may need the thing to exist
     * before its deletion), and so is the last line (its number says how far the snapshot reaches).
     * Applying the kept lines ends where applying all of them does: the last writer of each field
     * and each deletion are among them, and answers are a set.
     */
    static List<JournalLine> keep(List<JournalLine> lines) {
        boolean[] keep = new boolean[lines.size()];
        Set<String> deletedLater = new HashSet<>();
        Map<String, Map<String, Long>> setLater = new HashMap<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            JournalLine l = lines.get(i);
            String entity = l.kind() + ":" + l.id();
            boolean k;
            if (i == lines.size() - 1 || l.action().equals("del")) {
                k = true;
            } else if (l.kind().equals("review")) {
                k = !deletedLater.contains(entity);
            } else if (l.action().equals("set")) {
                k = !deletedLater.contains(entity) && !supersededField(l, setLater.get(entity));
            } else {
                k = true;
            }
            keep[i] = k;
            if (!k) continue;
            if (l.action().equals("del")) deletedLater.add(entity);
            for (Iterator<String> f = l.values().fieldNames(); f.hasNext(); ) {
                setLater.computeIfAbsent(entity, e -> new HashMap<>()).merge(f.next(), l.ts(), Math::max);
            }
        }
        List<JournalLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (keep[i]) out.add(lines.get(i));
        return out;
    }

    /** True when every field the line sets is set later with a later stamp (so no field keeps its value). */
    private static boolean supersededField(JournalLine line, Map<String, Long> later) {
        if (later == null) return line.values().isEmpty();
        for (Iterator<String> f = line.values().fieldNames(); f.hasNext(); ) {
            Long t = later.get(f.next());
            if (t == null || t <= line.ts()) return false;
        }
        return true;
    }

    /** Every other device with a folder here; one not heard from for {@link #NOT_WAITED_AFTER} is not waited for. */
    static List<Peer> peers(Path root, String me, long now) throws IOException {
        List<Peer> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("[0-9a-f]{4,64}"))
                    .sorted().toList();
        }
        for (Path d : dirs) {
            String id = d.getFileName().toString();
            if (id.equals(me)) continue;
            JsonNode status = status(d);
            if (status == null) {
                // a status file still arriving; a folder nobody has touched for long is not waited for
                long touched = Files.getLastModifiedTime(d).toMillis();
                out.add(new Peer(id, id, 0, 0, now - touched < NOT_WAITED_AFTER.toMillis()));
                continue;
            }
            String name = status.path("name").isTextual() ? status.get("name").asText() : id;
            long updated = status.path("updated").asLong(0);
            long applied = status.path("applied").path(me).asLong(0);
            out.add(new Peer(id, name, applied, updated, now - updated < NOT_WAITED_AFTER.toMillis()));
        }
        return out;
    }

    private static JsonNode status(Path deviceDir) {
        Path f = deviceDir.resolve(SyncService.STATUS_FILE);
        if (!Files.isRegularFile(f)) return null;
        try {
            JsonNode n = JournalCodec.JSON.readTree(Files.readString(f));
            return n != null && n.isObject() ? n : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> JournalSnapshot.TEMP.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What a run that stopped half-way left: older snapshots and segments the newest snapshot stands for. */
    private static void removeCovered(JournalFiles files, JournalSnapshot.File current, long covered, long last)
            throws IOException {
        if (current == null) return;
        for (JournalSnapshot.File s : JournalSnapshot.list(files.dir())) {
            if (s.through() < current.through()) Files.deleteIfExists(s.path());
        }
        List<JournalFiles.Segment> segments = files.segments();
        for (int i = 0; i < segments.size(); i++) {
            long end = i + 1 < segments.size() ? segments.get(i + 1).first() - 1 : last;
            if (end <= covered) Files.deleteIfExists(segments.get(i).file());
        }
    }
}
