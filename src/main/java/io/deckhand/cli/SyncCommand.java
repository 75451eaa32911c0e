package io.deckhand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.sync.Compaction;
import io.deckhand.app.sync.SyncConflict;
import io.deckhand.app.sync.SyncReport;
import io.deckhand.app.sync.SyncStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Sync through a folder a sync program shares ({@code sync folder|now|status|name}); see docs/sync.md. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Keep this collection in step with other devices through a folder your sync program "
                + "(Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) shares. Deckhand only reads and writes files there."},
        subcommands = {SyncCommand.Folder.class, SyncCommand.Now.class, SyncCommand.Status.class, SyncCommand.Name.class,
                SyncCommand.Conflicts.class, SyncCompactCommand.class})
final class SyncCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    DeckhandCommand root;

    @Command(name = "folder", mixinStandardHelpOptions = true,
            description = "Sync through PATH from now on (print the folder when PATH is left out).")
    static final class Folder implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The shared folder.")
        Path path;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = parent.root.openServices()) {
                if (path == null) {
                    out.println(services.sync().folder().map(Path::toString).orElse("No sync folder is chosen."));
                } else {
                    services.sync().setFolder(path);
                    out.println("Syncing through " + services.sync().folder().orElseThrow() + " as \""
                            + services.sync().deviceName() + "\" (" + services.sync().deviceId() + ").");
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "name", mixinStandardHelpOptions = true, description = "Name this device (print its name when NAME is left out).")
    static final class Name implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Such as Laptop or Desktop.")
        String name;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = parent.root.openServices()) {
                if (name != null) services.sync().setDeviceName(name);
                out.println(services.sync().deviceName());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "now", mixinStandardHelpOptions = true,
            description = "Write this device's changes to its journal and apply the other devices' journals.")
    static final class Now implements Callable<Integer> {
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
                SyncReport r = services.sync().syncNow();
                var compacted = r.compacted();
                if (json) {
                    ObjectNode o = CliJson.MAPPER.createObjectNode();
                    o.put("written", r.written());
                    o.put("applied", r.applied());
                    o.put("reapplied", r.reapplied());
                    o.put("conflicts", r.conflicts());
                    o.set("waiting", waitingJson(r.waiting()));
                    o.set("devices", devicesJson(r.devices()));
                    ArrayNode ign = o.putArray("ignored");
                    r.ignored().forEach(ign::add);
                    o.put("compacted", compacted.map(Compaction.Run::summary).orElse(null));
                    out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                } else {
                    out.printf("Wrote %d change%s, applied %d from other devices.%n", r.written(), r.written() == 1 ? "" : "s",
                            r.applied());
                    if (r.reapplied() > 0) {
                        out.printf("This collection was older than this device's journal (a backup restored?): applied "
                                + "again %d change%s this device had made since, which the other devices have.%n",
                                r.reapplied(), r.reapplied() == 1 ? "" : "s");
                    }
                    compacted.ifPresent(run -> out.println("Compacted this device's journal: " + run.summary() + "."));
                    if (r.conflicts() > 0) {
                        out.printf("%d edit%s lost to a later edit on another device; see: deckhand sync status%n",
                                r.conflicts(), r.conflicts() == 1 ? "" : "s");
                    }
                    printWaiting(out, r.waiting());
                    printIgnored(out, r.ignored());
                    printDevices(out, r.devices());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the sync folder, this device, the other devices and when each last synced, what waits and the conflicts.")
    static final class Status implements Callable<Integer> {
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
                SyncStatus s = services.sync().status();
                if (json) {
                    ObjectNode o = CliJson.MAPPER.createObjectNode();
                    if (s.folder().isPresent()) o.put("folder", s.folder().get().toString());
                    else o.putNull("folder");
                    o.put("deviceId", s.deviceId());
                    o.put("deviceName", s.deviceName());
                    o.put("journalLines", s.journalLines());
                    o.put("pending", s.pending());
                    o.set("devices", devicesJson(s.devices()));
                    o.set("waiting", waitingJson(s.waiting()));
                    ArrayNode cs = o.putArray("conflicts");
                    for (SyncConflict c : s.conflicts()) {
                        ObjectNode n = cs.addObject();
                        n.put("id", c.id());
                        n.put("what", c.what());
                        n.put("field", c.field());
                        n.put("kept", c.kept());
                        n.put("keptDevice", c.keptDevice());
                        n.put("lost", c.lost());
                        n.put("lostDevice", c.lostDevice());
                        n.put("lostAt", c.lostAt().toString());
                    }
                    ArrayNode ign = o.putArray("ignored");
                    s.ignored().forEach(ign::add);
                    o.set("compaction", SyncCompactCommand.json(services.sync().compactionStatus()));
                    out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                } else {
                    out.println("Folder:  " + s.folder().map(Path::toString).orElse("(none; choose one with: deckhand sync folder PATH)"));
                    out.println("Device:  " + s.deviceName() + " (" + s.deviceId() + "), " + s.journalLines()
                            + " journal lines" + (s.pending() > 0 ? ", " + s.pending() + " changes not yet written" : ""));
                    printDevices(out, s.devices());
                    printWaiting(out, s.waiting());
                    if (!s.conflicts().isEmpty()) {
                        out.println("Edits that lost to a later edit (kept here):");
                        for (SyncConflict c : s.conflicts()) {
                            out.printf("  %s %s: kept \"%s\", lost \"%s\" (from %s, %s)%n", c.what(), c.field(),
                                    shorten(c.kept()), shorten(c.lost()), c.lostDevice(), WHEN.format(c.lostAt()));
                        }
                    }
                    printIgnored(out, s.ignored());
                    SyncCompactCommand.print(out, services.sync().compactionStatus());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true,
            description = {"List the open conflicts: edits made on two devices to the same field, where the later one was kept.",
                    "--keep ID closes one (the kept value stays); --use-other ID puts the value that lost back as a new "
                            + "edit, synced like any other, and closes it."})
    static final class Conflicts implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the open conflicts as JSON.")
        boolean json;
        @Option(names = "--keep", paramLabel = "ID", description = "Close conflict ID, keeping the kept value.")
        Long keep;
        @Option(names = "--use-other", paramLabel = "ID", description = "Use the value that lost in conflict ID, and close it.")
        Long useOther;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (keep != null && useOther != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Choose one: --keep ID or --use-other ID.");
            }
            try (AppServices services = parent.root.openServices()) {
                if (keep != null) {
                    services.sync().keepConflict(keep);
                    if (!json) out.println("Conflict " + keep + " closed; the kept value stays.");
                } else if (useOther != null) {
                    services.sync().useOtherValue(useOther);
                    if (!json) out.println("Conflict " + useOther + " closed; the value that lost is back and the next sync "
                            + "takes it to your other devices.");
                }
                List<SyncConflict> open = services.sync().conflicts();
                if (json) {
                    ArrayNode cs = CliJson.MAPPER.createArrayNode();
                    for (SyncConflict c : open) {
                        ObjectNode n = cs.addObject();
                        n.put("id", c.id());
                        n.put("what", c.what());
                        n.put("field", c.field());
                        n.put("kept", c.kept());
                        n.put("keptDevice", c.keptDevice());
                        n.put("lost", c.lost());
                        n.put("lostDevice", c.lostDevice());
                        n.put("lostAt", c.lostAt().toString());
                    }
                    out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(cs));
                } else if (open.isEmpty()) {
                    out.println("No open conflicts.");
                } else {
                    for (SyncConflict c : open) {
                        out.printf("%d  %s %s: kept \"%s\", lost \"%s\" (from %s, %s)%n", c.id(), c.what(), c.field(),
                                shorten(c.kept()), shorten(c.lost()), c.lostDevice(), WHEN.format(c.lostAt()));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }


    private static ArrayNode devicesJson(List<SyncStatus.KnownDevice> devices) {
        ArrayNode arr = CliJson.MAPPER.createArrayNode();
        for (SyncStatus.KnownDevice d : devices) {
            ObjectNode n = arr.addObject();
            n.put("id", d.id());
            n.put("name", d.name());
            putTime(n, "lastSync", d.lastSync());
            n.put("appliedSeq", d.appliedSeq());
            putTime(n, "appliedAt", d.appliedAt());
            n.put("theirLastSeq", d.theirLast());
        }
        return arr;
    }

    private static ArrayNode waitingJson(List<SyncStatus.WaitingItem> waiting) {
        ArrayNode arr = CliJson.MAPPER.createArrayNode();
        for (SyncStatus.WaitingItem w : waiting) {
            ObjectNode n = arr.addObject();
            n.put("device", w.device());
            n.put("deviceName", w.deviceName());
            n.put("seq", w.seq());
            n.put("reason", w.reason());
        }
        return arr;
    }

    private static void putTime(ObjectNode n, String key, Optional<Instant> t) {
        if (t.isPresent()) n.put(key, t.get().toString());
        else n.putNull(key);
    }

    private static void printDevices(PrintWriter out, List<SyncStatus.KnownDevice> devices) {
        if (devices.isEmpty()) {
            out.println("No other device has written to the folder yet.");
            return;
        }
        out.println("Other devices:");
        for (SyncStatus.KnownDevice d : devices) {
            out.printf("  %s (%s): last synced %s; applied %d of %d lines%n", d.name(), d.id(),
                    d.lastSync().map(WHEN::format).orElse("never"), d.appliedSeq(), Math.max(d.theirLast(), d.appliedSeq()));
        }
    }

    private static void printWaiting(PrintWriter out, List<SyncStatus.WaitingItem> waiting) {
        for (SyncStatus.WaitingItem w : waiting) {
            out.printf("Waiting: %s line %d: %s%n", w.deviceName(), w.seq(), w.reason());
        }
    }

    private static void printIgnored(PrintWriter out, List<String> ignored) {
        for (String f : ignored) out.println("Ignored (a sync program's conflict copy; never applied): " + f);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
