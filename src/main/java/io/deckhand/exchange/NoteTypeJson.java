package io.deckhand.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link NoteType} as JSON, for keeping an Anki note type in the collection between import and export. */
public final class NoteTypeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NoteTypeJson() {
    }

    public static String write(NoteType t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("cloze", t.cloze());
        ArrayNode fields = o.putArray("fields");
        t.fields().forEach(fields::add);
        ArrayNode templates = o.putArray("templates");
        for (CardTemplate ct : t.templates()) {
            templates.addObject().put("ord", ct.ordinal()).put("name", ct.name())
                    .put("qfmt", ct.questionFormat()).put("afmt", ct.answerFormat());
        }
        o.put("css", t.css());
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }

    /** The note type, or empty when the text is not one {@link #write} made. */
    public static Optional<NoteType> read(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            List<String> fields = new ArrayList<>();
            o.path("fields").forEach(f -> fields.add(f.asText()));
            List<CardTemplate> templates = new ArrayList<>();
            for (JsonNode t : o.path("templates")) {
                templates.add(new CardTemplate(t.path("ord").asInt(), t.path("name").asText(), t.path("qfmt").asText(),
                        t.path("afmt").asText()));
            }
            return Optional.of(new NoteType(o.path("id").asLong(), o.path("name").asText(), o.path("cloze").asBoolean(),
                    fields, templates, o.path("css").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
