package io.deckhand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.sync.Compaction;
import io.deckhand.app.sync.CompactionStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync compact}: compacts this device's journal now; and how status shows compaction (docs/sync.md). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Replace the segments of this device's journal that every other device has applied by a snapshot, now.",
                "`sync now` does this by itself once a segment's worth (1 MiB) can go; a device not heard from for "
                        + "30 days is not waited for (it reads the snapshot when it syncs again)."})
final class SyncCompactCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    SyncCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = parent.root.openServices()) {
            Compaction.Run run = services.sync().compactNow();
            if (json) {
                out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(runJson(run)));
            } else {
                out.println("Compaction: " + run.summary() + ".");
                if (run.segmentsDropped() > 0) {
                    out.printf("  %d lines in, %d kept; %d bytes before, %d after; %d ms%n", run.linesIn(), run.linesKept(),
                            run.bytesBefore(), run.bytesAfter(), run.millis());
                }
                printPeers(out, services.sync().compactionStatus());
            }
        }
        out.flush();
        return 0;
    }

    /** The lines {@code sync status} prints about compaction. */
    static void print(PrintWriter out, CompactionStatus c) {
        if (c.snapshotThrough() > 0) {
            out.printf("Compaction: this device's journal is a snapshot up to line %d, then segments%s%n", c.snapshotThrough(),
                    c.lastRun().map(r -> "; last run " + WHEN.format(Instant.ofEpochMilli(r.atMs())) + ": " + r.summary())
                            .orElse(""));
        } else if (c.lastRun().isPresent()) {
            out.println("Compaction: " + c.lastRun().get().summary());
        }
        printPeers(out, c);
        for (CompactionStatus.SnapshotRead r : c.snapshotsRead()) {
            out.printf("Read %s's snapshot (its lines up to %d) at %s: it compacted its journal before this device "
                    + "had applied it (this device joined later or was away)%n", r.name(), r.through(),
                    WHEN.format(Instant.ofEpochMilli(r.atMs())));
        }
    }

    private static void printPeers(PrintWriter out, CompactionStatus c) {
        for (Compaction.Peer p : c.peers()) {
            if (!p.waitedFor()) {
                out.printf("Not waited for by compaction: %s (last synced %s); when it syncs again it reads this "
                        + "device's snapshot%n", p.name(), p.lastSyncMs() > 0 ? WHEN.format(Instant.ofEpochMilli(p.lastSyncMs())) : "never");
            }
        }
    }

    static ObjectNode json(CompactionStatus c) {
        ObjectNode o = CliJson.MAPPER.createObjectNode();
        o.put("snapshotThrough", c.snapshotThrough());
        if (c.lastRun().isPresent()) o.set("lastRun", runJson(c.lastRun().get()));
        else o.putNull("lastRun");
        ArrayNode read = o.putArray("snapshotsRead");
        for (CompactionStatus.SnapshotRead r : c.snapshotsRead()) {
            ObjectNode n = read.addObject();
            n.put("device", r.device());
            n.put("name", r.name());
            n.put("through", r.through());
            n.put("at", Instant.ofEpochMilli(r.atMs()).toString());
        }
        o.set("peers", peersJson(c));
        return o;
    }

    private static ArrayNode peersJson(CompactionStatus c) {
        ArrayNode arr = CliJson.MAPPER.createArrayNode();
        for (Compaction.Peer p : c.peers()) {
            ObjectNode n = arr.addObject();
            n.put("id", p.id());
            n.put("name", p.name());
            n.put("applied", p.applied());
            putTime(n, "lastSync", p.lastSyncMs() > 0 ? Optional.of(Instant.ofEpochMilli(p.lastSyncMs())) : Optional.empty());
            n.put("waitedFor", p.waitedFor());
        }
        return arr;
    }

    private static ObjectNode runJson(Compaction.Run r) {
        ObjectNode n = CliJson.MAPPER.createObjectNode();
        n.put("at", Instant.ofEpochMilli(r.atMs()).toString());
        n.put("summary", r.summary());
        n.put("snapshotThrough", r.snapshotThrough());
        n.put("segmentsDropped", r.segmentsDropped());
        n.put("linesIn", r.linesIn());
        n.put("linesKept", r.linesKept());
        n.put("bytesBefore", r.bytesBefore());
        n.put("bytesAfter", r.bytesAfter());
        n.put("millis", r.millis());
        ArrayNode peers = n.putArray("peers");
        for (Compaction.Peer p : r.peers()) {
            ObjectNode x = peers.addObject();
            x.put("name", p.name());
            x.put("applied", p.applied());
            x.put("waitedFor", p.waitedFor());
        }
        return n;
    }

    private static void putTime(ObjectNode n, String key, Optional<Instant> t) {
        if (t.isPresent()) n.put(key, t.get().toString());
        else n.putNull(key);
    }
}
