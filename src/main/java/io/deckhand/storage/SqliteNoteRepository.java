package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.note.Note;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

public final class SqliteNoteRepository implements NoteRepository {
    /** Well under SQLite's limit on bound parameters. */
    private static final int GUID_BATCH = 500;
    private static final String COLUMNS = "id, guid, note_type, fields, source_path, source_first_line, "
            + "source_last_line, source_headings, content_hash";
    private final Database db;
    private final Clock clock;

    public SqliteNoteRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Note insert(String guid, String noteType, List<String> fields, SourceRef source, String contentHash)
            throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO notes(guid, note_type, fields, source_path, "
                    + "source_first_line, source_last_line, source_headings, content_hash, modified_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            ps.setString(1, guid);
            ps.setString(2, noteType);
            ps.setString(3, Rows.joinList(fields));
            bindSource(ps, 4, source);
            ps.setString(8, contentHash == null ? "" : contentHash);
            ps.setLong(9, clock.millis());
            return new Note(new NoteId(Rows.insertReturningId(ps)), guid, noteType, fields, source, contentHash);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "add a note");
        }
    }

    @Override
    public Optional<Note> find(NoteId id) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM notes WHERE id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Optional<Note> findByGuid(String guid) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM notes WHERE guid = ?", guid).stream().findFirst();
    }

    @Override
    public List<Note> findByGuids(Collection<String> guids) throws DeckhandException {
        List<String> all = List.copyOf(new LinkedHashSet<>(guids));
        List<Note> out = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM notes WHERE guid IN ("
                + String.join(",", Collections.nCopies(GUID_BATCH, "?")) + ") ORDER BY id";
        for (int from = 0; from < all.size(); from += GUID_BATCH) {
            Object[] batch = new Object[GUID_BATCH];
            // A short last batch repeats its last guid: one statement shape, one cached statement.
            for (int k = 0; k < GUID_BATCH; k++) batch[k] = all.get(Math.min(all.size() - 1, from + k));
            out.addAll(query(sql, batch));
        }
        return out;
    }

    @Override
    public List<Note> ofCardsInDecks(Collection<DeckId> decks) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        return query("SELECT " + COLUMNS + " FROM notes WHERE id IN (SELECT note_id FROM cards WHERE deck_id IN ("
                + Rows.placeholders(decks.size()) + ")) ORDER BY id", decks.stream().map(DeckId::value).toArray());
    }

    @Override
    public List<Note> findBySourcePrefix(String pathPrefix) throws DeckhandException {
        String escaped = pathPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return query("SELECT " + COLUMNS + " FROM notes WHERE source_path LIKE ? ESCAPE '\\' ORDER BY id",
                escaped + "%");
    }

    @Override
    public void update(Note note) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE notes SET guid = ?, note_type = ?, fields = ?, source_path = ?, "
                    + "source_first_line = ?, source_last_line = ?, source_headings = ?, content_hash = ?, "
                    + "modified_ms = ? WHERE id = ?");
            ps.setString(1, note.guid());
            ps.setString(2, note.noteType());
            ps.setString(3, Rows.joinList(note.fields()));
            bindSource(ps, 4, note.source());
            ps.setString(8, note.contentHash());
            ps.setLong(9, clock.millis());
            ps.setLong(10, note.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save a note");
        }
    }

    @Override
    public void delete(NoteId id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM notes WHERE id = ?");
            ps.setLong(1, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete a note");
        }
    }

    private static void bindSource(PreparedStatement ps, int first, SourceRef source) throws SQLException {
        if (source == null) {
            for (int i = 0; i < 4; i++) ps.setNull(first + i, i == 0 || i == 3 ? Types.VARCHAR : Types.INTEGER);
            return;
        }
        ps.setString(first, source.path());
        ps.setInt(first + 1, source.firstLine());
        ps.setInt(first + 2, source.lastLine());
        ps.setString(first + 3, Rows.joinList(source.headingPath()));
    }

    private List<Note> query(String sql, Object... params) throws DeckhandException {
        return Rows.list(db, "read the notes", sql, rs -> {
            String path = rs.getString(5);
            SourceRef source = path == null ? null
                    : new SourceRef(path, rs.getInt(6), rs.getInt(7), Rows.splitList(rs.getString(8)));
            return new Note(new NoteId(rs.getLong(1)), rs.getString(2), rs.getString(3),
                    Rows.splitList(rs.getString(4)), source, rs.getString(9));
        }, params);
    }
}
