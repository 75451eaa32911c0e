package io.deckhand.storage;

import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CollectionBackups;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Backups, restore and checks with SQLite's own tools. A snapshot is {@code VACUUM INTO} on a
 * second, read-only connection (a consistent read in WAL mode that never holds up the writer),
 * written to a temporary name, switched to a self-contained rollback journal, fsynced and renamed.
 * A restore goes through the online backup API into the live connection: SQLite replaces every page
 * inside one write transaction, so a crash leaves either the old collection or the restored one.
 */
public final class SqliteBackups implements CollectionBackups {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> TABLES = List.of("presets", "decks", "notes", "cards", "review_log", "media", "settings");
    private static final String RECOVERED_DECK = "Recovered";
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_DONE = 101;

    private final Database db;
    private final Clock clock;

    public SqliteBackups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean isFile() {
        return db.collectionFile().isPresent();
    }

    @Override
    public long changeCount() throws DeckhandException {
        // total_changes counts this connection's writes, data_version other connections' commits.
        return db.read(() -> {
            try {
                return number("SELECT total_changes()") + number("PRAGMA data_version");
            } catch (SQLException e) {
                throw SqlErrors.wrap(e, "read whether the collection changed");
            }
        });
    }

    private long number(String sql) throws SQLException {
        PreparedStatement ps = db.prepare(sql);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void snapshotTo(Path target) throws DeckhandException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            if (Files.exists(target)) throw new IOException(target + " already exists");
            Files.deleteIfExists(temp);
            if (db.collectionFile().isPresent()) {
                try (Connection c = readOnly(db.collectionFile().get())) {
                    vacuumInto(c, temp);
                }
            } else {
                db.exclusive(c -> {
                    vacuumInto(c, temp);
                    return null;
                });
            }
            // One file that opens anywhere, read-only too: no -wal or -shm beside it.
            try (Connection c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + temp.toAbsolutePath(), new java.util.Properties());
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE");
            }
            // VACUUM INTO does not sync its output: sync it before the name says it is a backup.
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(target.getParent());
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next backup sweeps it
            }
            String why = e instanceof SQLException s ? SqlErrors.describe(s) : String.valueOf(e.getMessage());
            throw new CollectionException("Deckhand could not write the backup " + target + ": " + why, e);
        }
    }

    /**
     * {@code VACUUM INTO}; where it fails on a damaged collection, the online backup API, which copies
     * pages without reading rows, so a collection that needs a restore can still be kept first.
     */
    private static void vacuumInto(Connection c, Path temp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, temp.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException vacuumFailed) {
            try {
                Files.deleteIfExists(temp);
                int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                        .backup("main", temp.toAbsolutePath().toString(), null, 100, 50, -1);
                if (rc != SQLITE_OK && rc != SQLITE_DONE) throw vacuumFailed;
            } catch (IOException | SQLException pageCopyFailed) {
                vacuumFailed.addSuppressed(pageCopyFailed);
                throw vacuumFailed;
            }
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not possible on every OS (Windows); the rename is still atomic
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    @Override
    public Contents inspect(Path file, boolean verify) throws DeckhandException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new InvalidInputException(file + " does not exist or is not a file.");
        byte[] header = header(file);
        if (!Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new InvalidInputException(name + " is not a Deckhand collection or backup (it is not a SQLite database).");
        }
        // SQLite reads an unknown text encoding as UTF-8, so such a file checks fine and copies page by page,
        // header included; the live connection then refuses its own schema. Deckhand always writes UTF-8 (1).
        if (header.length < 60 || ByteBuffer.wrap(header, 56, 4).getInt() != 1) {
            throw new InvalidInputException(name + " is damaged (its header does not say its text is UTF-8) and cannot be restored.");
        }
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            int appId = pragmaInt(s, "application_id");
            int version = pragmaInt(s, "user_version");
            if (appId != Database.APPLICATION_ID) {
                throw new InvalidInputException(name + " is not a Deckhand collection or backup.");
            }
            // Deckhand writes schema 0..LATEST; a negative one is a damaged header, and migrating from it would fail half way.
            if (version < 0) {
                throw new InvalidInputException(name + " is damaged (its schema version reads " + version + ") and cannot be restored.");
            }
            if (version > Migrations.LATEST) {
                throw new InvalidInputException(name + " was made by a newer version of Deckhand (schema " + version
                        + "; this version knows up to " + Migrations.LATEST + "). Please update Deckhand.");
            }
            if (verify) {
                // Not quick_check: it skips whether the indexes match the rows (found by RestorePropertiesTest).
                List<String> problems = lines(s, "PRAGMA integrity_check(5)");
                if (!problems.equals(List.of("ok"))) {
                    throw new InvalidInputException(name + " is damaged (" + problems.get(0) + ") and cannot be restored.");
                }
            }
            return new Contents(count(s, "cards"), count(s, "notes"), count(s, "review_log"), version);
        } catch (SQLException e) {
            throw new InvalidInputException(name + " cannot be read as a Deckhand collection: " + SqlErrors.describe(e), e);
        }
    }

    /** The file's first 100 bytes (SQLite's header), or fewer when the file is shorter. */
    private static byte[] header(Path file) throws DeckhandException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(100);
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot read " + file + ".", e);
        }
    }

    @Override
    public void restoreFrom(Path file) throws DeckhandException {
        inspect(file, true);
        try {
            db.exclusive(c -> {
                SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
                // All pages in one step: one write transaction on the collection, committed at the end.
                int rc = sqlite.getDatabase().restore("main", file.toAbsolutePath().toString(), null, 100, 50, -1);
                if (rc != SQLITE_OK && rc != SQLITE_DONE) throw new SQLException("SQLite backup API returned " + rc, null, rc);
                int version;
                try (Statement s = c.createStatement()) {
                    version = pragmaInt(s, "user_version");
                }
                Migrations.apply(db, version);
                return null;
            });
        } catch (SQLException e) {
            throw new CollectionException("Deckhand could not restore " + file + ": " + SqlErrors.describe(e)
                    + ". The collection was left as it was.", e);
        }
    }

    @Override
    public CheckReport check(boolean repair) throws DeckhandException {
        try {
            return db.exclusive(c -> new Check(c, repair).run());
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "check the collection");
        }
    }

    /** One run of "Check collection". */
    private final class Check {
        private final Connection c;
        private final boolean repair;
        private final List<String> found = new ArrayList<>();
        private final List<String> repaired = new ArrayList<>();
        private final List<String> unresolved = new ArrayList<>();
        private boolean repairable;

        Check(Connection c, boolean repair) {
            this.c = c;
            this.repair = repair;
        }

        CheckReport run() throws SQLException, DeckhandException {
            try (Statement s = c.createStatement()) {
                schema(s);
                boolean intact = integrity(s);
                // On a damaged file, leave the rows alone: a restore is the way back.
                if (intact) foreignKeys(s);
            } catch (SQLException e) {
                // So damaged that SQLite cannot even run its checks.
                repairable = false;
                unrepairable("The file is damaged (" + SqlErrors.describe(e) + "). Restore a backup from before the damage.");
            }
            return new CheckReport(found, repaired, unresolved, repairable);
        }

        private void unrepairable(String problem) {
            found.add(problem);
            unresolved.add(problem);
        }

        private void schema(Statement s) throws SQLException {
            int appId = pragmaInt(s, "application_id");
            if (appId != Database.APPLICATION_ID) {
                unrepairable("The file is not marked as a Deckhand collection (application_id " + appId + ").");
            }
            int version = pragmaInt(s, "user_version");
            if (version != Migrations.LATEST) {
                unrepairable("The schema version is " + version + "; this Deckhand expects " + Migrations.LATEST + ".");
            }
            Set<String> tables = new TreeSet<>(lines(s, "SELECT name FROM sqlite_master WHERE type = 'table'"));
            for (String t : TABLES) {
                if (!tables.contains(t)) unrepairable("The table " + t + " is missing.");
            }
        }

        private boolean integrity(Statement s) throws SQLException {
            List<String> problems = lines(s, "PRAGMA integrity_check(20)");
            if (problems.equals(List.of("ok"))) return true;
            String summary = "SQLite's integrity check: " + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                    + (problems.size() > 3 ? " (and more)" : "");
            found.add(summary);
            boolean indexes = problems.stream().anyMatch(p -> p.contains("index"));
            if (!indexes) {
                unresolved.add("The file is damaged beyond what Deckhand can repair. Restore a backup from before the damage.");
                return false;
            }
            repairable = true;
            if (!repair) return false;
            s.execute("REINDEX");
            List<String> after = lines(s, "PRAGMA integrity_check(20)");
            if (after.equals(List.of("ok"))) {
                repaired.add("Rebuilt the indexes (REINDEX); the integrity check now passes.");
                return true;
            }
            repaired.add("Rebuilt the indexes (REINDEX).");
            unresolved.add("The integrity check still fails (" + after.get(0) + "). Restore a backup from before the damage.");
            return false;
        }

        private void foreignKeys(Statement s) throws SQLException, DeckhandException {
            Map<String, Integer> orphans = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) orphans.merge(rs.getString(1) + "->" + rs.getString(3), 1, Integer::sum);
            }
            if (orphans.isEmpty()) return;
            List<String> fixes = new ArrayList<>();
            for (Map.Entry<String, Integer> e : orphans.entrySet()) {
                int n = e.getValue();
                String problem = switch (e.getKey()) {
                    case "cards->notes" -> n + " card(s) whose note is missing";
                    case "cards->decks" -> n + " card(s) whose deck is missing";
                    case "decks->presets" -> n + " deck(s) whose options preset is missing";
                    case "review_log->cards" -> n + " answer(s) in the review log whose card is missing";
                    default -> null;
                };
                if (problem == null) {
                    String[] t = e.getKey().split("->");
                    unrepairable(n + " row(s) of " + t[0] + " refer to missing rows of " + t[1] + ".");
                } else {
                    found.add(problem + ".");
                    fixes.add(e.getKey());
                    repairable = true;
                }
            }
            if (!repair || fixes.isEmpty()) return;
            c.setAutoCommit(false);
            try {
                // Parents first: a recovered deck needs a preset, a recovered card its deck and note.
                if (fixes.contains("decks->presets")) {
                    long preset = anyPreset(s);
                    int n = s.executeUpdate("UPDATE decks SET preset_id = " + preset
                            + " WHERE preset_id NOT IN (SELECT id FROM presets)");
                    repaired.add("Gave " + n + " deck(s) the options preset " + preset + ".");
                }
                if (fixes.contains("cards->decks")) {
                    long deck = recoveredDeck(s);
                    int n = s.executeUpdate("UPDATE cards SET deck_id = " + deck
                            + " WHERE deck_id NOT IN (SELECT id FROM decks)");
                    repaired.add("Moved " + n + " card(s) whose deck was missing to the deck \"" + RECOVERED_DECK + "\".");
                }
                if (fixes.contains("cards->notes")) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes(id, guid, note_type, fields, "
                            + "content_hash, modified_ms) SELECT note_id, 'recovered-' || note_id, min(kind), "
                            + "min(front || char(31) || back), '', ? FROM cards "
                            + "WHERE note_id NOT IN (SELECT id FROM notes) GROUP BY note_id")) {
                        ps.setLong(1, clock.millis());
                        int n = ps.executeUpdate();
                        repaired.add("Made " + n + " missing note(s) again from their cards' text.");
                    }
                }
                if (fixes.contains("review_log->cards")) {
                    int n = s.executeUpdate("DELETE FROM review_log WHERE card_id NOT IN (SELECT id FROM cards)");
                    repaired.add("Removed " + n + " answer(s) of cards that no longer exist from the review log.");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                repaired.clear();
                unresolved.add("The repair failed and was undone: " + (e instanceof SQLException q ? SqlErrors.describe(q) : e));
            } finally {
                c.setAutoCommit(true);
            }
            int left = 0;
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) left++;
            }
            if (left > 0 && unresolved.isEmpty()) unresolved.add(left + " row(s) still refer to missing rows.");
        }

        private long anyPreset(Statement s) throws SQLException, DeckhandException {
            try (ResultSet rs = s.executeQuery("SELECT min(id) FROM presets")) {
                if (rs.next() && rs.getObject(1) != null) return rs.getLong(1);
            }
            return new SqlitePresetRepository(db).create("Default").id().value();
        }

        private long recoveredDeck(Statement s) throws SQLException, DeckhandException {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM decks WHERE name = ?")) {
                ps.setString(1, RECOVERED_DECK);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return rs.getLong(1);
                }
            }
            long preset = anyPreset(s);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decks(name, preset_id, created_ms) VALUES (?, ?, ?)")) {
                ps.setString(1, RECOVERED_DECK);
                ps.setLong(2, preset);
                ps.setLong(3, clock.millis());
                ps.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int pragmaInt(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<String> lines(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
