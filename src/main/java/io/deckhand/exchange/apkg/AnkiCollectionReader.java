package io.deckhand.exchange.apkg;

import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.CardTemplate;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.HtmlToMarkdown;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import io.deckhand.exchange.ReviewKind;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.Collation;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/** Reads an unpacked Anki collection (SQLite) into a {@link DeckPackage}. */
final class AnkiCollectionReader {
    static final int MIN_SCHEMA = 11;
    static final int MAX_SCHEMA = 18;
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final long DEFAULT_DECK_ID = 1;

    /** The tables Deckhand reads; each must be a plain table, never a view or a virtual table. */
    private static final List<String> READ_TABLES =
            List.of("col", "notes", "cards", "revlog", "notetypes", "fields", "templates", "decks");
    /** No string or blob in a collection is larger (SQLite's default allows 1 GB each). */
    private static final int MAX_VALUE_BYTES = 256 << 20;
    /** SQLite calls the progress handler every this many virtual-machine steps. */
    private static final int PROGRESS_STEPS = 1_000;
    /** Compiled once, not per note as String.split would. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Duration maxReadTime;

    AnkiCollectionReader() {
        this(ApkgReader.MAX_READ_TIME);
    }

    AnkiCollectionReader(Duration maxReadTime) {
        this.maxReadTime = maxReadTime;
    }

    DeckPackage read(Path sqlite, String displayName, List<MediaFile> media) throws FormatException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean[] timedOut = {false};
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath(), config.toProperties())) {
            registerUnicase(db);
            // a foreign file may be built so that a query never ends: stop every query at one deadline
            long deadline = System.nanoTime() + maxReadTime.toNanos();
            ProgressHandler.setHandler(db, PROGRESS_STEPS, new ProgressHandler() {
                @Override
                protected int progress() {
                    if (System.nanoTime() - deadline < 0) return 0;
                    timedOut[0] = true;
                    return 1;
                }
            });
            db.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
            requirePlainTables(db, displayName);
            int version = schemaVersion(db, displayName);
            if (version < MIN_SCHEMA || version > MAX_SCHEMA) {
                throw new FormatException(displayName + " uses Anki collection schema version " + version
                        + ", which Deckhand cannot read (it reads versions " + MIN_SCHEMA + " to " + MAX_SCHEMA
                        + "). Open it in a current Anki and export it again.");
            }
            List<String> warnings = new ArrayList<>();
            AnkiModelReader models = new AnkiModelReader(db, hasTable(db, "notetypes"), warnings);
            Map<Long, NoteType> noteTypes = models.noteTypes();
            Map<Long, PackageDeck> decks = models.decks();
            Map<Long, PackageNote> notes = notes(db, noteTypes, warnings);
            List<PackageReview> reviews = new ArrayList<>();
            Map<Long, Instant> lastReviews = reviews(db, reviews, warnings);
            List<PackageCard> cards = cards(db, collectionCreated(db), noteTypes, decks, notes, lastReviews, warnings);
            dropEmptyDefaultDeck(decks, cards);
            return new DeckPackage(new ArrayList<>(decks.values()), new ArrayList<>(noteTypes.values()),
                    new ArrayList<>(notes.values()), cards, reviews, media, warnings);
        } catch (SQLException e) {
            if (timedOut[0]) {
                throw new FormatException("Reading the collection in " + displayName + " took longer than "
                        + minutes(maxReadTime) + " and was stopped; the file may be damaged or built never to finish.", e);
            }
            throw new FormatException("The collection in " + displayName
                    + " cannot be read: the database is damaged or incomplete (" + firstLine(e.getMessage()) + ").", e);
        } catch (IOException | RuntimeException e) {
            throw new FormatException("The collection in " + displayName + " has settings Deckhand cannot read ("
                    + firstLine(String.valueOf(e.getMessage())) + ").", e);
        }
    }

    private static String minutes(Duration d) {
        return d.toSeconds() >= 120 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
    }

    /** Views and virtual tables can run any query, endless ones too; Anki's tables are plain tables. */
    private static void requirePlainTables(Connection db, String displayName) throws SQLException, FormatException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select lower(name), type, coalesce(sql, '') from sqlite_master")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!READ_TABLES.contains(name)) continue;
                boolean virtual = rs.getString(3).strip().toLowerCase(java.util.Locale.ROOT).startsWith("create virtual");
                if (!"table".equals(rs.getString(2)) || virtual) {
                    throw new FormatException(displayName + " is not a genuine Anki collection: its " + name
                            + " is not a table (it is a " + (virtual ? "virtual table" : rs.getString(2))
                            + "); it was not opened.");
                }
            }
        }
    }

    /** Anki's tables declare the {@code unicase} collation; SQLite refuses to use them without it. */
    static void registerUnicase(Connection db) throws SQLException {
        Collation.create(db, "unicase", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return String.CASE_INSENSITIVE_ORDER.compare(a, b);
            }
        });
    }

    private static int schemaVersion(Connection db, String displayName) throws SQLException, FormatException {
        if (!hasTable(db, "col")) {
            throw new FormatException(displayName + " is an SQLite file but not an Anki collection (it has no col table).");
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select ver from col")) {
            if (!rs.next()) throw new FormatException(displayName + " is an empty Anki collection (no col row).");
            return rs.getInt(1);
        }
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (var ps = db.prepareStatement("select 1 from sqlite_master where type='table' and name=?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Instant collectionCreated(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select crt from col")) {
            return rs.next() ? Instant.ofEpochSecond(rs.getLong(1)) : Instant.EPOCH;
        }
    }

    private static Map<Long, PackageNote> notes(Connection db, Map<Long, NoteType> noteTypes, List<String> warnings)
            throws SQLException {
        Map<Long, PackageNote> notes = new LinkedHashMap<>();
        int skipped = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select id, guid, mid, mod, tags, flds from notes order by id")) {
            while (rs.next()) {
                if (!readNote(rs, noteTypes, notes)) skipped++;
            }
        }
        if (skipped > 0) warnings.add(skipped + " notes with an unknown note type or no GUID were skipped.");
        return notes;
    }

    /*
     * One row per call, here and in reviews and cards: a loop's own body is compiled only after tens of
     * thousands of turns (on-stack replacement), so an import's 10,000 notes ran their loop in the
     * interpreter; a method called per row is compiled after a few hundred calls.
     */

    /** False when the row is skipped (unknown note type, no GUID). */
    private static boolean readNote(ResultSet rs, Map<Long, NoteType> noteTypes, Map<Long, PackageNote> notes)
            throws SQLException {
        long id = rs.getLong(1);
        NoteType type = noteTypes.get(rs.getLong(3));
        String guid = rs.getString(2);
        if (type == null || guid == null || guid.isEmpty()) return false;
        List<String> fields = new ArrayList<>(Arrays.asList(rs.getString(6).split(FIELD_SEPARATOR, -1)));
        while (fields.size() < type.fields().size()) fields.add("");
        List<String> tags = Arrays.stream(WHITESPACE.split(rs.getString(5).strip())).filter(t -> !t.isEmpty()).toList();
        notes.put(id, new PackageNote(id, guid, type.id(), fields.subList(0, type.fields().size()), tags,
                Instant.ofEpochSecond(rs.getLong(4))));
        return true;
    }

    /** Fills {@code out}; returns each card's latest review time. */
    private static Map<Long, Instant> reviews(Connection db, List<PackageReview> out, List<String> warnings)
            throws SQLException {
        Map<Long, Instant> last = new HashMap<>();
        int manual = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id")) {
            while (rs.next()) {
                if (!readReview(rs, out, last)) manual++; // manual reschedules and resets carry no answer
            }
        }
        if (manual > 0) warnings.add(manual + " review-log rows without an answer (manual reschedules) were skipped.");
        return last;
    }

    /** False when the row carries no answer. */
    private static boolean readReview(ResultSet rs, List<PackageReview> out, Map<Long, Instant> last) throws SQLException {
        int ease = rs.getInt(3);
        int type = rs.getInt(8);
        if (ease < 1 || ease > 4 || type < 0 || type > 5) return false;
        Instant at = Instant.ofEpochMilli(rs.getLong(1));
        long cid = rs.getLong(2);
        out.add(new PackageReview(rs.getLong(1), cid, at, Rating.fromCode(ease), ReviewKind.fromCode(type),
                rs.getInt(4), rs.getInt(5), Math.max(0, rs.getInt(6)), // intervals as written: steps are negative seconds
                Duration.ofMillis(Math.max(0, rs.getLong(7)))));
        Instant known = last.get(cid);
        if (known == null || at.isAfter(known)) last.put(cid, at);
        return true;
    }

    private List<PackageCard> cards(Connection db, Instant created, Map<Long, NoteType> noteTypes,
                                    Map<Long, PackageDeck> decks, Map<Long, PackageNote> notes,
                                    Map<Long, Instant> lastReviews, List<String> warnings) throws SQLException {
        AnkiCardMapper mapper = new AnkiCardMapper(created);
        List<PackageCard> cards = new ArrayList<>();
        int orphans = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select id, nid, did, odid, ord, type, queue, due, odue, ivl, factor, reps,"
                     + " lapses, flags, " + (hasColumn(db, "cards", "data") ? "data" : "''") + " from cards order by id")) {
            while (rs.next()) {
                PackageCard card = readCard(rs, mapper, noteTypes, decks, notes, lastReviews);
                if (card != null) cards.add(card);
                else orphans++;
            }
        }
        if (orphans > 0) warnings.add(orphans + " cards whose note or deck is missing were skipped.");
        return cards;
    }

    /** Null for an orphan: its note or deck is missing. */
    private PackageCard readCard(ResultSet rs, AnkiCardMapper mapper, Map<Long, NoteType> noteTypes,
                                 Map<Long, PackageDeck> decks, Map<Long, PackageNote> notes,
                                 Map<Long, Instant> lastReviews) throws SQLException {
        var row = new AnkiCardMapper.Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15));
        PackageNote note = notes.get(row.noteId());
        long deckId = row.originalDeckId() != 0 ? row.originalDeckId() : row.deckId();
        PackageDeck deck = decks.get(deckId);
        if (note == null || deck == null) return null;
        NoteType type = noteTypes.get(note.noteTypeId());
        String[] sides = render(type, note, deck, row.ordinal());
        var memory = mapper.memory(row);
        SchedulingState scheduling = mapper.scheduling(row, memory, lastReviews.get(row.id()));
        return new PackageCard(row.id(), note.id(), deck.id(), Math.max(0, row.ordinal()),
                AnkiCardMapper.kindOf(type.cloze(), type.templates().size()), sides[0], sides[1], scheduling,
                memory != null, mapper.suspended(row), mapper.buried(row), row.flags() & 7);
    }

    /** Every Anki collection has deck 1 ("Default"); importing it empty would only add clutter. */
    private static void dropEmptyDefaultDeck(Map<Long, PackageDeck> decks, List<PackageCard> cards) {
        PackageDeck fallback = decks.get(DEFAULT_DECK_ID);
        if (fallback == null) return;
        boolean used = cards.stream().anyMatch(c -> c.deckId() == DEFAULT_DECK_ID)
                || decks.values().stream().anyMatch(d -> fallback.name().isAncestorOf(d.name()));
        if (!used) decks.remove(DEFAULT_DECK_ID);
    }

    private String[] render(NoteType type, PackageNote note, PackageDeck deck, int ordinal) {
        CardTemplate template = null;
        if (!type.templates().isEmpty()) {
            template = type.cloze() ? type.templates().get(0) : type.templates().stream()
                    .filter(t -> t.ordinal() == ordinal).findFirst().orElse(type.templates().get(0));
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < type.fields().size(); i++) fields.put(type.fields().get(i), note.fields().get(i));
        if (template == null) {
            return new String[] {HtmlToMarkdown.convert(note.fields().get(0)),
                HtmlToMarkdown.convert(note.fields().size() > 1 ? note.fields().get(1) : "")};
        }
        var ctx = new TemplateRenderer.Context(fields, String.join(" ", note.tags()), deck.name().value(), type.name(),
                template.name(), type.cloze() ? ordinal + 1 : 0);
        String question = renderer.question(template.questionFormat(), ctx).strip();
        String answer = renderer.answer(template.answerFormat(), ctx, question);
        // Anki fields are HTML; Deckhand cards are Markdown (its renderer escapes raw HTML)
        return new String[] {HtmlToMarkdown.convert(question), HtmlToMarkdown.convert(TemplateRenderer.answerOnly(answer, question))};
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("pragma table_info(" + table + ")")) {
            while (rs.next()) {
                if (column.equalsIgnoreCase(rs.getString("name"))) return true;
            }
            return false;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
