package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Checks an exported {@code .apkg} the way Anki's importer reads it, independently of Deckhand's
 * reader: the zip's entries and media map, the one {@code col} row (schema 11) with its JSON
 * (note types, decks, deck options, every parent deck present), and each row of notes, cards and
 * revlog (required keys, references, id ranges as creation times, {@code csum} and {@code sfld} by
 * Anki's rule, due values in the unit the card's queue implies, data JSON, revlog units). Returns
 * the problems found, one line each; empty means Anki would take the package as written.
 */
public final class AnkiImportRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MS_2001 = 1_000_000_000_000L;

    private AnkiImportRules() {
    }

    public static List<String> check(Path apkg, Instant exportedAt, Path scratch) throws Exception {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            if (zip.getEntry("meta") != null) {
                checkCurrent(zip, exportedAt, scratch, problems);
                return problems;
            }
            checkLegacy(zip, exportedAt, scratch, problems, "");
        }
        return problems;
    }

    /** Schema 11 in collection.anki2 with a JSON media map; {@code where} prefixes the problems. */
    private static void checkLegacy(ZipFile zip, Instant exportedAt, Path scratch, List<String> problems, String where)
            throws Exception {
        List<String> found = new ArrayList<>();
        Path db = Files.createTempFile(scratch, "check-", ".anki2");
        try {
            if (zip.getEntry("collection.anki2") == null) {
                problems.add(where + "no collection.anki2 entry");
                return;
            }
            if (where.isEmpty()) {
                if (zip.getEntry("media") == null) found.add("no media entry");
                else {
                    JsonNode media = JSON.readTree(zip.getInputStream(zip.getEntry("media")));
                    if (!media.isObject()) found.add("media map is not a JSON object");
                    media.fields().forEachRemaining(e -> {
                        if (zip.getEntry(e.getKey()) == null) found.add("media " + e.getValue() + " listed but not packed");
                        if (!e.getKey().matches("\\d+")) found.add("media entry name " + e.getKey() + " is not a number");
                    });
                }
            }
            try (var in = zip.getInputStream(zip.getEntry("collection.anki2"))) {
                Files.copy(in, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            checkSchema11(db, exportedAt, found);
        } finally {
            Files.deleteIfExists(db);
            found.forEach(p -> problems.add(where + p));
        }
    }

    /**
     * The current container as Anki 23.10 writes and reads it: {@code meta} says version 3, the
     * collection is zstd schema-18 SQLite in collection.anki21b, the media list a zstd protobuf
     * MediaEntries whose n-th entry is zip entry "n", zstd-compressed, of the listed size and SHA-1.
     * The schema-11 collection.anki2 beside it is checked by the legacy rules.
     */
    private static void checkCurrent(ZipFile zip, Instant exportedAt, Path scratch, List<String> problems) throws Exception {
        Map<Integer, List<Object>> meta = Proto.decode(zip.getInputStream(zip.getEntry("meta")).readAllBytes());
        if (Proto.uint(meta, 1) != 3) problems.add("meta version is " + Proto.uint(meta, 1) + ", not 3 (latest)");
        if (zip.getEntry("collection.anki21b") == null) {
            problems.add("no collection.anki21b entry");
            return;
        }
        if (zip.getEntry("media") == null) problems.add("no media entry");
        else {
            byte[] list = AnkiImportRules.unzstd(zip.getInputStream(zip.getEntry("media")).readAllBytes());
            int i = 0;
            for (Object e : Proto.decode(list).getOrDefault(1, List.of())) {
                Map<Integer, List<Object>> entry = Proto.decode((byte[]) e);
                String name = Proto.string(entry, 1);
                var packed = zip.getEntry(String.valueOf(i));
                if (name.isEmpty()) problems.add("media entry " + i + " has no name");
                if (entry.containsKey(255)) problems.add("media entry " + i + " sets legacy_zip_filename, which Anki never exports");
                if (packed == null) problems.add("media " + name + " listed but not packed");
                else {
                    byte[] data = AnkiImportRules.unzstd(zip.getInputStream(packed).readAllBytes());
                    if (data.length != Proto.uint(entry, 2)) problems.add("media " + name + " size differs from the list");
                    byte[] sha1 = java.security.MessageDigest.getInstance("SHA-1").digest(data);
                    if (!java.util.Arrays.equals(sha1, Proto.bytes(entry, 3))) problems.add("media " + name + " SHA-1 differs from the list");
                }
                i++;
            }
        }
        Path db = Files.createTempFile(scratch, "check-", ".anki21b");
        try {
            byte[] packed = zip.getInputStream(zip.getEntry("collection.anki21b")).readAllBytes();
            Files.write(db, AnkiImportRules.unzstd(packed));
            checkSchema18(db, exportedAt, problems);
        } finally {
            Files.deleteIfExists(db);
        }
        if (zip.getEntry("collection.anki2") != null) checkLegacy(zip, exportedAt, scratch, problems, "collection.anki2: ");
    }

    /** What the row checks need to know of the note types and decks, from either layout. */
    private record Model(Map<Long, Integer> fieldCount, Map<Long, Integer> sortField, Map<Long, Integer> templates,
                         Set<Long> clozeTypes, Set<Long> deckIds) {
        Model() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashSet<>());
        }
    }

    private static void checkSchema11(Path db, Instant exportedAt, List<String> problems) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            ResultSet col = st.executeQuery("select count(*), max(ver), max(crt), max(models), max(decks), max(dconf), max(conf) from col");
            if (col.getInt(1) != 1) problems.add("col has " + col.getInt(1) + " rows, not 1");
            if (col.getInt(2) != 11) problems.add("col.ver is " + col.getInt(2));
            long crt = col.getLong(3);
            JsonNode models = JSON.readTree(col.getString(4));
            JsonNode decks = JSON.readTree(col.getString(5));
            JsonNode dconf = JSON.readTree(col.getString(6));
            JsonNode conf = JSON.readTree(col.getString(7));
            if (!conf.has("rollover")) problems.add("col.conf has no rollover hour");
            else if (Instant.ofEpochSecond(crt).atZone(java.time.ZoneOffset.UTC).getMinute() != 0) {
                problems.add("col.crt is not on the hour");
            }
            Model model = new Model();
            Map<Long, Integer> fieldCount = model.fieldCount();
            Map<Long, Integer> sortField = model.sortField();
            Map<Long, Integer> templates = model.templates();
            Set<Long> clozeTypes = model.clozeTypes();
            models.fields().forEachRemaining(e -> {
                JsonNode m = e.getValue();
                for (String key : new String[] {"id", "name", "type", "flds", "tmpls", "css", "sortf", "mod", "usn"}) {
                    if (!m.has(key)) problems.add("note type " + e.getKey() + " lacks " + key);
                }
                if (!String.valueOf(m.path("id").asLong()).equals(e.getKey())) problems.add("note type key " + e.getKey() + " is not its id");
                for (int i = 0; i < m.path("flds").size(); i++) {
                    if (m.path("flds").get(i).path("ord").asInt(-1) != i) problems.add("note type " + e.getKey() + " field ords out of order");
                }
                Set<String> names = new HashSet<>();
                m.path("flds").forEach(f -> {
                    if (!names.add(f.path("name").asText())) problems.add("note type " + e.getKey() + " repeats a field name");
                });
                long id = m.path("id").asLong();
                fieldCount.put(id, m.path("flds").size());
                sortField.put(id, m.path("sortf").asInt());
                templates.put(id, m.path("tmpls").size());
                if (m.path("type").asInt() == 1) clozeTypes.add(id);
                else if (m.path("req").size() != m.path("tmpls").size()) problems.add("note type " + e.getKey() + " req does not cover its templates");
            });
            Set<String> deckNames = new HashSet<>();
            Set<Long> deckIds = model.deckIds();
            decks.fields().forEachRemaining(e -> {
                JsonNode d = e.getValue();
                for (String key : new String[] {"id", "name", "conf", "mod", "usn", "dyn", "desc"}) {
                    if (!d.has(key)) problems.add("deck " + e.getKey() + " lacks " + key);
                }
                deckNames.add(d.path("name").asText());
                deckIds.add(d.path("id").asLong());
                if (!dconf.has(String.valueOf(d.path("conf").asLong()))) problems.add("deck " + d.path("name").asText() + " uses a missing options group");
            });
            for (String name : deckNames) {
                int cut = name.lastIndexOf("::");
                if (cut > 0 && !deckNames.contains(name.substring(0, cut))) problems.add("deck " + name + " has no parent deck");
            }
            dconf.fields().forEachRemaining(e -> {
                for (String key : new String[] {"id", "name", "new", "rev", "lapse"}) {
                    if (!e.getValue().has(key)) problems.add("options group " + e.getKey() + " lacks " + key);
                }
                JsonNode w = e.getValue().path("fsrsParams6");
                if (w.isArray() && w.size() != 0 && w.size() != 21) problems.add("options group " + e.getKey() + " has " + w.size() + " FSRS-6 parameters");
            });
            checkRows(st, model, exportedAt, problems);
        }
    }

    /** Notes, cards and revlog: the same tables in schema 11 and 18. */
    private static void checkRows(Statement st, Model model, Instant exportedAt, List<String> problems) throws Exception {
        Map<Long, Integer> fieldCount = model.fieldCount();
        Map<Long, Integer> sortField = model.sortField();
        Map<Long, Integer> templates = model.templates();
        Set<Long> clozeTypes = model.clozeTypes();
        Set<Long> deckIds = model.deckIds();
        {
            long latestMs = exportedAt.toEpochMilli();
            Map<Long, Long> noteType = new HashMap<>();
            Set<String> guids = new HashSet<>();
            ResultSet notes = st.executeQuery("select id, guid, mid, flds, sfld, csum from notes");
            while (notes.next()) {
                long id = notes.getLong(1);
                if (id < MS_2001 || id > latestMs) problems.add("note id " + id + " is not a creation time in epoch ms");
                if (notes.getString(2).isEmpty() || !guids.add(notes.getString(2))) problems.add("note " + id + " has an empty or repeated GUID");
                long mid = notes.getLong(3);
                noteType.put(id, mid);
                String[] fields = notes.getString(4).split("\u001f", -1);
                if (!fieldCount.containsKey(mid)) {
                    problems.add("note " + id + " has an unknown note type");
                    continue;
                }
                if (fields.length != fieldCount.get(mid)) problems.add("note " + id + " has " + fields.length + " fields, its type " + fieldCount.get(mid));
                String sorted = AnkiText.stripHtmlPreservingMedia(fields[Math.min(sortField.get(mid), fields.length - 1)]);
                if (!sorted.equals(notes.getString(5))) problems.add("note " + id + " sfld is not Anki's");
                if (notes.getLong(6) != AnkiText.checksum(AnkiText.stripHtmlPreservingMedia(fields[0]))) problems.add("note " + id + " csum is not Anki's");
            }
            Set<Long> cardIds = new HashSet<>();
            Set<String> noteOrds = new HashSet<>();
            Map<Long, Integer> cardType = new HashMap<>();
            ResultSet cards = st.executeQuery("select id, nid, did, ord, type, queue, due, ivl, factor, left, data from cards");
            while (cards.next()) {
                long id = cards.getLong(1);
                cardIds.add(id);
                if (id < MS_2001 || id > latestMs) problems.add("card id " + id + " is not a creation time in epoch ms");
                Long mid = noteType.get(cards.getLong(2));
                if (mid == null) problems.add("card " + id + " has no note");
                if (!deckIds.contains(cards.getLong(3))) problems.add("card " + id + " is in a missing deck");
                int ord = cards.getInt(4);
                if (!noteOrds.add(cards.getLong(2) + "/" + ord)) problems.add("card " + id + " repeats its note's ord " + ord);
                if (mid != null && !clozeTypes.contains(mid) && ord >= templates.get(mid)) problems.add("card " + id + " ord has no template");
                int type = cards.getInt(5);
                int queue = cards.getInt(6);
                long due = cards.getLong(7);
                cardType.put(id, type);
                if (type < 0 || type > 3) problems.add("card " + id + " type " + type);
                boolean inDays = queue == 2 || queue == 3 || (queue < 0 && type == 2);
                boolean inSeconds = queue == 1 || queue == 4 || (queue < 0 && (type == 1 || type == 3));
                if (inDays && (due < 0 || due > 1_000_000)) problems.add("card " + id + " due " + due + " is not a day number");
                if (inSeconds && due < 1_000_000_000L) problems.add("card " + id + " due " + due + " is not epoch seconds");
                if ((queue == 0 || queue < 0 && type == 0) && due < 0) problems.add("card " + id + " new position " + due);
                if (type == 2 && cards.getInt(8) < 1) problems.add("card " + id + " is a review with interval " + cards.getInt(8));
                JsonNode data = JSON.readTree(cards.getString(11).isEmpty() ? "{}" : cards.getString(11));
                if (!data.isObject()) problems.add("card " + id + " data is not a JSON object");
                if (data.has("d") && (data.get("d").asDouble() < 1 || data.get("d").asDouble() > 10)) problems.add("card " + id + " difficulty out of range");
                if (data.has("dr") && (data.get("dr").asDouble() <= 0 || data.get("dr").asDouble() >= 1)) problems.add("card " + id + " retention out of range");
            }
            Set<Long> revlogIds = new HashSet<>();
            ResultSet revlog = st.executeQuery("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog");
            while (revlog.next()) {
                long id = revlog.getLong(1);
                if (!revlogIds.add(id) || id < MS_2001 || id > latestMs) problems.add("revlog id " + id + " is not a unique epoch ms");
                if (!cardIds.contains(revlog.getLong(2))) problems.add("revlog " + id + " names a missing card");
                int ease = revlog.getInt(3);
                int type = revlog.getInt(8);
                if (ease < 0 || ease > 4 || type < 0 || type > 5) problems.add("revlog " + id + " ease " + ease + " type " + type);
                if (revlog.getInt(7) < 0) problems.add("revlog " + id + " negative time");
                int factor = revlog.getInt(6);
                if (factor != 0 && !(factor >= 100 && factor <= 1100) && factor < 1300) problems.add("revlog " + id + " factor " + factor + " is neither a difficulty nor an ease");
            }
        }
    }

    /**
     * Schema 18 as Anki opens it: {@code col} at ver 18 with its JSON columns empty; settings in
     * {@code config} as JSON; note types in {@code notetypes}/{@code fields}/{@code templates}
     * with protobuf configs (kind, sort field, CSS; ords from 0 without gaps, unique names, one
     * template for cloze, a requirement per template otherwise); decks by native name (levels
     * split by U+001F, every parent present, the Default deck 1) whose Normal kind points at an
     * existing options group; options groups (1 included) with steps, limits, ease, retention and
     * 0 or 21 FSRS-6 parameters; every note tag in {@code tags}. Then the row rules.
     */
    private static void checkSchema18(Path db, Instant exportedAt, List<String> problems) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            ResultSet col = st.executeQuery("select count(*), max(ver), max(crt), max(conf || models || decks || dconf || tags) from col");
            if (col.getInt(1) != 1) problems.add("col has " + col.getInt(1) + " rows, not 1");
            if (col.getInt(2) != 18) problems.add("col.ver is " + col.getInt(2) + ", not 18");
            if (Instant.ofEpochSecond(col.getLong(3)).atZone(java.time.ZoneOffset.UTC).getMinute() != 0) problems.add("col.crt is not on the hour");
            if (!col.getString(4).isEmpty()) problems.add("col keeps schema-11 JSON");
            for (String table : new String[] {"notetypes", "fields", "templates", "decks", "deck_config", "config", "tags", "graves"}) {
                ResultSet t = st.executeQuery("select count(*) from sqlite_master where type = 'table' and name = '" + table + "'");
                if (t.getInt(1) != 1) problems.add("no " + table + " table");
            }
            Map<String, JsonNode> config = new HashMap<>();
            ResultSet cf = st.executeQuery("select KEY, val from config");
            while (cf.next()) config.put(cf.getString(1), JSON.readTree(cf.getBytes(2)));
            for (String key : new String[] {"rollover", "schedVer", "curDeck", "activeDecks"}) {
                if (!config.containsKey(key)) problems.add("config lacks " + key);
            }
            if (config.containsKey("rollover") && !(config.get("rollover").isInt()
                    && config.get("rollover").asInt() >= 0 && config.get("rollover").asInt() < 24)) problems.add("config rollover is not an hour");

            Model model = new Model();
            Map<Long, List<String>> fieldNames = new HashMap<>();
            ResultSet f = st.executeQuery("select ntid, ord, name, config from fields order by ntid, ord");
            while (f.next()) {
                List<String> names = fieldNames.computeIfAbsent(f.getLong(1), k -> new ArrayList<>());
                if (f.getInt(2) != names.size()) problems.add("note type " + f.getLong(1) + " field ords have a gap");
                String name = f.getString(3);
                if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) problems.add("note type " + f.getLong(1) + " repeats a field name");
                names.add(name);
                Proto.decode(f.getBytes(4));
            }
            Map<Long, Integer> templateCount = new HashMap<>();
            ResultSet t = st.executeQuery("select ntid, ord, name, config from templates order by ntid, ord");
            while (t.next()) {
                int count = templateCount.merge(t.getLong(1), 1, Integer::sum);
                if (t.getInt(2) != count - 1) problems.add("note type " + t.getLong(1) + " template ords have a gap");
                if (Proto.string(Proto.decode(t.getBytes(4)), 1).isEmpty()) problems.add("template " + t.getString(3) + " has no question format");
            }
            Set<String> typeNames = new HashSet<>();
            ResultSet nt = st.executeQuery("select id, name, config from notetypes");
            while (nt.next()) {
                long id = nt.getLong(1);
                Map<Integer, List<Object>> cfg = Proto.decode(nt.getBytes(3));
                long kind = Proto.uint(cfg, 1);
                int fields = fieldNames.getOrDefault(id, List.of()).size();
                int tmpls = templateCount.getOrDefault(id, 0);
                if (!typeNames.add(nt.getString(2).toLowerCase(java.util.Locale.ROOT))) problems.add("note type name " + nt.getString(2) + " repeated");
                if (kind != 0 && kind != 1) problems.add("note type " + id + " kind " + kind);
                if (fields == 0) problems.add("note type " + id + " has no fields");
                if (tmpls == 0 || kind == 1 && tmpls != 1) problems.add("note type " + id + " has " + tmpls + " templates");
                if (Proto.uint(cfg, 2) >= Math.max(1, fields)) problems.add("note type " + id + " sorts by a missing field");
                if (!cfg.containsKey(3)) problems.add("note type " + id + " has no CSS");
                if (kind == 0 && cfg.getOrDefault(8, List.of()).size() != tmpls) problems.add("note type " + id + " requirements do not cover its templates");
                model.fieldCount().put(id, fields);
                model.sortField().put(id, (int) Proto.uint(cfg, 2));
                model.templates().put(id, tmpls);
                if (kind == 1) model.clozeTypes().add(id);
            }
            Set<Long> configIds = new HashSet<>();
            ResultSet dc = st.executeQuery("select id, name, config from deck_config");
            while (dc.next()) {
                configIds.add(dc.getLong(1));
                Map<Integer, List<Object>> cfg = Proto.decode(dc.getBytes(3));
                String g = "options group " + dc.getString(2);
                List<Float> learn = Proto.floats(cfg, 1);
                if (learn.isEmpty() || learn.stream().anyMatch(x -> x <= 0)) problems.add(g + " learning steps " + learn);
                if (Proto.uint(cfg, 9) == 0 && Proto.uint(cfg, 10) == 0) problems.add(g + " has no daily limits");
                if (Proto.float32(cfg, 11) < 1.3f) problems.add(g + " starting ease " + Proto.float32(cfg, 11));
                float dr = Proto.float32(cfg, 37);
                if (dr <= 0 || dr >= 1) problems.add(g + " desired retention " + dr);
                if (Proto.uint(cfg, 16) == 0) problems.add(g + " has no maximum interval");
                int params = Proto.floats(cfg, 6).size();
                if (params != 0 && params != 21) problems.add(g + " has " + params + " FSRS-6 parameters");
            }
            if (!configIds.contains(1L)) problems.add("no options group 1 (Default)");
            Set<String> deckNames = new HashSet<>();
            Map<String, Long> deckConfig = new HashMap<>();
            ResultSet d = st.executeQuery("select id, name, common, kind from decks");
            while (d.next()) {
                String name = d.getString(2);
                if (name.contains("::")) problems.add("deck " + name + " is not a native name");
                deckNames.add(name);
                model.deckIds().add(d.getLong(1));
                Proto.decode(d.getBytes(3));
                List<Object> normal = Proto.decode(d.getBytes(4)).getOrDefault(1, List.of());
                if (normal.size() != 1) problems.add("deck " + name + " is not a normal deck");
                else deckConfig.put(name, Proto.uint(Proto.decode((byte[]) normal.get(0)), 1));
            }
            if (!model.deckIds().contains(1L)) problems.add("no Default deck (id 1)");
            for (String name : deckNames) {
                int cut = name.lastIndexOf('\u001f');
                if (cut > 0 && !deckNames.contains(name.substring(0, cut))) problems.add("deck " + name + " has no parent deck");
                if (!configIds.contains(deckConfig.getOrDefault(name, -1L))) problems.add("deck " + name + " uses a missing options group");
            }
            Set<String> tags = new HashSet<>();
            ResultSet tg = st.executeQuery("select tag from tags");
            while (tg.next()) tags.add(tg.getString(1).toLowerCase(java.util.Locale.ROOT));
            ResultSet nts = st.executeQuery("select id, tags from notes");
            while (nts.next()) {
                for (String tag : nts.getString(2).strip().split("\\s+")) {
                    if (!tag.isEmpty() && !tags.contains(tag.toLowerCase(java.util.Locale.ROOT))) problems.add("note " + nts.getLong(1) + " tag " + tag + " not in tags");
                }
            }
            checkRows(st, model, exportedAt, problems);
        }
    }

    /** zstd frames of unknown size, streamed (Zstd.decompress allocates the whole bound up front). */
    public static byte[] unzstd(byte[] packed) throws java.io.IOException {
        try (var in = new com.github.luben.zstd.ZstdInputStream(new java.io.ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        }
    }

    /** A protobuf wire decoder of its own, so the check does not share the reader's code. */
    public static final class Proto {
        public static Map<Integer, List<Object>> decode(byte[] b) {
            Map<Integer, List<Object>> out = new HashMap<>();
            int[] pos = {0};
            while (pos[0] < b.length) {
                long key = varint(b, pos);
                int field = (int) (key >>> 3);
                Object v = switch ((int) (key & 7)) {
                    case 0 -> varint(b, pos);
                    case 1 -> { pos[0] += 8; yield null; }
                    case 2 -> {
                        int len = (int) varint(b, pos);
                        byte[] x = java.util.Arrays.copyOfRange(b, pos[0], pos[0] + len);
                        if (pos[0] + len > b.length) throw new IllegalArgumentException("truncated");
                        pos[0] += len;
                        yield x;
                    }
                    case 5 -> {
                        int bits = (b[pos[0]] & 0xff) | (b[pos[0] + 1] & 0xff) << 8 | (b[pos[0] + 2] & 0xff) << 16 | (b[pos[0] + 3] & 0xff) << 24;
                        pos[0] += 4;
                        yield Float.intBitsToFloat(bits);
                    }
                    default -> throw new IllegalArgumentException("wire type " + (key & 7));
                };
                out.computeIfAbsent(field, k -> new ArrayList<>()).add(v);
            }
            return out;
        }

        private static long varint(byte[] b, int[] pos) {
            long r = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b[pos[0]++];
                r |= (long) (x & 0x7f) << shift;
                if ((x & 0x80) == 0) return r;
            }
        }

        public static long uint(Map<Integer, List<Object>> m, int field) {
            List<Object> v = m.get(field);
            return v == null ? 0 : (Long) v.get(v.size() - 1);
        }

        public static String string(Map<Integer, List<Object>> m, int field) {
            return new String(bytes(m, field), java.nio.charset.StandardCharsets.UTF_8);
        }

        public static byte[] bytes(Map<Integer, List<Object>> m, int field) {
            List<Object> v = m.get(field);
            return v == null ? new byte[0] : (byte[]) v.get(v.size() - 1);
        }

        public static float float32(Map<Integer, List<Object>> m, int field) {
            List<Object> v = m.get(field);
            return v == null ? 0f : (Float) v.get(v.size() - 1);
        }

        /** A packed repeated float. */
        public static List<Float> floats(Map<Integer, List<Object>> m, int field) {
            List<Float> out = new ArrayList<>();
            for (Object o : m.getOrDefault(field, List.of())) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap((byte[]) o).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                while (buf.remaining() >= 4) out.add(buf.getFloat());
            }
            return out;
        }
    }
}
