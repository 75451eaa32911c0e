package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.CardTemplate;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageDeck;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Note types and decks from both layouts: JSON in the {@code col} row (schema 11, what legacy
 * exports use) or the {@code notetypes}/{@code fields}/{@code templates}/{@code decks} tables with
 * protobuf configs (schema 15 and later).
 */
final class AnkiModelReader {
    /** Made on first use: Jackson loads some 370 classes at a command's start, and only the JSON layout (schema 11) needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** Schema 18 stores deck levels separated by U+001F instead of "::". */
    private static final String NATIVE_DECK_SEPARATOR = "\u001f";

    private final Connection db;
    private final boolean tableLayout;
    private final List<String> warnings;

    AnkiModelReader(Connection db, boolean tableLayout, List<String> warnings) {
        this.db = db;
        this.tableLayout = tableLayout;
        this.warnings = warnings;
    }

    Map<Long, NoteType> noteTypes() throws SQLException, IOException {
        return tableLayout ? noteTypesFromTables() : noteTypesFromJson();
    }

    Map<Long, PackageDeck> decks() throws SQLException, IOException {
        return tableLayout ? decksFromTable() : decksFromJson();
    }

    private Map<Long, NoteType> noteTypesFromJson() throws SQLException, IOException {
        Map<Long, NoteType> result = new LinkedHashMap<>();
        JsonNode models = Json.MAPPER.readTree(colText("models"));
        for (JsonNode m : iterable(models)) {
            long id = m.path("id").asLong();
            List<String> fields = new ArrayList<>();
            List<JsonNode> flds = sortedByOrd(m.path("flds"));
            for (JsonNode f : flds) fields.add(f.path("name").asText());
            List<CardTemplate> templates = new ArrayList<>();
            int i = 0;
            for (JsonNode t : sortedByOrd(m.path("tmpls"))) {
                templates.add(new CardTemplate(t.has("ord") ? t.path("ord").asInt() : i, t.path("name").asText("Card " + (i + 1)),
                        t.path("qfmt").asText(""), t.path("afmt").asText("")));
                i++;
            }
            if (fields.isEmpty()) {
                warnings.add("Note type \"" + m.path("name").asText() + "\" has no fields and was skipped.");
                continue;
            }
            result.put(id, new NoteType(id, m.path("name").asText("Note type " + id), m.path("type").asInt() == 1,
                    fields, templates, m.path("css").asText("")));
        }
        return result;
    }

    private Map<Long, NoteType> noteTypesFromTables() throws SQLException {
        Map<Long, List<String>> fields = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select ntid, name from fields order by ntid, ord")) {
            while (rs.next()) fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        Map<Long, List<CardTemplate>> templates = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select ntid, ord, name, config from templates order by ntid, ord")) {
            while (rs.next()) {
                String q = "";
                String a = "";
                ProtoReader p = new ProtoReader(rs.getBytes(4));
                while (p.next()) {
                    if (p.field() == 1 && p.wireType() == ProtoReader.LENGTH_DELIMITED) q = p.string();
                    else if (p.field() == 2 && p.wireType() == ProtoReader.LENGTH_DELIMITED) a = p.string();
                    else p.skip();
                }
                templates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new CardTemplate(rs.getInt(2), rs.getString(3), q, a));
            }
        }
        Map<Long, NoteType> result = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select id, name, config from notetypes")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                boolean cloze = false;
                String css = "";
                ProtoReader p = new ProtoReader(rs.getBytes(3));
                while (p.next()) {
                    if (p.field() == 1 && p.wireType() == ProtoReader.VARINT) cloze = p.varint() == 1;
                    else if (p.field() == 3 && p.wireType() == ProtoReader.LENGTH_DELIMITED) css = p.string();
                    else p.skip();
                }
                List<String> f = fields.getOrDefault(id, List.of());
                if (f.isEmpty()) {
                    warnings.add("Note type \"" + rs.getString(2) + "\" has no fields and was skipped.");
                    continue;
                }
                result.put(id, new NoteType(id, rs.getString(2), cloze, f, templates.getOrDefault(id, List.of()), css));
            }
        }
        return result;
    }

    private Map<Long, PackageDeck> decksFromJson() throws SQLException, IOException {
        Map<Long, PackageDeck> result = new LinkedHashMap<>();
        for (JsonNode d : iterable(Json.MAPPER.readTree(colText("decks")))) {
            addDeck(result, d.path("id").asLong(), d.path("name").asText(), d.path("desc").asText(""));
        }
        return result;
    }

    private Map<Long, PackageDeck> decksFromTable() throws SQLException {
        Map<Long, PackageDeck> result = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select id, name, kind from decks")) {
            while (rs.next()) addDeck(result, rs.getLong(1), rs.getString(2), description(rs.getBytes(3)));
        }
        return result;
    }

    /** Deck.KindContainer { Normal normal = 1 { string description = 4 } }; a filtered deck has none. */
    private static String description(byte[] kind) {
        ProtoReader container = new ProtoReader(kind);
        while (container.next()) {
            if (container.field() != 1 || container.wireType() != ProtoReader.LENGTH_DELIMITED) {
                container.skip();
                continue;
            }
            ProtoReader normal = new ProtoReader(container.bytes());
            while (normal.next()) {
                if (normal.field() == 4 && normal.wireType() == ProtoReader.LENGTH_DELIMITED) return normal.string();
                normal.skip();
            }
        }
        return "";
    }

    private void addDeck(Map<Long, PackageDeck> into, long id, String rawName, String description) {
        String name = rawName == null ? "" : rawName.replace(NATIVE_DECK_SEPARATOR, DeckName.SEPARATOR);
        if (name.isBlank()) {
            warnings.add("A deck without a name (id " + id + ") was renamed \"Imported\".");
            name = "Imported";
        }
        into.put(id, new PackageDeck(id, new DeckName(name), description));
    }

    private String colText(String column) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select " + column + " from col")) {
            String text = rs.next() ? rs.getString(1) : null;
            return text == null || text.isBlank() ? "{}" : text;
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode objectOfObjects) {
        List<JsonNode> values = new ArrayList<>();
        objectOfObjects.elements().forEachRemaining(values::add);
        return values;
    }

    private static List<JsonNode> sortedByOrd(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.elements().forEachRemaining(list::add);
        list.sort(Comparator.comparingInt(n -> n.path("ord").asInt(0)));
        return list;
    }
}
