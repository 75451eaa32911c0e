package io.deckhand.exchange.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.card.CardDraft;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link DeckFile} as stable, pretty-printed JSON (diff-friendly in git), as version 1
 * when it holds plain cards only (so the bundled decks do not change) and version 2 otherwise.
 */
public final class DeckFileWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(DeckFile deck, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", DeckFile.FORMAT);
        int version = deck.version();
        root.put("version", version);
        root.put("name", deck.name());
        root.put("description", deck.description());
        if (version >= 2) {
            ArrayNode presets = root.putArray("presets");
            deck.presets().forEach(p -> DeckFileValues.putPreset(presets.addObject(), p));
            ArrayNode decks = root.putArray("decks");
            deck.deckPresets().forEach((name, preset) -> decks.addObject().put("name", name).put("preset", preset));
        }
        ArrayNode cards = root.putArray("cards");
        for (DeckFile.Entry e : deck.cards()) {
            CardDraft c = e.card();
            ObjectNode n = cards.addObject();
            n.put("guid", e.guid());
            n.put("kind", c.kind().code());
            n.put("deck", c.deck());
            n.put("front", c.front());
            n.put("back", c.back());
            ArrayNode tags = n.putArray("tags");
            c.tags().forEach(tags::add);
            if (c.source() != null) {
                ObjectNode s = n.putObject("source");
                s.put("path", c.source().path());
                s.put("firstLine", c.source().firstLine());
                s.put("lastLine", c.source().lastLine());
                ArrayNode h = s.putArray("heading");
                c.source().headingPath().forEach(h::add);
            }
            if (!e.fields().isEmpty()) {
                ArrayNode fields = n.putArray("fields");
                e.fields().forEach(fields::add);
            }
            if (e.suspended()) n.put("suspended", true);
            if (e.scheduling() != null) DeckFileValues.putScheduling(n.putObject("scheduling"), e.scheduling());
            if (!e.reviews().isEmpty()) {
                ArrayNode reviews = n.putArray("reviews");
                e.reviews().forEach(r -> DeckFileValues.putReview(reviews.addObject(), r));
            }
        }
        mapper.writeValue(new NonClosing(out), root);
        out.write('\n');
    }

    /** Jackson closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
