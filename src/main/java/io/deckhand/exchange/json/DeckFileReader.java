package io.deckhand.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link DeckFile} of version 1 or 2, checking the format name and version before anything
 * else. Version 1 fields mean the same in version 2, so one reader serves both; unknown fields are
 * ignored.
 */
public final class DeckFileReader {
    private final ObjectMapper mapper;

    public DeckFileReader() {
        mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(5_000_000).build());
    }

    public DeckFile read(InputStream in) throws FormatException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            throw new FormatException("This is not a valid Deckhand deck file: " + e.getOriginalMessage()
                    + location(e), e);
        } catch (IOException e) {
            throw new FormatException("The deck file could not be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new FormatException("This is not a Deckhand deck file (no JSON object).");
        if (!DeckFile.FORMAT.equals(root.path("format").asText())) {
            throw new FormatException("This is not a Deckhand deck file (\"format\" should be \"" + DeckFile.FORMAT + "\").");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) throw new FormatException("The deck file has no valid \"version\".");
        if (version > DeckFile.VERSION) {
            throw new FormatException("The deck file uses format version " + version
                    + ", newer than this Deckhand reads (" + DeckFile.VERSION + "). Please update Deckhand.");
        }
        String name = text(root, "name", "the deck");
        deckName(name, "the deck's \"name\"");
        JsonNode cards = root.path("cards");
        if (!cards.isArray()) throw new FormatException("The deck file has no \"cards\" list.");
        List<DeckFile.Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cards) {
            i++;
            entries.add(entry(c, i, name));
        }
        List<DeckPreset> presets = new ArrayList<>();
        Map<String, String> deckPresets = new LinkedHashMap<>();
        if (version >= 2) {
            Set<String> presetNames = new HashSet<>();
            for (JsonNode p : root.path("presets")) {
                DeckPreset preset = DeckFileValues.preset(p, presets.size() + 1, "preset " + (presets.size() + 1));
                if (!presetNames.add(preset.name())) {
                    throw new FormatException("The deck file has two presets named \"" + preset.name() + "\".");
                }
                presets.add(preset);
            }
            for (JsonNode d : root.path("decks")) {
                String deck = d.path("name").asText("");
                String preset = d.path("preset").asText("");
                try {
                    deck = new DeckName(deck).value();
                } catch (IllegalArgumentException e) {
                    throw new FormatException("The deck file names an invalid deck \"" + deck + "\": " + e.getMessage());
                }
                if (!presetNames.contains(preset)) {
                    throw new FormatException("Deck \"" + deck + "\" uses preset \"" + preset + "\", which the file does not define.");
                }
                deckPresets.put(deck, preset);
            }
        }
        return new DeckFile(name, root.path("description").asText(""), entries, presets, deckPresets);
    }

    private static DeckFile.Entry entry(JsonNode c, int index, String deckName) throws FormatException {
        String where = "card " + index;
        CardKind kind;
        try {
            kind = CardKind.fromCode(c.path("kind").asText("basic"));
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + " has an unknown kind \"" + c.path("kind").asText() + "\".");
        }
        String front = text(c, "front", where);
        String back = text(c, "back", where);
        List<String> tags = new ArrayList<>();
        for (JsonNode t : c.path("tags")) tags.add(t.asText());
        SourceRef source = null;
        JsonNode s = c.path("source");
        if (s.isObject()) {
            List<String> headings = new ArrayList<>();
            for (JsonNode h : s.path("heading")) headings.add(h.asText());
            int first = s.path("firstLine").asInt(0);
            int last = Math.max(first, s.path("lastLine").asInt(first));
            source = new SourceRef(s.path("path").asText(""), Math.max(0, first), Math.max(0, last), headings);
        }
        String deck = c.path("deck").asText(deckName);
        if (!deck.isBlank()) deckName(deck, where + " \"deck\"");
        String guid = c.path("guid").asText("");
        if (guid.isBlank()) throw new FormatException(where + " has no \"guid\".");
        List<String> fields = new ArrayList<>();
        for (JsonNode f : c.path("fields")) fields.add(f.asText());
        JsonNode s2 = c.path("scheduling");
        SchedulingState scheduling = s2.isMissingNode() || s2.isNull()
                ? null : DeckFileValues.scheduling(s2, where + " \"scheduling\"");
        List<DeckFile.Review> reviews = new ArrayList<>();
        int r = 0;
        for (JsonNode row : c.path("reviews")) reviews.add(DeckFileValues.review(row, where + " review " + (++r)));
        CardDraft draft;
        try {
            draft = new CardDraft(kind, front, back, deck, tags, source);
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + ": " + e.getMessage());
        }
        return new DeckFile.Entry(guid, draft, fields, scheduling, c.path("suspended").asBoolean(false), reviews);
    }

    private static void deckName(String name, String where) throws FormatException {
        try {
            new DeckName(name);
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + " is not a valid deck name: \"" + name + "\".");
        }
    }

    private static String text(JsonNode node, String field, String where) throws FormatException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new FormatException(where + " has no \"" + field + "\".");
        }
        return v.asText();
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
