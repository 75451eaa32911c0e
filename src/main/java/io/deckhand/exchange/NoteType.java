package io.deckhand.exchange;

import java.util.List;
import java.util.Objects;

/** A note type (Anki "model"): named fields and the templates that turn a note into cards. */
public record NoteType(long id, String name, boolean cloze, List<String> fields, List<CardTemplate> templates, String css) {
    public NoteType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        templates = List.copyOf(templates);
        css = css == null ? "" : css;
        if (fields.isEmpty()) throw new IllegalArgumentException("note type " + name + " has no fields");
    }

    /** Index of the field with this name (exact, then ignoring case), or -1. */
    public int fieldIndex(String fieldName) {
        int i = fields.indexOf(fieldName);
        if (i >= 0) return i;
        for (int j = 0; j < fields.size(); j++) {
            if (fields.get(j).equalsIgnoreCase(fieldName)) return j;
        }
        return -1;
    }
}
