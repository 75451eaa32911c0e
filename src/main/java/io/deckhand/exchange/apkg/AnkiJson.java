package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
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

    /**
     * The deck options groups ("dconf") of the exported decks' presets, by Anki id, with the
     * deck name to group id; {@code fsrs} when a preset schedules with FSRS.
     */
    record Presets(String json, Map<String, Long> confByDeckName, Map<Long, Double> retentionByDeck, boolean fsrs) {
    }

    /** Ids of exported presets: fixed per Deckhand preset, so a re-export updates the same group in Anki. */
    static final long PRESET_ID_BASE = 1_600_000_100_000L;

    static Presets presets(List<PackageDeck> decks, Instant now) throws JsonProcessingException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(AnkiSchema11.DCONF);
        Map<String, Long> byName = new HashMap<>();
        Map<Long, Double> retention = new HashMap<>();
        boolean fsrs = false;
        for (PackageDeck d : decks) {
            DeckPreset p = d.preset();
            if (p == null) continue;
            long id = PRESET_ID_BASE + p.id().value();
            byName.put(d.name().value(), id);
            retention.put(d.id(), p.desiredRetention());
            fsrs |= p.scheduler() == SchedulerKind.FSRS6;
            if (root.has(String.valueOf(id))) continue;
            ObjectNode c = root.putObject(String.valueOf(id));
            c.put("id", id);
            c.put("mod", now.getEpochSecond());
            c.put("name", p.name());
            c.put("usn", -1);
            c.put("maxTaken", 60);
            c.put("autoplay", true);
            c.put("timer", 0);
            c.put("replayq", true);
            c.put("dyn", false);
            ObjectNode n = c.putObject("new");
            n.put("bury", true);
            minutes(n.putArray("delays"), p.learningSteps());
            n.put("initialFactor", 2500);
            n.putArray("ints").add(1).add(4).add(0);
            n.put("order", 1);
            n.put("perDay", p.newPerDay());
            ObjectNode r = c.putObject("rev");
            r.put("bury", true);
            r.put("ease4", 1.3);
            r.put("ivlFct", 1.0);
            r.put("maxIvl", p.maximumIntervalDays());
            r.put("perDay", p.reviewsPerDay());
            r.put("hardFactor", 1.2);
            r.put("fuzz", p.fuzz());
            ObjectNode l = c.putObject("lapse");
            minutes(l.putArray("delays"), p.relearningSteps());
            l.put("leechAction", 1);
            l.put("leechFails", 8);
            l.put("minInt", 1);
            l.put("mult", 0.0);
            c.put("desiredRetention", p.desiredRetention());
            c.putArray("fsrsWeights");
            c.putArray("fsrsParams5");
            ArrayNode w = c.putArray("fsrsParams6");
            p.fsrsWeights().forEach(w::add);
        }
        return new Presets(MAPPER.writeValueAsString(root), byName, retention, fsrs);
    }

    private static void minutes(ArrayNode out, List<java.time.Duration> steps) {
        for (java.time.Duration d : steps) out.add(d.toSeconds() / 60.0);
    }

    /** Collection settings; {@code rollover} is the hour the user's day starts. */
    static String conf(int rolloverHour, boolean fsrs) throws JsonProcessingException {
        ObjectNode conf = (ObjectNode) MAPPER.readTree(AnkiSchema11.CONF);
        conf.put("rollover", rolloverHour);
        conf.put("fsrs", fsrs);
        return MAPPER.writeValueAsString(conf);
    }

    static String decks(List<PackageDeck> decks, AnkiExportIds ids, Presets presets, Instant now) throws JsonProcessingException {
        Map<String, String> descriptions = new HashMap<>();
        for (PackageDeck d : decks) descriptions.put(d.name().value(), d.description());
        ObjectNode root = MAPPER.createObjectNode();
        deck(root, 1, "Default", "", 1, now);
        for (Map.Entry<String, Long> e : ids.decksByName().entrySet()) {
            deck(root, e.getValue(), e.getKey(), descriptions.getOrDefault(e.getKey(), ""),
                    presets.confByDeckName().getOrDefault(e.getKey(), 1L), now);
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void deck(ObjectNode root, long id, String name, String desc, long conf, Instant now) {
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
        d.put("conf", conf);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
    }
}
