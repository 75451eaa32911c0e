package io.deckhand.exchange.csv;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.HtmlToMarkdown;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.exchange.apkg.ClozeRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of a text file into a {@link DeckPackage}: one note per row, a Basic card, or one
 * cloze card per {@code {{cN::..}}} number when the front holds clozes. Without a GUID column the
 * GUID is derived from the front, so importing the file again updates the same notes.
 */
public final class TextDeckMapper {
    private static final int MAX_LISTED_PROBLEMS = 5;
    /**
     * Characters one field may hold. Far beyond any card people write; a bigger one is a data dump that
     * would be stored several times over (note fields, card sides, search text).
     */
    public static final int MAX_FIELD_CHARS = 1 << 20;
    private final ClozeRenderer cloze = new ClozeRenderer();

    public DeckPackage toPackage(TextTable table, ColumnMapping mapping, DeckName defaultDeck, Instant now)
            throws FormatException {
        if (!table.problems().isEmpty() && !mapping.padRagged()) {
            List<String> shown = table.problems().subList(0, Math.min(MAX_LISTED_PROBLEMS, table.problems().size()));
            String more = table.problems().size() > shown.size()
                    ? " (and " + (table.problems().size() - shown.size()) + " more)" : "";
            throw new FormatException("The file has rows with a different number of fields: "
                    + String.join(" ", shown) + more + " Fix them, or choose to fill short rows and drop extra fields.");
        }
        Map<String, PackageDeck> decks = new LinkedHashMap<>();
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SchedulingState fresh = SchedulingState.newCard(now);
        DeckName fallback = table.deck().isBlank() ? defaultDeck : new DeckName(table.deck());
        long id = 1;
        for (CsvParser.Row row : table.rows()) {
            refuseHugeFields(row);
            String front = text(table, cell(row, mapping.front()));
            String back = text(table, cell(row, mapping.back()));
            if (front.isBlank()) {
                warnings.add("Line " + row.line() + " has an empty front and was skipped.");
                continue;
            }
            String deckCell = cell(row, mapping.deck()).strip();
            DeckName deckName = deckCell.isEmpty() ? fallback : new DeckName(deckCell);
            PackageDeck deck = decks.computeIfAbsent(deckName.value(), n -> new PackageDeck(decks.size() + 1, deckName, ""));
            List<String> tags = new ArrayList<>(table.tags());
            Arrays.stream(cell(row, mapping.tags()).strip().split("\\s+")).filter(t -> !t.isEmpty()).forEach(tags::add);
            String guid = cell(row, mapping.guid()).strip();
            if (guid.isEmpty()) guid = derivedGuid(front);
            long noteId = id++;
            var ordinals = cloze.ordinals(front);
            if (!ordinals.isEmpty()) {
                notes.add(new PackageNote(noteId, guid, StockNoteTypes.CLOZE_ID, List.of(front, back), tags, now));
                for (int n : ordinals) {
                    String answer = cloze.render(front, n, true) + (back.isBlank() ? "" : "\n\n" + back);
                    cards.add(new PackageCard(id++, noteId, deck.id(), n - 1, CardKind.CLOZE,
                            HtmlToMarkdown.convert(cloze.render(front, n, false)), HtmlToMarkdown.convert(answer),
                            fresh, false, false, false, 0));
                }
            } else if (reversed(table, row)) {
                // Anki's "Basic (and reversed card)": the same two fields asked both ways.
                notes.add(new PackageNote(noteId, guid, StockNoteTypes.REVERSED_ID, List.of(front, back), tags, now));
                cards.add(new PackageCard(id++, noteId, deck.id(), 0, CardKind.REVERSED, front, back, fresh, false, false, false, 0));
                cards.add(new PackageCard(id++, noteId, deck.id(), 1, CardKind.REVERSED, back, front, fresh, false, false, false, 0));
            } else {
                notes.add(new PackageNote(noteId, guid, StockNoteTypes.BASIC_ID, List.of(front, back), tags, now));
                cards.add(new PackageCard(id++, noteId, deck.id(), 0, CardKind.BASIC, front, back, fresh, false, false, false, 0));
            }
        }
        List<NoteType> types = List.of(StockNoteTypes.basic(), StockNoteTypes.reversed(), StockNoteTypes.cloze());
        return new DeckPackage(new ArrayList<>(decks.values()), types, notes, cards, List.of(), List.of(), warnings);
    }

    private static void refuseHugeFields(CsvParser.Row row) throws FormatException {
        for (int i = 0; i < row.fields().size(); i++) {
            int length = row.fields().get(i).length();
            if (length > MAX_FIELD_CHARS) {
                throw new FormatException("Line " + row.line() + ", field " + (i + 1) + " holds "
                        + String.format(java.util.Locale.ROOT, "%,d", length) + " characters; a field may hold at most "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_FIELD_CHARS)
                        + " (about 1 MB). Nothing was imported.");
            }
        }
    }

    /** The row's note type (its column, else the file's {@code #notetype:}) is Anki's reversed Basic. */
    private static boolean reversed(TextTable table, CsvParser.Row row) {
        String type = table.notetypeColumn() > 0 ? cell(row, table.notetypeColumn()).strip() : table.notetype();
        return type.toLowerCase(java.util.Locale.ROOT).endsWith("basic (and reversed card)");
    }

    private static String cell(CsvParser.Row row, int column) {
        return column >= 1 && column <= row.fields().size() ? row.fields().get(column - 1) : "";
    }

    /** Cards are Markdown: HTML fields ({@code #html:true}) are converted, plain text is kept as written. */
    private static String text(TextTable table, String value) {
        return table.html() ? HtmlToMarkdown.convert(value) : value.strip();
    }

    static String derivedGuid(String front) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("text-import\u0000" + front).getBytes(StandardCharsets.UTF_8));
            return "dh" + HexFormat.of().formatHex(d, 0, 9);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
