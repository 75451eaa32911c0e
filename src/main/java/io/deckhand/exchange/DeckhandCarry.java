package io.deckhand.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Deckhand's own note, carried through Anki in one hidden field (no template shows it): the
 * Markdown fields and card sides, card kinds, tags and where the note came from. Anki's fields
 * are HTML rendered from the Markdown, which cannot be turned back into the same Markdown (a
 * flowchart is an image there, a YAML block loses its fence); reading the carried note back
 * gives the note exactly. The field is deflated JSON in Base64, so Anki's editor sees no HTML in
 * it. {@code seen} fingerprints the visible fields as exported: when someone edited the note in
 * Anki, the edited text wins and only the note's identity and card kinds are taken from here.
 */
public final class DeckhandCarry {
    /** The name of the hidden field. */
    public static final String FIELD = "Deckhand";
    private static final String PREFIX = "deckhand1:";
    private static final long ID_OFFSET = 10;
    /** A carried note is a few KB; a field claiming more when inflated is not ours. */
    private static final int MAX_INFLATED = 16 << 20;
    /** Made on first use: Jackson loads some 370 classes at a command's start, and a package without Deckhand's own notes never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * One card of the note: its place among the note's cards, kind, Markdown sides and its own
     * tags (Anki keeps one tag list per note; null when not carried, as in exports before them).
     */
    public record CarriedCard(int index, CardKind kind, String front, String back, List<String> tags) {
        public CarriedCard {
            tags = tags == null ? null : List.copyOf(tags);
        }
    }

    public record Carried(String guid, List<String> fields, List<String> tags, SourceRef source, String contentHash,
                          List<CarriedCard> cards, String seen) {
        public Carried {
            fields = List.copyOf(fields);
            tags = List.copyOf(tags);
            cards = List.copyOf(cards);
            contentHash = contentHash == null ? "" : contentHash;
        }
    }

    private DeckhandCarry() {
    }

    /** Deckhand's three note types with the hidden field last; their own ids (a changed field list is a new type to Anki). */
    public static List<NoteType> noteTypes(String extraCss) {
        return StockNoteTypes.all(extraCss).stream().map(t -> {
            List<String> fields = new ArrayList<>(t.fields());
            fields.add(FIELD);
            return new NoteType(t.id() + ID_OFFSET, t.name(), t.cloze(), fields, t.templates(), t.css());
        }).toList();
    }

    /** The carrying type's id for one of {@link StockNoteTypes}' ids. */
    public static long noteTypeId(long stockId) {
        return stockId + ID_OFFSET;
    }

    /** A fingerprint of the visible fields, as written into the package. */
    public static String seen(List<String> visibleFields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest(String.join("\u001f", visibleFields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String encode(Carried c) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("guid", c.guid());
        root.set("fields", strings(c.fields()));
        root.set("tags", strings(c.tags()));
        if (c.source() != null) {
            ObjectNode s = root.putObject("source");
            s.put("path", c.source().path());
            s.put("first", c.source().firstLine());
            s.put("last", c.source().lastLine());
            s.set("headings", strings(c.source().headingPath()));
        }
        root.put("hash", c.contentHash());
        ArrayNode cards = root.putArray("cards");
        for (CarriedCard card : c.cards()) {
            ObjectNode o = cards.addObject().put("i", card.index()).put("kind", card.kind().code())
                    .put("front", card.front()).put("back", card.back());
            if (card.tags() != null) o.set("tags", strings(card.tags()));
        }
        root.put("seen", c.seen());
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("JSON of plain strings cannot fail", e);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 64);
        byte[] buf = new byte[8192];
        while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
        deflater.end();
        return PREFIX + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** The carried note, or empty when the field is not one Deckhand wrote (or is damaged). */
    public static Optional<Carried> decode(String field) {
        String text = field == null ? "" : field.strip();
        if (!text.startsWith(PREFIX)) return Optional.empty();
        try {
            byte[] packed = Base64.getDecoder().decode(text.substring(PREFIX.length()));
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buf, 0, n);
                if (out.size() > MAX_INFLATED) {
                    inflater.end();
                    return Optional.empty();
                }
            }
            boolean complete = inflater.finished();
            inflater.end();
            if (!complete) return Optional.empty();
            JsonNode root = Json.MAPPER.readTree(out.toByteArray());
            List<CarriedCard> cards = new ArrayList<>();
            for (JsonNode c : root.path("cards")) {
                cards.add(new CarriedCard(c.path("i").asInt(), CardKind.fromCode(c.path("kind").asText()),
                        requireText(c, "front"), requireText(c, "back"), c.has("tags") ? texts(c.path("tags")) : null));
            }
            SourceRef source = null;
            JsonNode s = root.path("source");
            if (s.isObject()) {
                source = new SourceRef(requireText(s, "path"), s.path("first").asInt(), s.path("last").asInt(),
                        texts(s.path("headings")));
            }
            String guid = requireText(root, "guid");
            if (guid.isEmpty() || cards.isEmpty()) return Optional.empty();
            return Optional.of(new Carried(guid, texts(root.path("fields")), texts(root.path("tags")), source,
                    root.path("hash").asText(""), cards, root.path("seen").asText("")));
        } catch (IllegalArgumentException | DataFormatException | IOException e) {
            return Optional.empty(); // damaged or foreign: the visible fields are read as any Anki note's
        }
    }

    /**
     * The package with every carried note read back: Anki notes that were one Deckhand note
     * become that note again (its GUID, Markdown fields, source), their cards take the carried
     * kinds and Markdown sides, numbered as they were in Deckhand. Other notes pass unchanged.
     */
    public static DeckPackage restore(DeckPackage pkg) {
        Map<Long, Integer> carryField = new HashMap<>();
        for (NoteType t : pkg.noteTypes()) {
            int i = t.fields().indexOf(FIELD);
            if (i >= 0) carryField.put(t.id(), i);
        }
        if (carryField.isEmpty()) return pkg;
        Map<Long, List<PackageCard>> cardsByNote = new HashMap<>();
        for (PackageCard c : pkg.cards()) cardsByNote.computeIfAbsent(c.noteId(), k -> new ArrayList<>()).add(c);
        Map<String, PackageNote> byGuid = new LinkedHashMap<>();
        List<PackageNote> notes = new ArrayList<>();
        Map<Long, PackageCard> restoredCards = new HashMap<>();
        for (PackageNote n : pkg.notes()) {
            Integer k = carryField.get(n.noteTypeId());
            Optional<Carried> carried = k == null || k >= n.fields().size() ? Optional.empty() : decode(n.fields().get(k));
            if (carried.isEmpty()) {
                notes.add(n);
                continue;
            }
            Carried c = carried.get();
            List<String> visible = new ArrayList<>(n.fields());
            visible.remove((int) k);
            boolean intact = seen(visible).equals(c.seen());
            // tags changed in Anki (on the note: Anki has no card tags) win for every card; else each card's own
            boolean tagsIntact = sameAnkiTags(n.tags(), c.tags());
            PackageNote merged = byGuid.get(c.guid());
            if (merged == null) {
                merged = new PackageNote(n.id(), c.guid(), n.noteTypeId(), c.fields(), tagsIntact ? c.tags() : n.tags(),
                        n.modified(), c.source(), c.contentHash());
                byGuid.put(c.guid(), merged);
                notes.add(merged);
            }
            for (PackageCard card : cardsByNote.getOrDefault(n.id(), List.of())) {
                if (card.ordinal() >= c.cards().size()) continue; // a card Anki made that Deckhand never had: kept as read
                CarriedCard cc = c.cards().get(card.ordinal());
                restoredCards.put(card.id(), new PackageCard(card.id(), merged.id(), card.deckId(), cc.index(), cc.kind(),
                        intact ? cc.front() : card.front(), intact ? cc.back() : card.back(), card.scheduling(),
                        card.hasMemoryState(), card.suspended(), card.buried(), card.flag(), tagsIntact ? cc.tags() : n.tags()));
            }
        }
        List<PackageCard> cards = pkg.cards().stream().map(c -> restoredCards.getOrDefault(c.id(), c)).toList();
        return new DeckPackage(pkg.decks(), pkg.noteTypes(), notes, cards, pkg.reviews(), pkg.media(), pkg.warnings());
    }

    /**
     * Whether Anki's tags are the carried ones as written into the package: a space inside a tag
     * became "_" there, and Anki may reorder tags or change their case to match its own.
     */
    static boolean sameAnkiTags(List<String> ankiTags, List<String> carried) {
        return ankiTagSet(ankiTags).equals(ankiTagSet(carried));
    }

    private static java.util.Set<String> ankiTagSet(List<String> tags) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : tags) {
            String s = t.strip().replaceAll("\\s+", "_").toLowerCase(java.util.Locale.ROOT);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) out.add(v.asText());
        return out;
    }

    private static String requireText(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("missing " + key);
        return v.asText();
    }
}
