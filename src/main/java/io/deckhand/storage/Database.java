package io.deckhand.storage;

import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection file: one SQLite connection used by one writer at a time (a lock serialises
 * callers), WAL, foreign keys on, synchronous=FULL so an acknowledged answer is on disk.
 * Opening checks that the file is a Deckhand collection of a schema this build knows, before
 * anything is written to it.
 */
public final class Database implements Transactions, AutoCloseable {
    /** Marks a Deckhand collection in the SQLite header ("DKHD"). */
    public static final int APPLICATION_ID = 0x444B4844;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long a writer waits for another process's write before giving up. */
    static final int BUSY_TIMEOUT_MS = 5000;

    private final Connection connection;
    private final String label;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** What {@value #CLOCK_FUNCTION} reads: the clock the services are given ({@link #useClock}). */
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();
    /** The SQL function sync's recording triggers stamp changes with (docs/sync.md, "Journal lines"). */
    static final String CLOCK_FUNCTION = "deckhand_clock_ms";
    private int depth;
    private boolean rollbackOnly;

    private Database(Connection connection, String label) {
        this.connection = connection;
        this.label = label;
    }

    /** Opens (creating if missing) the collection at {@code file} and brings its schema up to date. */
    public static Database open(Path file) throws CollectionException {
        // SQLite answers "busy" at once, without waiting, when two first opens would deadlock
        // (one switching to WAL while the other migrates): open again after a pause
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(file);
            } catch (CollectionException e) {
                if (attempt >= OPEN_ATTEMPTS || !isBusy(e)) throw e;
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final int OPEN_ATTEMPTS = 5;

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException se
                    && (se.getResultCode().code & 0xff) == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code) {
                return true;
            }
        }
        return false;
    }

    private static Database openOnce(Path file) throws CollectionException {
        checkHeader(file);
        Connection c;
        try {
            c = connect("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new CollectionException("Deckhand cannot open its collection at " + file
                    + ". Check that the folder exists and you may write to it.", e);
        }
        return init(c, file.toString());
    }

    /** A private collection in memory, for tests and benchmarks. */
    public static Database openInMemory() {
        try {
            return init(connect("jdbc:sqlite::memory:"), ":memory:");
        } catch (SQLException | CollectionException e) {
            throw new IllegalStateException("in-memory SQLite failed", e);
        }
    }

    /**
     * Straight to the SQLite driver: {@code DriverManager} would first look for drivers in every jar
     * on the class path (a tenth of start-up before the deck list).
     */
    private static Connection connect(String url) throws SQLException {
        return org.sqlite.JDBC.createConnection(url, new Properties());
    }

    private static void checkHeader(Path file) throws CollectionException {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) return;
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new CollectionException(file + " is not a Deckhand collection (it is not a SQLite database). "
                        + "It was left as it is.");
            }
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot read " + file + ".", e);
        }
    }

    private static Database init(Connection c, String label) throws CollectionException {
        Database db = new Database(c, label);
        try {
            // before the migrations: one may record a change, and its trigger reads the clock
            org.sqlite.Function.create(c, CLOCK_FUNCTION, new org.sqlite.Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(db.clock.millis());
                }
            });
            // first of all: another process may be creating or writing this collection right now
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            }
            // one snapshot: another process may commit its first migration between these reads
            int appId;
            int version;
            boolean empty;
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN");
                try {
                    appId = db.pragmaInt("application_id");
                    version = db.pragmaInt("user_version");
                    empty = db.isEmpty();
                } finally {
                    s.execute("COMMIT");
                }
            }
            if (appId != APPLICATION_ID && !(appId == 0 && version == 0 && empty)) {
                c.close();
                throw new CollectionException(label + " is not a Deckhand collection. It was left as it is.");
            }
            if (version > Migrations.LATEST) {
                c.close();
                throw new CollectionException("This collection was made by a newer version of Deckhand (schema "
                        + version + "; this version knows up to " + Migrations.LATEST
                        + "). Please update Deckhand. The collection was left as it is.");
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA synchronous=FULL");
                // The study queue seeks every sub-deck's part of cards_by_queue: with SQLite's default
                // 2 MB page cache, hundreds of sub-decks re-read their pages from the OS on every card.
                // A cap, not an allocation: the cache grows only with the pages read.
                s.execute("PRAGMA cache_size=-" + PAGE_CACHE_KIB);
                // A statement inside a transaction that may need undoing alone (INSERT ... SELECT, OR
                // REPLACE, foreign keys) keeps a statement journal; past 64 KB SQLite moves it to a temporary
                // file, and from then on every such statement writes its pages there: an .apkg import's
                // 100,000 statements made 820,000 write calls. In memory it is a list of page copies.
                s.execute("PRAGMA temp_store=MEMORY");
            }
            Migrations.apply(db, version);
            return db;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
            throw new CollectionException("Deckhand cannot open its collection at " + label + ": "
                    + SqlErrors.describe(e), e);
        }
    }

    /** SQLite's page cache for the one connection, in KiB: a large collection's indexes fit. */
    static final int PAGE_CACHE_KIB = 64 * 1024;

    private int pragmaInt(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean isEmpty() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws DeckhandException {
        return run(work, true);
    }

    /**
     * Writers begin with {@code BEGIN IMMEDIATE}: they take the write lock up front, so a busy
     * collection makes them wait (busy_timeout) instead of failing when a read turns into a write.
     */
    private <T> T run(Work<T> work, boolean write) throws DeckhandException {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.run();
                } catch (DeckhandException | RuntimeException e) {
                    rollbackOnly = true;
                    throw e;
                } finally {
                    depth--;
                }
            }
            begin(write);
            depth = 1;
            rollbackOnly = false;
            try {
                T result = work.run();
                if (rollbackOnly) throw new IllegalStateException("an inner unit of work failed");
                commit();
                return result;
            } catch (DeckhandException | RuntimeException | Error e) {
                rollback();
                throw e;
            } finally {
                depth = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T read(Work<T> work) throws DeckhandException {
        return run(work, false);
    }

    // Transactions are begun and ended by statement: the driver's setAutoCommit(false) can only BEGIN DEFERRED.
    private void begin(boolean write) throws CollectionException {
        try (Statement s = connection.createStatement()) {
            s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "start a change");
        }
    }

    private void commit() throws CollectionException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the change");
        }
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // "no transaction is active": SQLite already rolled back by itself (a full disk, for one)
            if (!String.valueOf(e.getMessage()).contains("no transaction")) LOG.warn("rollback failed on {}", label, e);
        }
    }

    /** A cached prepared statement; callers must be inside {@link #inTransaction}. */
    PreparedStatement prepare(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("database used outside a transaction");
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** Runs schema scripts; only {@link Migrations} uses this. */
    void executeScript(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String part : sql.split(";\\s*(\\r?\\n|$)")) {
                String stmt = part.strip();
                if (!stmt.isEmpty() && !stmt.lines().allMatch(l -> l.strip().startsWith("--") || l.isBlank())) {
                    s.execute(stmt);
                }
            }
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * The clock SQL reads (sync stamps a change with it, in the change's own transaction): the one
     * the services use, so a device's stamps follow its clock, skewed or set by a test.
     */
    public void useClock(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    /** The collection file; empty for an in-memory collection. */
    public java.util.Optional<Path> collectionFile() {
        return ":memory:".equals(label) ? java.util.Optional.empty() : java.util.Optional.of(Path.of(label));
    }

    /** Work on the connection itself, outside any transaction (snapshots, restore, checks). */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection c) throws SQLException, DeckhandException;
    }

    /**
     * Runs {@code work} holding the lock, outside any transaction; cached statements are dropped
     * afterwards, since the work may have replaced the whole schema (a restore).
     */
    <T> T exclusive(ConnectionWork<T> work) throws SQLException, DeckhandException {
        lock.lock();
        try {
            if (depth > 0) throw new IllegalStateException("whole-collection work inside a transaction");
            try {
                return work.run(connection);
            } finally {
                for (PreparedStatement ps : statements.values()) ps.close();
                statements.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed", label, e);
        } finally {
            lock.unlock();
        }
    }
}
