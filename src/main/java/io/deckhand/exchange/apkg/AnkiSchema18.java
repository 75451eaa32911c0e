package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.deckhand.domain.deck.DeckName;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a schema-11 collection (what {@link ApkgWriter} builds) into schema 18, the layout of a
 * current package's {@code collection.anki21b}, the way Anki's own upgrade does it: the JSON in
 * the {@code col} row moves into the {@code notetypes}, {@code fields}, {@code templates},
 * {@code decks}, {@code deck_config}, {@code config} and {@code tags} tables (configs as
 * protobuf, config values as JSON), the JSON columns are emptied and {@code ver} becomes 18.
 * Notes, cards and the review log are the same in both. Working from the written JSON keeps
 * the two collections of one package identical in content.
 */
final class AnkiSchema18 {
    /** Schema 18 separates deck levels with U+001F ("native" names) instead of "::". */
    static final String DECK_SEPARATOR = "\u001f";

    private AnkiSchema18() {
    }

    /** Anki's schema-18 tables and indexes beyond schema 11's (rslib/src/storage/upgrades, 14 to 18). */
    private static final String[] DDL = {
        "create table deck_config (id integer primary key not null, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, config blob not null)",
        "create table config (KEY text not null primary key, usn integer not null, mtime_secs integer not null,"
                + " val blob not null) without rowid",
        "create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,"
                + " config blob not null, primary key (ntid, ord)) without rowid",
        "create unique index idx_fields_name_ntid on fields (name, ntid)",
        "create table templates (ntid integer not null, ord integer not null, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid",
        "create unique index idx_templates_name_ntid on templates (name, ntid)",
        "create index idx_templates_usn on templates (usn)",
        "create table notetypes (id integer not null primary key, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, config blob not null)",
        "create unique index idx_notetypes_name on notetypes (name)",
        "create index idx_notetypes_usn on notetypes (usn)",
        "create table decks (id integer primary key not null, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)",
        "create unique index idx_decks_name on decks (name)",
        "create index idx_notes_mid on notes (mid)",
        "create index idx_cards_odid on cards (odid) where odid != 0",
        "create table tags (tag text not null primary key collate unicase, usn integer not null,"
                + " collapsed boolean not null, config blob null) without rowid",
        "drop table graves",
        "create table graves (oid integer not null, type integer not null, usn integer not null,"
                + " primary key (oid, type)) without rowid",
        "create index idx_graves_pending on graves (usn)",
    };

    static void upgrade(Connection c) throws SQLException, IOException {
        AnkiCollectionReader.registerUnicase(c);
        String conf;
        String models;
        String decks;
        String dconf;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select conf, models, decks, dconf from col")) {
            if (!rs.next()) throw new SQLException("the collection has no col row");
            conf = rs.getString(1);
            models = rs.getString(2);
            decks = rs.getString(3);
            dconf = rs.getString(4);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String ddl : DDL) st.execute(ddl);
            config(c, AnkiJson.MAPPER.readTree(conf));
            noteTypes(c, AnkiJson.MAPPER.readTree(models));
            decks(c, AnkiJson.MAPPER.readTree(decks));
            deckConfigs(c, AnkiJson.MAPPER.readTree(dconf));
            tags(c);
            st.execute("update col set ver = 18, conf = '', models = '', decks = '', dconf = '', tags = ''");
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Each collection setting is a row holding its JSON value. */
    private static void config(Connection c, JsonNode conf) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("insert into config values (?, 0, 0, ?)")) {
            var it = conf.fields();
            while (it.hasNext()) {
                var e = it.next();
                ps.setString(1, e.getKey());
                ps.setBytes(2, AnkiJson.MAPPER.writeValueAsBytes(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void noteTypes(Connection c, JsonNode models) throws SQLException {
        try (PreparedStatement types = c.prepareStatement("insert into notetypes values (?, ?, ?, ?, ?)");
             PreparedStatement fields = c.prepareStatement("insert into fields values (?, ?, ?, ?)");
             PreparedStatement templates = c.prepareStatement("insert into templates values (?, ?, ?, ?, ?, ?)")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (JsonNode m : values(models)) {
                long id = m.path("id").asLong();
                ProtoWriter config = new ProtoWriter()
                        .uint(1, m.path("type").asInt())
                        .uint(2, m.path("sortf").asInt())
                        .string(3, m.path("css").asText(""))
                        .string(5, m.path("latexPre").asText(""))
                        .string(6, m.path("latexPost").asText(""))
                        .bool(7, m.path("latexsvg").asBoolean(false));
                for (JsonNode req : m.path("req")) {
                    List<Integer> ords = new ArrayList<>();
                    req.path(2).forEach(f -> ords.add(f.asInt()));
                    config.message(8, new ProtoWriter().uint(1, req.path(0).asInt())
                            .uint(2, requirementKind(req.path(1).asText())).uints(3, ords));
                }
                types.setLong(1, id);
                types.setString(2, unique(m.path("name").asText(), names));
                types.setLong(3, m.path("mod").asLong());
                types.setLong(4, m.path("usn").asLong());
                types.setBytes(5, config.toBytes());
                types.addBatch();
                for (JsonNode f : m.path("flds")) {
                    fields.setLong(1, id);
                    fields.setInt(2, f.path("ord").asInt());
                    fields.setString(3, f.path("name").asText());
                    fields.setBytes(4, new ProtoWriter()
                            .bool(1, f.path("sticky").asBoolean())
                            .bool(2, f.path("rtl").asBoolean())
                            .string(3, f.path("font").asText(""))
                            .uint(4, f.path("size").asInt())
                            .string(5, f.path("description").asText(""))
                            .toBytes());
                    fields.addBatch();
                }
                for (JsonNode t : m.path("tmpls")) {
                    templates.setLong(1, id);
                    templates.setInt(2, t.path("ord").asInt());
                    templates.setString(3, t.path("name").asText());
                    templates.setLong(4, m.path("mod").asLong());
                    templates.setLong(5, m.path("usn").asLong());
                    templates.setBytes(6, new ProtoWriter()
                            .string(1, t.path("qfmt").asText(""))
                            .string(2, t.path("afmt").asText(""))
                            .string(3, t.path("bqfmt").asText(""))
                            .string(4, t.path("bafmt").asText(""))
                            .uint(5, t.path("did").asLong(0))
                            .string(6, t.path("bfont").asText(""))
                            .uint(7, t.path("bsize").asInt())
                            .toBytes());
                    templates.addBatch();
                }
            }
            types.executeBatch();
            fields.executeBatch();
            templates.executeBatch();
        }
    }

    /** Notetype.Config.CardRequirement.Kind: none 0, any 1, all 2. */
    private static int requirementKind(String kind) {
        return switch (kind) {
            case "any" -> 1;
            case "all" -> 2;
            default -> 0;
        };
    }

    /** Deck.Common (collapsed states) and Deck.KindContainer holding Deck.Normal (options group, description). */
    private static void decks(Connection c, JsonNode decks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into decks values (?, ?, ?, ?, ?, ?)")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (JsonNode d : values(decks)) {
                ps.setLong(1, d.path("id").asLong());
                ps.setString(2, unique(d.path("name").asText().replace(DeckName.SEPARATOR, DECK_SEPARATOR), names));
                ps.setLong(3, d.path("mod").asLong());
                ps.setLong(4, d.path("usn").asLong());
                ps.setBytes(5, new ProtoWriter()
                        .bool(1, d.path("collapsed").asBoolean())
                        .bool(2, d.path("browserCollapsed").asBoolean())
                        .toBytes());
                ProtoWriter normal = new ProtoWriter()
                        .uint(1, d.path("conf").asLong(1))
                        .uint(2, d.path("extendNew").asInt())
                        .uint(3, d.path("extendRev").asInt())
                        .string(4, d.path("desc").asText(""));
                ps.setBytes(6, new ProtoWriter().message(1, normal).toBytes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final List<Double> EASY_DAYS = java.util.Collections.nCopies(7, 1.0);

    /**
     * DeckConfig.Config from an options group, field by field as Anki's schema-11 conversion maps
     * them, with Anki's defaults for what schema 11 does not hold; fields in number order, as
     * protobuf writes them (Anki's Default group comes out byte for byte as Anki writes it).
     */
    private static void deckConfigs(Connection c, JsonNode dconf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into deck_config values (?, ?, ?, ?, ?)")) {
            for (JsonNode g : values(dconf)) {
                JsonNode n = g.path("new");
                JsonNode r = g.path("rev");
                JsonNode l = g.path("lapse");
                ProtoWriter config = new ProtoWriter()
                        .floats(1, numbers(n.path("delays")))
                        .floats(2, numbers(l.path("delays")))
                        .floats(4, EASY_DAYS) // Anki's default when a group has none: every weekday at 100 %
                        .floats(6, numbers(g.path("fsrsParams6")))
                        .uint(9, n.path("perDay").asInt())
                        .uint(10, r.path("perDay").asInt())
                        .float32(11, n.path("initialFactor").asInt(2500) / 1000.0)
                        .float32(12, r.path("ease4").asDouble(1.3))
                        .float32(13, r.path("hardFactor").asDouble(1.2))
                        .float32(14, l.path("mult").asDouble())
                        .float32(15, r.path("ivlFct").asDouble(1.0))
                        .uint(16, r.path("maxIvl").asInt(36500))
                        .uint(17, l.path("minInt").asInt(1))
                        .uint(18, n.path("ints").path(0).asInt(1))
                        .uint(19, n.path("ints").path(1).asInt(4))
                        // schema 11 order: 0 random, 1 due; NewCardInsertOrder: 0 due, 1 random
                        .uint(20, n.path("order").asInt(1) == 0 ? 1 : 0)
                        .uint(21, l.path("leechAction").asInt(1))
                        .uint(22, l.path("leechFails").asInt(8))
                        .bool(23, !g.path("autoplay").asBoolean(true))
                        .uint(24, Math.max(0, g.path("maxTaken").asInt(60)))
                        .bool(25, g.path("timer").asInt() != 0)
                        .bool(26, !g.path("replayq").asBoolean(true))
                        .bool(27, n.path("bury").asBoolean())
                        .bool(28, r.path("bury").asBoolean())
                        .float32(37, g.path("desiredRetention").asDouble(0.9))
                        .float32(40, 0.9) // historical retention: Anki's default
                        .bool(44, true); // wait for audio: Anki's default
                ps.setLong(1, g.path("id").asLong());
                ps.setString(2, g.path("name").asText());
                ps.setLong(3, g.path("mod").asLong());
                ps.setLong(4, g.path("usn").asLong());
                ps.setBytes(5, config.toBytes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Schema 18 lists every tag the notes use (what Anki's "check database" would add). */
    private static void tags(Connection c) throws SQLException {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select tags from notes")) {
            while (rs.next()) {
                Arrays.stream(rs.getString(1).strip().split("\\s+")).filter(t -> !t.isEmpty()).forEach(tags::add);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into tags values (?, 0, 0, null)")) {
            for (String tag : tags) {
                ps.setString(1, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asDouble()));
        return out;
    }

    private static List<JsonNode> values(JsonNode objectOfObjects) {
        List<JsonNode> out = new ArrayList<>();
        objectOfObjects.elements().forEachRemaining(out::add);
        return out;
    }

    /** Names are unique ignoring case in schema 18; a clash gets "_" appended, as Anki's upgrade does. */
    private static String unique(String name, java.util.Set<String> taken) {
        String n = name;
        while (!taken.add(n.toLowerCase(java.util.Locale.ROOT))) n += "_";
        return n;
    }
}
