package io.deckhand.exchange.csv;

import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes notes as a tab-separated text file with Anki's headers, so Anki (and this reader) know
 * the GUID, note type, deck and tags columns: one row per note, fields as HTML.
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
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n")
                .append("#tags column:").append(4 + width).append('\n');
        for (PackageNote note : pkg.notes()) {
            List<String> row = new ArrayList<>();
            row.add(note.guid());
            NoteType type = types.get(note.noteTypeId());
            row.add(type == null ? "Basic" : type.name());
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

    private static String quote(String field) {
        if (field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0 && !field.startsWith("\"")) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

}
