package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.AnkiOrigins;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link AnkiOrigins} in the tables {@code anki_note_types} and {@code anki_notes} (schema 5). */
public final class SqliteAnkiOrigins implements AnkiOrigins {
    private final Database db;

    public SqliteAnkiOrigins(Database db) {
        this.db = db;
    }

    @Override
    public void keepNoteType(long id, String json) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT OR REPLACE INTO anki_note_types(id, json) VALUES (?, ?)");
            ps.setLong(1, id);
            ps.setString(2, json);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "keep the Anki note type");
        }
    }

    @Override
    public void forgetNoteType(long id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM anki_note_types WHERE id = ?");
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "remove the Anki note type");
        }
    }

    @Override
    public Map<Long, String> noteTypes(Collection<Long> ids) throws DeckhandException {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        try {
            PreparedStatement ps = db.prepare("SELECT id, json FROM anki_note_types WHERE id IN (SELECT value FROM json_each(?))");
            ps.setString(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read the Anki note types");
        }
    }

    @Override
    public void keepNote(NoteId note, Origin origin) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT OR REPLACE INTO anki_notes(note_id, anki_id, note_type_id, ords)"
                    + " VALUES (?, ?, ?, ?)");
            ps.setLong(1, note.value());
            ps.setLong(2, origin.ankiNoteId());
            ps.setLong(3, origin.noteTypeId());
            ps.setString(4, origin.ordinals().stream().map(String::valueOf).collect(Collectors.joining(",")));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "keep the note's Anki origin");
        }
    }

    @Override
    public Map<Long, Origin> ofNotesInDecks(Collection<DeckId> decks) throws DeckhandException {
        Map<Long, Origin> out = new HashMap<>();
        if (decks.isEmpty()) return out;
        try {
            PreparedStatement ps = db.prepare("SELECT note_id, anki_id, note_type_id, ords FROM anki_notes WHERE note_id IN"
                    + " (SELECT note_id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?)))");
            ps.setString(1, decks.stream().map(d -> String.valueOf(d.value())).collect(Collectors.joining(",", "[", "]")));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Integer> ords = new ArrayList<>();
                    for (String o : rs.getString(4).split(",")) {
                        if (!o.isBlank()) ords.add(Integer.parseInt(o.strip()));
                    }
                    out.put(rs.getLong(1), new Origin(rs.getLong(2), rs.getLong(3), ords));
                }
            }
            return out;
        } catch (SQLException | NumberFormatException e) {
            throw SqlErrors.wrap(e instanceof SQLException s ? s : new SQLException(e), "read the notes' Anki origins");
        }
    }
}
