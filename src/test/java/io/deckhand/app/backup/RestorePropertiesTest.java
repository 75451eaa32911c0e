package io.deckhand.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.storage.Database;
import io.deckhand.storage.RowChecksum;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A file given to restore is damaged at random: it is refused with a user's message and the
 * collection is unchanged, or it passes SQLite's checks and is restored whole. Never a crash,
 * never a half-restored collection.
 */
class RestorePropertiesTest {
    private static Path dir;
    private static Path good;

    @BeforeContainer
    static void makeBackup() throws Exception {
        dir = Files.createTempDirectory("deckhand-restore-props");
        Files.createDirectories(dir.resolve("source"));
        try (Database db = Database.open(dir.resolve("source").resolve(Bootstrap.COLLECTION_FILE).toAbsolutePath())) {
            AppServices s = Bootstrap.wire(db, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")));
            for (int i = 0; i < 30; i++) s.library().addCard(new DeckName("K8s"), "Q" + i + " " + "q".repeat(200), "A" + i, List.of());
            good = s.backups().backupNow();
        }
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Found by the property below: SQLite reads an unknown encoding as UTF-8, so the backup checked fine. */
    @Example
    void aBackupWhoseHeaderNamesAnotherTextEncodingIsRefusedAndChangesNothing() throws Exception {
        for (byte encoding : new byte[] {20, 2}) {
            Path work = Files.createTempDirectory(dir, "encoding");
            Path damaged = work.resolve("damaged.sqlite");
            byte[] bytes = Files.readAllBytes(good);
            bytes[59] = encoding; // the header's text encoding, bytes 56-59 big-endian: 1 UTF-8, 2 UTF-16le
            Files.write(damaged, bytes);
            try (Database db = Database.open(work.resolve(Bootstrap.COLLECTION_FILE))) {
                AppServices s = Bootstrap.wire(db, new MutableClock(Instant.parse("2026-03-03T10:00:00Z")));
                s.library().addCard(new DeckName("Mine"), "my card", "kept", List.of());
                String before = RowChecksum.of(db);
                DeckhandException refused = assertThrows(DeckhandException.class, () -> s.backups().restore(damaged));
                assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
                assertEquals(before, RowChecksum.of(db));
            }
        }
    }

    @Example
    void aBackupWhoseSchemaVersionReadsNegativeIsRefusedAndChangesNothing() throws Exception {
        Path work = Files.createTempDirectory(dir, "version");
        Path damaged = work.resolve("damaged.sqlite");
        byte[] bytes = Files.readAllBytes(good);
        bytes[60] ^= (byte) 0xFF; // the header's user_version, bytes 60-63 big-endian: its sign bit set
        Files.write(damaged, bytes);
        try (Database db = Database.open(work.resolve(Bootstrap.COLLECTION_FILE))) {
            AppServices s = Bootstrap.wire(db, new MutableClock(Instant.parse("2026-03-03T10:00:00Z")));
            s.library().addCard(new DeckName("Mine"), "my card", "kept", List.of());
            String before = RowChecksum.of(db);
            DeckhandException refused = assertThrows(DeckhandException.class, () -> s.backups().restore(damaged));
            assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
            assertEquals(before, RowChecksum.of(db));
        }
    }

    @Property(tries = 40)
    void aDamagedBackupIsRefusedOrRestoredWhole(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
                                                @ForAll byte noise) throws Exception {
        Path work = Files.createTempDirectory(dir, "case");
        Path damaged = work.resolve("damaged.sqlite");
        Files.copy(good, damaged, StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(damaged);
        for (int o : offsets) bytes[o % bytes.length] ^= (byte) (noise | 1);
        Files.write(damaged, bytes);

        try (Database db = Database.open(work.resolve(Bootstrap.COLLECTION_FILE))) {
            AppServices s = Bootstrap.wire(db, new MutableClock(Instant.parse("2026-03-03T10:00:00Z")));
            s.library().addCard(new DeckName("Mine"), "my card", "kept", List.of());
            String before = RowChecksum.of(db);
            try {
                s.backups().restore(damaged);
            } catch (DeckhandException refused) {
                assertEquals(before, RowChecksum.of(db), "a refused restore changes nothing: " + refused.getMessage());
                return;
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve(Bootstrap.COLLECTION_FILE));
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }
}
