package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.exchange.CardTemplate;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageDeck;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JSON Anki's schema 11 keeps in the {@code col} row: note types ("models") and decks. */
final class AnkiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private AnkiJson() {
    }

    static String models(List<NoteType> types, Instant now) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        for (NoteType t : types) {
            ObjectNode m = root.putObject(String.valueOf(t.id()));
            m.put("id", t.id());
            m.put("name", t.name());
            m.put("type", t.cloze() ? 1 : 0);
            m.put("mod", now.getEpochSecond());
            m.put("usn", -1);
            m.put("sortf", 0);
            m.putNull("did");
            m.put("css", t.css());
            m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n"
                    + "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
            m.put("latexPost", "\\end{document}");
            m.put("latexsvg", false);
            m.putArray("tags");
            m.putArray("vers");
            ArrayNode flds = m.putArray("flds");
            for (int i = 0; i < t.fields().size(); i++) {
                ObjectNode f = flds.addObject();
                f.put("name", t.fields().get(i));
                f.put("ord", i);
                f.put("sticky", false);
                f.put("rtl", false);
                f.put("font", "Arial");
                f.put("size", 20);
                f.putArray("media");
            }
            ArrayNode tmpls = m.putArray("tmpls");
            for (CardTemplate ct : t.templates()) {
                ObjectNode o = tmpls.addObject();
                o.put("name", ct.name());
                o.put("ord", ct.ordinal());
                o.put("qfmt", ct.questionFormat());
                o.put("afmt", ct.answerFormat());
                o.put("bqfmt", "");
                o.put("bafmt", "");
                o.putNull("did");
                o.put("bfont", "");
                o.put("bsize", 0);
            }
            // card generation requirements: template n needs the field it shows first
            ArrayNode req = m.putArray("req");
            if (!t.cloze()) {
                for (CardTemplate ct : t.templates()) {
                    int field = firstField(t, ct.questionFormat());
                    ArrayNode r = req.addArray();
                    r.add(ct.ordinal());
                    r.add("any");
                    r.addArray().add(field);
                }
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static int firstField(NoteType t, String template) {
        int best = 0;
        int bestPos = Integer.MAX_VALUE;
        for (int i = 0; i < t.fields().size(); i++) {
            int pos = template.indexOf("{{" + t.fields().get(i) + "}}");
            if (pos >= 0 && pos < bestPos) {
                best = i;
                bestPos = pos;
            }
        }
        return best;
    }

    static String decks(List<PackageDeck> decks, AnkiExportIds ids, Instant now) throws JsonProcessingException {
        Map<String, String> descriptions = new HashMap<>();
        for (PackageDeck d : decks) descriptions.put(d.name().value(), d.description());
        ObjectNode root = MAPPER.createObjectNode();
        deck(root, 1, "Default", "", now);
        for (Map.Entry<String, Long> e : ids.decksByName().entrySet()) {
            deck(root, e.getValue(), e.getKey(), descriptions.getOrDefault(e.getKey(), ""), now);
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void deck(ObjectNode root, long id, String name, String desc, Instant now) {
        ObjectNode d = root.putObject(String.valueOf(id));
        d.put("id", id);
        d.put("name", name);
        d.put("mod", now.getEpochSecond());
        d.put("usn", -1);
        for (String k : new String[] {"lrnToday", "revToday", "newToday", "timeToday"}) d.putArray(k).add(0).add(0);
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", desc);
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
    }
}
