package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.exchange.FormatException;
import io.deckhand.support.SharedFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ApkgReaderSafetyTest {
    @TempDir
    Path dir;
    @TempDir
    Path tempRoot;

    private String failure(Path file) {
        return failure(file, ZipLimits.DEFAULT);
    }

    private String failure(Path file, ZipLimits limits) {
        FormatException e = assertThrows(FormatException.class, () -> new ApkgReader(limits, tempRoot).open(file).close());
        return e.getMessage();
    }

    @AfterEach
    void nothingLeftInTemp() throws Exception {
        try (var left = Files.list(tempRoot)) {
            assertEquals(0, left.count(), "temporary files are deleted after a failed read");
        }
    }

    private Path zip(String name, Object... entries) throws Exception {
        Path out = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                Object data = entries[i + 1];
                zip.write(data instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) data);
                zip.closeEntry();
            }
        }
        return out;
    }

    private static byte[] legacyCollection() throws Exception {
        return Files.readAllBytes(SharedFixtures.require("fixtures/anki/ankipandas/few_basic_cards.anki2"));
    }

    @Test
    void entryEscapingItsFolder() throws Exception {
        String msg = failure(zip("slip.apkg", "../evil.txt", "x", "collection.anki2", legacyCollection()));
        assertTrue(msg.contains("outside its folder") && msg.contains("../evil.txt"), msg);
        assertTrue(Files.notExists(tempRoot.getParent().resolve("evil.txt")));
    }

    @Test
    @Timeout(20)
    void compressionBombPerEntryAndRatio() throws Exception {
        byte[] zeros = new byte[8 << 20];
        Path bomb = zip("bomb.apkg", "collection.anki2", zeros);
        String ratio = failure(bomb);
        assertTrue(ratio.contains("compression bomb") && ratio.contains("collection.anki2"), ratio);
        String size = failure(bomb, new ZipLimits(1L << 30, 4 << 20, 100_000, 100));
        assertTrue(size.contains("more than 4 MB"), size);
        String total = failure(bomb, new ZipLimits(6 << 20, 1L << 30, 100_000, 100));
        assertTrue(total.contains("unpacks to more than 6 MB"), total);
    }

    @Test
    @Timeout(30)
    void zstdMediaCountsTowardsTheTotalOfThePackage() throws Exception {
        Path apkg = ModernApkgBuilder.build(dir, new byte[8 << 20]);
        String total = failure(apkg, new ZipLimits(6 << 20, 1L << 30, 100_000, 100));
        assertTrue(total.contains("unpacks to more than 6 MB"), total);
    }

    @Test
    @Timeout(30)
    void aSmallPackageMayNotUnpackBeyondItsBudget() throws Exception {
        Path apkg = ModernApkgBuilder.build(dir, new byte[80 << 20]);
        assertTrue(Files.size(apkg) < 300_000, "a few KB of zstd");
        String msg = failure(apkg);
        assertTrue(msg.contains("unpacks to more than " + (ZipLimits.MIN_BUDGET >> 20) + " MB"), msg);
    }

    @Test
    void budgetFollowsThePackageSizeWithinItsBounds() {
        ZipLimits limits = new ZipLimits(1L << 30, 1L << 30, 200, 100);
        assertEquals(ZipLimits.MIN_BUDGET, limits.budgetFor(1000));
        assertEquals(200L * (1 << 20), limits.budgetFor(1 << 20));
        assertEquals(1L << 30, limits.budgetFor(1L << 40));
        assertEquals(1L << 30, limits.budgetFor(Long.MAX_VALUE / 2));
    }

    @Test
    @Timeout(30)
    void onlyMediaTheCardsUseIsUnpacked() throws Exception {
        Path apkg = ModernApkgBuilder.build(dir, "PNG".getBytes(StandardCharsets.US_ASCII),
                "unused.bin", new byte[4 << 20], "also-unused.png", "x".getBytes(StandardCharsets.US_ASCII));
        try (ExtractedPackage pkg = new ApkgReader(ZipLimits.DEFAULT, tempRoot).open(apkg)) {
            assertEquals(java.util.List.of("pv.png"), pkg.contents().media().stream().map(m -> m.name()).toList());
            try (var files = Files.walk(tempRoot)) {
                assertEquals(java.util.List.of("pv.png"), files.filter(Files::isRegularFile)
                        .map(f -> f.getFileName().toString()).toList(), "nothing else was written");
            }
        }
    }

    /** The legacy fixture collection changed by {@code sql} (run in order), as a bare collection file. */
    private Path collectionWith(String name, String... sql) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, legacyCollection());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            for (String q : sql) st.execute(q);
        }
        return file;
    }

    @Test
    @Timeout(60)
    void tablesThatAreViewsAreRefusedBeforeAnyQuery() throws Exception {
        String endless = "with recursive r(i) as (select 1 union all select i + 1 from r) ";
        Path notesView = collectionWith("view.anki2", "alter table notes rename to notes_real",
                "create view notes as " + endless + "select i as id, 'g' || i as guid,"
                        + " (select mid from notes_real limit 1) as mid, 0 as mod, '' as tags, 'q' || char(31) || 'a' as flds from r");
        String msg = failure(notesView);
        assertTrue(msg.contains("notes") && msg.contains("not a table"), msg);
        Path cardsView = collectionWith("cards.anki2", "alter table cards rename to cards_real",
                "create view CARDS as select * from cards_real");
        assertTrue(failure(cardsView).contains("cards"), failure(cardsView));
    }

    @Test
    @Timeout(60)
    void queriesThatRunTooLongAreStopped() throws Exception {
        // a real table whose every row costs a lot to compute: reading it would take minutes
        Path slow = collectionWith("slow.anki2", "alter table notes rename to notes_real",
                "create table notes (id integer primary key, guid text, mid integer, mod integer, tags text, q text)",
                "insert into notes (id, guid, mid, mod, tags, q) with recursive n(i) as (select 1 union all"
                        + " select i + 1 from n where i < 50000) select 1000 + i, 'g' || i,"
                        + " (select mid from notes_real limit 1), 0, '', 'q' from n",
                // added after the rows, so only reading computes it
                "alter table notes add column flds text generated always as"
                        + " (q || char(31) || length(replace(hex(zeroblob(400000 + id % 7)), '0', 'a'))) virtual");
        long start = System.nanoTime();
        FormatException e = assertThrows(FormatException.class,
                () -> new ApkgReader(ZipLimits.DEFAULT, tempRoot, java.time.Duration.ofSeconds(2)).open(slow).close());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(e.getMessage().contains("longer than") && e.getMessage().contains("stopped"), e.getMessage());
        assertTrue(seconds < 20, seconds + " s");
    }

    @Test
    void mediaNameWithPathSeparators() throws Exception {
        for (String bad : new String[] {"../x.png", "dir/x.png", "..\\\\x.png", "/etc/passwd"}) {
            String msg = failure(zip("media.apkg", "collection.anki2", legacyCollection(), "0", "abc",
                    "media", "{\"0\":\"" + bad + "\"}"));
            assertTrue(msg.contains("unsafe name"), msg);
        }
    }

    @Test
    void truncatedSqlite() throws Exception {
        byte[] whole = legacyCollection();
        String msg = failure(zip("trunc.apkg", "collection.anki2", Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(msg.contains("truncated"), msg);
        Path bare = dir.resolve("collection.anki2");
        Files.write(bare, Arrays.copyOf(whole, 50));
        String header = failure(bare);
        assertTrue(header.contains("truncated"), header);
    }

    @Test
    void unknownSchemaVersion() throws Exception {
        String msg = failure(SharedFixtures.require("fixtures/anki/ankitects-anki/anki2-alpha.anki2"));
        assertTrue(msg.contains("schema version 1") && msg.contains("cannot read"), msg);
        String meta = failure(zip("future.apkg", "meta", new byte[] {0x08, 0x09}, "collection.anki21b", "x"));
        assertTrue(meta.contains("newer Anki") && meta.contains("9"), meta);
    }

    @Test
    void corruptZip() throws Exception {
        Path good = SharedFixtures.require("fixtures/anki/ankitects-anki/media.apkg");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.apkg");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
        String msg = failure(cut);
        assertTrue(msg.contains("not a valid zip") || msg.contains("damaged"), msg);
        Path text = dir.resolve("notes.apkg");
        Files.writeString(text, "hello");
        assertTrue(failure(text).contains("neither an Anki package"));
    }

    @Test
    void missingCollection() throws Exception {
        String msg = failure(zip("empty.apkg", "media", "{}"));
        assertTrue(msg.contains("does not contain an Anki collection"), msg);
    }

    @Test
    void damagedZstdCollection() throws Exception {
        String msg = failure(zip("z.apkg", "meta", new byte[] {0x08, 0x03}, "collection.anki21b", "not zstd at all"));
        assertTrue(msg.contains("damaged"), msg);
    }
}
