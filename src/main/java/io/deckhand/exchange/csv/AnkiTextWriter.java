package io.deckhand.exchange.csv;

import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes notes as a tab-separated text file that stock Anki's text importer takes as it is: its
 * headers ({@code #separator:tab}, {@code #html:true}, {@code #columns:}, {@code #guid column:},
 * {@code #notetype column:}, {@code #deck column:}, {@code #tags column:}), one row per note, fields
 * as HTML. Deckhand's own three note types are named as Anki names its stock ones (Basic, Basic (and
 * reversed card), Cloze), which every Anki profile has; other note types (from Anki) keep their name.
 * A field with a line break is quoted, as Anki's reader expects, and keeps the break as written: in
 * the HTML it is what the card's Markdown made of it (a soft break shows as a space in Anki as in
 * Deckhand, a hard one is already {@code <br>}), so importing the file gives back the same text.
 */
public final class AnkiTextWriter {
    public String write(DeckPackage pkg) {
        Map<Long, NoteType> types = new HashMap<>();
        pkg.noteTypes().forEach(t -> types.put(t.id(), t));
        Map<Long, String> deckNames = new HashMap<>();
        pkg.decks().forEach(d -> deckNames.put(d.id(), d.name().value()));
        Map<Long, Long> deckOfNote = new HashMap<>();
        for (PackageCard c : pkg.cards()) deckOfNote.putIfAbsent(c.noteId(), c.deckId());
        int width = pkg.notes().stream().mapToInt(n -> n.fields().size()).max().orElse(2);
        List<String> columns = new ArrayList<>(List.of("GUID", "Notetype", "Deck"));
        columns.addAll(fieldNames(pkg, types, width));
        columns.add("Tags");
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#columns:").append(String.join("\t", columns)).append('\n')
                .append("#guid column:1\n#notetype column:2\n#deck column:3\n")
                .append("#tags column:").append(4 + width).append('\n');
        for (PackageNote note : pkg.notes()) {
            List<String> row = new ArrayList<>();
            row.add(note.guid());
            row.add(ankiName(types.get(note.noteTypeId()), note.noteTypeId()));
            row.add(deckNames.getOrDefault(deckOfNote.getOrDefault(note.id(), -1L), ""));
            row.addAll(note.fields());
            while (row.size() < 3 + width) row.add("");
            row.add(String.join(" ", note.tags()));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) out.append('\t');
                out.append(quote(row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The note type as stock Anki names it. */
    static String ankiName(NoteType type, long id) {
        if (id == StockNoteTypes.BASIC_ID) return "Basic";
        if (id == StockNoteTypes.REVERSED_ID) return "Basic (and reversed card)";
        if (id == StockNoteTypes.CLOZE_ID) return "Cloze";
        return type == null ? "Basic" : type.name();
    }

    /** The field names when every note has the same type, else Field 1, Field 2... */
    private static List<String> fieldNames(DeckPackage pkg, Map<Long, NoteType> types, int width) {
        Set<Long> used = new HashSet<>();
        pkg.notes().forEach(n -> used.add(n.noteTypeId()));
        List<String> names = new ArrayList<>();
        NoteType only = used.size() == 1 ? types.get(used.iterator().next()) : null;
        for (int i = 0; i < width; i++) {
            String name = only != null && i < only.fields().size() ? only.fields().get(i) : "Field " + (i + 1);
            names.add(name.replace('\t', ' '));
        }
        return names;
    }

    private static String quote(String field) {
        if (field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0 && !field.startsWith("\"")) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
