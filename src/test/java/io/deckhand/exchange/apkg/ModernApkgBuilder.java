package io.deckhand.exchange.apkg;

import com.github.luben.zstd.Zstd;
import io.deckhand.support.SharedFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a current-generation package (collection.anki21b, protobuf meta, zstd media) by adding
 * notes to the schema-18 collection inside the real empty package Anki-compatible tools made.
 */
final class ModernApkgBuilder {
    static final long BASIC = 1700000000001L;
    static final long CLOZE = 1700000000002L;
    static final long PARENT_DECK = 1700000000100L;
    static final long CHILD_DECK = 1700000000101L;

    private ModernApkgBuilder() {
    }

    static Path build(Path dir) throws Exception {
        return build(dir, "PNG".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The same package with {@code pvPng} as the content of the media file the first note shows,
     * and {@code unused} (name, content, name, content...) as media no note refers to.
     */
    static Path build(Path dir, byte[] pvPng, Object... unused) throws Exception {
        Path source = SharedFixtures.require("fixtures/anki/srs-converter/empty-latest.apkg");
        byte[] modern;
        byte[] legacy;
        try (var zf = new java.util.zip.ZipFile(source.toFile())) {
            modern = zf.getInputStream(zf.getEntry("collection.anki21b")).readAllBytes();
            legacy = zf.getInputStream(zf.getEntry("collection.anki2")).readAllBytes();
        }
        Path db = dir.resolve("c.db");
        Files.write(db, Zstd.decompress(modern, 50_000_000));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            st.execute("insert into notetypes values (" + BASIC + ", 'Basic (and reversed card)', 0, 0, x'"
                    + hex(proto(3, ".card{}")) + "')");
            st.execute("insert into notetypes values (" + CLOZE + ", 'Cloze', 0, 0, x'0801" + hex(proto(3, ".cloze{}")) + "')");
            st.execute("insert into fields values (" + BASIC + ", 0, 'Front', x''), (" + BASIC + ", 1, 'Back', x''),"
                    + " (" + CLOZE + ", 0, 'Text', x''), (" + CLOZE + ", 1, 'Back Extra', x'')");
            st.execute("insert into templates values (" + BASIC + ", 0, 'Card 1', 0, 0, x'" + hex(template("{{Front}}",
                    "{{FrontSide}}<hr id=answer>{{Back}}")) + "'), (" + BASIC + ", 1, 'Card 2', 0, 0, x'"
                    + hex(template("{{Back}}", "{{FrontSide}}<hr id=answer>{{Front}}")) + "'), (" + CLOZE
                    + ", 0, 'Cloze', 0, 0, x'" + hex(template("{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}")) + "')");
            st.execute("insert into decks values (" + PARENT_DECK + ", 'K8s', 0, 0, x'', x'0a00'), ("
                    + CHILD_DECK + ", 'K8s\u001fStorage', 0, 0, x'', x'0a00')");
            st.execute("insert into notes values (1, 'guid-basic', " + BASIC + ", 0, 0, ' cka storage ', 'What is a PV?\u001f"
                    + "A <b>PersistentVolume</b> <img src=\"pv.png\">', 0, 0, 0, '')");
            st.execute("insert into notes values (2, 'guid-cloze', " + CLOZE + ", 0, 0, '', "
                    + "'A {{c1::Pod}} runs {{c2::containers::what}}\u001fextra', 0, 0, 0, '')");
            // card 10: reviewed with FSRS memory state; 11 suspended; 20/21: cloze 1 and 2
            st.execute("insert into cards values (10, 1, " + CHILD_DECK + ", 0, 0, 0, 2, 2, 100, 12, 2500, 3, 0, 0, 0, 0, 1,"
                    + " '{\"s\":12.5,\"d\":4.25,\"lrt\":1700000000}')");
            st.execute("insert into cards values (11, 1, " + CHILD_DECK + ", 1, 0, 0, 0, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, '{}')");
            st.execute("insert into cards values (20, 2, " + PARENT_DECK + ", 0, 0, 0, 0, -3, 2, 0, 0, 0, 0, 0, 0, 0, 0, '')");
            st.execute("insert into cards values (21, 2, " + PARENT_DECK + ", 1, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, '')");
            st.execute("insert into revlog values (1699990000000, 10, 0, 3, -600, 0, 0, 8000, 0),"
                    + " (1700000000000, 10, 0, 3, 12, 1, 2500, 5000, 1), (1700000000500, 10, 0, 0, 0, 0, 0, 0, 4)");
        }
        Path out = dir.resolve("modern.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            put(zip, "meta", new byte[] {0x08, 0x03});
            put(zip, "collection.anki21b", Zstd.compress(Files.readAllBytes(db)));
            put(zip, "collection.anki2", legacy);
            // MediaEntries { entries { name: "pv.png" } ... }; the zip entry of the n-th is "n"
            byte[] list = mediaEntry("pv.png");
            put(zip, "0", Zstd.compress(pvPng));
            for (int i = 0; i < unused.length; i += 2) {
                list = concat(list, mediaEntry((String) unused[i]));
                put(zip, String.valueOf(i / 2 + 1), Zstd.compress((byte[]) unused[i + 1]));
            }
            put(zip, "media", Zstd.compress(list));
        }
        return out;
    }

    private static byte[] mediaEntry(String name) {
        byte[] entry = proto(1, name);
        return concat(new byte[] {0x0a, (byte) entry.length}, entry);
    }

    private static byte[] template(String q, String a) {
        return concat(proto(1, q), proto(2, a));
    }

    static byte[] proto(int field, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((field << 3) | 2);
        int len = v.length;
        while (len >= 0x80) {
            out.write((len & 0x7f) | 0x80);
            len >>>= 7;
        }
        out.write(len);
        out.writeBytes(v);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) s.append(String.format("%02x", x));
        return s.toString();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws java.io.IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}
