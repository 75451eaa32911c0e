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
        Path db = Files.createTempFile(scratch, "check-", ".anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            if (zip.getEntry("collection.anki2") == null) {
                problems.add("no collection.anki2 entry");
                return problems;
            }
            if (zip.getEntry("media") == null) problems.add("no media entry");
            else {
                JsonNode media = JSON.readTree(zip.getInputStream(zip.getEntry("media")));
                if (!media.isObject()) problems.add("media map is not a JSON object");
                media.fields().forEachRemaining(e -> {
                    if (zip.getEntry(e.getKey()) == null) problems.add("media " + e.getValue() + " listed but not packed");
                    if (!e.getKey().matches("\\d+")) problems.add("media entry name " + e.getKey() + " is not a number");
                });
            }
            try (var in = zip.getInputStream(zip.getEntry("collection.anki2"))) {
                Files.copy(in, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
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
            Map<Long, Integer> fieldCount = new HashMap<>();
            Map<Long, Integer> sortField = new HashMap<>();
            Map<Long, Integer> templates = new HashMap<>();
            Set<Long> clozeTypes = new HashSet<>();
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
            Set<Long> deckIds = new HashSet<>();
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
        } finally {
            Files.deleteIfExists(db);
        }
        return problems;
    }
}
