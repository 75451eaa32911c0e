package io.deckhand.exchange.apkg;

import io.deckhand.domain.study.StudyDay;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link DeckPackage} as an {@code .apkg}, in one of two containers:
 * <ul>
 * <li>current (Anki 23.10's default; Anki reads it since 2.1.50): a {@code meta} entry (protobuf
 *     PackageMetadata, version 3), the collection as zstd-compressed schema-18 SQLite in
 *     {@code collection.anki21b}, a zstd protobuf {@code media} list (name, size, SHA-1) and
 *     zstd media files named 0, 1, 2... Beside it, the same collection in schema 11 as
 *     {@code collection.anki2}, which Anki ignores when {@code meta} is there (it puts a
 *     "please update" note there) and tools that know only the old layout read;</li>
 * <li>legacy ("support older Anki versions"): only the schema-11 {@code collection.anki2}, a JSON
 *     {@code media} map and plain media files, which every Anki since 2.1 imports.</li>
 * </ul>
 * The file appears only when complete (written beside it, then moved into place).
 */
public final class ApkgWriter {

    /**
     * @param withScheduling keep due dates, intervals, FSRS memory state and the review log;
     *                       otherwise every card is new and no review log is written
     * @param exportedAt     modification time written into the package
     * @param studyDay       when the user's days start: Anki counts review due dates in days from
     *                       {@code col.crt}, which it takes to be at the day's rollover
     */
    public record Options(boolean withScheduling, Instant exportedAt, StudyDay studyDay, boolean legacy) {
        public Options {
            java.util.Objects.requireNonNull(exportedAt, "exportedAt");
            java.util.Objects.requireNonNull(studyDay, "studyDay");
        }

        /** The current container. */
        public Options(boolean withScheduling, Instant exportedAt, StudyDay studyDay) {
            this(withScheduling, exportedAt, studyDay, false);
        }

        /** The current container, days starting at Anki's default 4 am, UTC. */
        public Options(boolean withScheduling, Instant exportedAt) {
            this(withScheduling, exportedAt, new StudyDay(java.time.ZoneOffset.UTC, StudyDay.DEFAULT_ROLLOVER));
        }

        public Options legacyContainer(boolean on) {
            return new Options(withScheduling, exportedAt, studyDay, on);
        }
    }

    /** PackageMetadata.Version.VERSION_LATEST: collection.anki21b, zstd, protobuf media list. */
    static final int LATEST_VERSION = 3;

    public void write(DeckPackage pkg, Path target, Options options) throws FormatException {
        Path dir;
        try {
            dir = Files.createTempDirectory("deckhand-export-");
        } catch (IOException e) {
            throw new FormatException("Cannot create a temporary folder for the export: " + e.getMessage(), e);
        }
        try {
            Path db = dir.resolve("collection.anki2");
            writeCollection(pkg, db, options);
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // several times faster, about 10% larger
                if (options.legacy()) writeLegacy(zip, pkg, db);
                else writeCurrent(zip, pkg, db, dir);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FormatException("Cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new FormatException("Cannot build the Anki collection for " + target.getFileName() + ": "
                    + e.getMessage(), e);
        } finally {
            ExtractedPackage.deleteTree(dir);
        }
    }

    private static void writeLegacy(ZipOutputStream zip, DeckPackage pkg, Path db) throws IOException {
        putFile(zip, "collection.anki2", db);
        Map<String, String> mediaMap = new LinkedHashMap<>();
        int i = 0;
        for (MediaFile m : pkg.media()) {
            if (!Files.isRegularFile(m.content())) continue; // a missing file is reported by the caller
            putFile(zip, String.valueOf(i), m.content());
            mediaMap.put(String.valueOf(i), m.name());
            i++;
        }
        zip.putNextEntry(new ZipEntry("media"));
        zip.write(AnkiJson.MAPPER.writeValueAsBytes(mediaMap));
        zip.closeEntry();
    }

    /** Entries in Anki's order: meta, collection, legacy collection, media files, media list. */
    private static void writeCurrent(ZipOutputStream zip, DeckPackage pkg, Path db, Path dir)
            throws IOException, SQLException {
        putStored(zip, "meta", new ProtoWriter().uint(1, LATEST_VERSION).toBytes());
        Path modern = dir.resolve("collection.anki21b.sqlite");
        Files.copy(db, modern);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + modern.toAbsolutePath())) {
            AnkiSchema18.upgrade(c);
        }
        Path packed = dir.resolve("packed.zst");
        zstd(modern, packed);
        putStored(zip, "collection.anki21b", packed);
        putFile(zip, "collection.anki2", db);
        // MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; size = 2; sha1 = 3 }
        ProtoWriter list = new ProtoWriter();
        int i = 0;
        for (MediaFile m : pkg.media()) {
            if (!Files.isRegularFile(m.content())) continue;
            Packed z = zstd(m.content(), packed);
            putStored(zip, String.valueOf(i), packed);
            list.message(1, new ProtoWriter().string(1, m.name()).uint(2, z.size()).bytes(3, z.sha1()));
            i++;
        }
        putStored(zip, "media", com.github.luben.zstd.Zstd.compress(list.toBytes()));
    }

    /** What was compressed: its size and SHA-1 (Anki's media list records both). */
    private record Packed(long size, byte[] sha1) {
    }

    private static Packed zstd(Path source, Path target) throws IOException {
        java.security.MessageDigest sha1;
        try {
            sha1 = java.security.MessageDigest.getInstance("SHA-1");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
        long size = 0;
        try (var in = Files.newInputStream(source);
             var out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(target))) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha1.update(buf, 0, n);
                out.write(buf, 0, n);
                size += n;
            }
        }
        return new Packed(size, sha1.digest());
    }

    /** Already compressed, so stored as is (as Anki does); a stored entry needs its size and CRC first. */
    private static void putStored(ZipOutputStream zip, String name, Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
        ZipEntry e = storedEntry(name, Files.size(file), crc.getValue());
        zip.putNextEntry(e);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        zip.putNextEntry(storedEntry(name, data.length, crc.getValue()));
        zip.write(data);
        zip.closeEntry();
    }

    private static ZipEntry storedEntry(String name, long size, long crc) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc);
        return e;
    }

    private static void putFile(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // straight into the zip (Files.copy leaves it open): a FilterOutputStream wrapper would hand
        // the deflater one byte at a time, which made zipping a 7 MB collection take seconds
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private void writeCollection(DeckPackage pkg, Path db, Options options) throws SQLException, IOException {
        Instant crt = collectionCreated(pkg, options);
        AnkiExportIds ids = new AnkiExportIds(pkg, options.exportedAt());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("pragma journal_mode = off");
                st.execute("pragma synchronous = off");
                for (String ddl : AnkiSchema11.DDL) st.execute(ddl);
            }
            c.setAutoCommit(false);
            long mod = options.exportedAt().toEpochMilli();
            AnkiJson.Presets presets = AnkiJson.presets(pkg.decks(), options.exportedAt());
            try (var ps = c.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                ps.setLong(1, crt.getEpochSecond());
                ps.setLong(2, mod);
                ps.setLong(3, mod);
                ps.setString(4, AnkiJson.conf(options.studyDay().rollover().getHour(), presets.fsrs()));
                ps.setString(5, AnkiJson.models(pkg.noteTypes(), options.exportedAt()));
                ps.setString(6, AnkiJson.decks(pkg.decks(), ids, presets, options.exportedAt()));
                ps.setString(7, presets.json());
                ps.executeUpdate();
            }
            new AnkiRowWriter(c, crt, options, ids, presets.retentionByDeck()).write(pkg);
            try (Statement st = c.createStatement()) {
                for (String ddl : AnkiSchema11.INDEXES) st.execute(ddl);
            }
            c.commit();
        }
    }

    /**
     * Day 0 for review due dates: the start (at the rollover hour) of the study day of the
     * earliest date in the package, so that day n is the user's study day n days later.
     */
    static Instant collectionCreated(DeckPackage pkg, Options options) {
        Instant earliest = options.exportedAt();
        if (options.withScheduling()) {
            for (PackageCard card : pkg.cards()) {
                if (card.scheduling().due().isBefore(earliest)) earliest = card.scheduling().due();
            }
            for (PackageReview r : pkg.reviews()) {
                if (r.reviewedAt().isBefore(earliest)) earliest = r.reviewedAt();
            }
        }
        return options.studyDay().startOf(earliest);
    }

}
