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
 * Writes a {@link DeckPackage} as an {@code .apkg} every Anki since 2.1 imports: a schema-11
 * {@code collection.anki2}, a JSON {@code media} map and media files named 0, 1, 2...
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
    public record Options(boolean withScheduling, Instant exportedAt, StudyDay studyDay) {
        public Options {
            java.util.Objects.requireNonNull(exportedAt, "exportedAt");
            java.util.Objects.requireNonNull(studyDay, "studyDay");
        }

        /** Days starting at Anki's default 4 am, UTC. */
        public Options(boolean withScheduling, Instant exportedAt) {
            this(withScheduling, exportedAt, new StudyDay(java.time.ZoneOffset.UTC, StudyDay.DEFAULT_ROLLOVER));
        }
    }

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
