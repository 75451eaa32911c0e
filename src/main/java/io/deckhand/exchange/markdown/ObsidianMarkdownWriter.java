package io.deckhand.exchange.markdown;

import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes notes in the Obsidian Spaced Repetition plugin's syntax: {@code Q::A} (basic),
 * {@code Q:::A} (both directions), {@code Q\n?\nA} / {@code Q\n??\nA} when a side spans lines or holds
 * the separator, and clozes as {@code ==highlights==} ({@code ==2;;text==} when deletions share a
 * number, {@code ==text;;hint==} with a hint). Each deck is a section tagged {@code #flashcards/Deck/Sub}.
 * A side with blank lines (paragraphs) cannot end at a blank line, so such a file ends every multi-line
 * card with {@value #END_MARKER} and says so in its front matter ({@code sr-multiline-end-marker}), which
 * Deckhand's notes importer reads; in Obsidian, set the plugin's multi-line end marker to the same.
 * Tags every written note has go into the front matter's {@code tags:}, which Deckhand's notes importer
 * gives every card (the plugin ignores tags outside its deck prefix); a note's other tags open its
 * card's first line after the deck tag ({@code #flashcards/K8s #storage Q::A}), where the plugin reads
 * the deck tag and leaves the rest as Obsidian tags, and Deckhand's importer reads them as the card's.
 * A deck tag cannot hold a space: where the tag does not give the deck's name back, the front
 * matter's {@code deckhand-decks:} maps the tag to the exact name.
 * What Markdown cannot say the same way, reported in {@link Export#notices()}: a front with blank
 * lines (the plugin starts a card after a blank line, so they are joined), tags holding spaces or '#'
 * (not Obsidian tags) and tags under the plugin's {@code flashcards} prefix (they would file the card
 * in that deck).
 */
public final class ObsidianMarkdownWriter {
    /** The multi-line end marker written when a card needs one. */
    public static final String END_MARKER = "+++";
    private static final Pattern CLOZE = Pattern.compile("(?s)\\{\\{c(\\d+)::(.*?)(?:::((?:(?!\\}\\}).)*))?\\}\\}");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</div>\\s*<div>|</p>\\s*<p>");
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n+");

    /** The file's text and what it could not write as it was, one line each in the user's words. */
    public record Export(String markdown, List<String> notices) {
        public Export {
            notices = List.copyOf(notices);
        }
    }

    public String write(DeckPackage pkg, String title) {
        return export(pkg, title).markdown();
    }

    public Export export(DeckPackage pkg, String title) {
        Map<Long, NoteType> types = new HashMap<>();
        pkg.noteTypes().forEach(t -> types.put(t.id(), t));
        Map<Long, PackageNote> notes = new HashMap<>();
        pkg.notes().forEach(n -> notes.put(n.id(), n));
        Map<Long, List<PackageNote>> byDeck = new LinkedHashMap<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (PackageCard c : pkg.cards()) {
            PackageNote note = notes.get(c.noteId());
            if (note == null || seen.putIfAbsent(note.id(), true) != null) continue;
            byDeck.computeIfAbsent(c.deckId(), k -> new ArrayList<>()).add(note);
        }
        boolean marker = false;
        for (List<PackageNote> deckNotes : byDeck.values()) {
            for (PackageNote n : deckNotes) marker |= needsEndMarker(n, types.get(n.noteTypeId()));
        }
        List<String> shared = sharedTags(byDeck.values());
        // Two decks whose names differ only where a tag cannot ("Core Concepts", "Core-Concepts") get
        // distinct tags, so the front matter's map can tell them apart.
        Map<Long, String> tags = new HashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (PackageDeck deck : pkg.decks()) {
            if (!byDeck.containsKey(deck.id())) continue;
            String tag = tag(deck);
            for (int n = 2; !used.add(tag); n++) tag = tag(deck) + "-" + n;
            tags.put(deck.id(), tag);
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (PackageDeck deck : pkg.decks()) {
            String tag = tags.get(deck.id());
            if (tag != null && !readBack(tag).equals(deck.name().value())) renamed.put(tag, deck.name().value());
        }
        StringBuilder out = new StringBuilder();
        if (marker || !shared.isEmpty() || !renamed.isEmpty()) {
            out.append("---\n");
            if (!shared.isEmpty()) {
                out.append("tags:\n");
                shared.forEach(t -> out.append("  - ").append(t).append('\n'));
            }
            if (marker) out.append("sr-multiline-end-marker: \"").append(END_MARKER).append("\"\n");
            if (!renamed.isEmpty()) {
                out.append("deckhand-decks:\n");
                renamed.forEach((t, name) -> out.append("  ").append(yamlString(t)).append(": ").append(yamlString(name)).append('\n'));
            }
            out.append("---\n");
        }
        Map<Long, Integer> cardsOfNote = new HashMap<>();
        pkg.cards().forEach(c -> cardsOfNote.merge(c.noteId(), 1, Integer::sum));
        int joined = 0;
        java.util.Set<String> unwritable = new java.util.LinkedHashSet<>();
        int notesWithUnwritable = 0;
        out.append("# ").append(title).append("\n");
        for (PackageDeck deck : pkg.decks()) {
            List<PackageNote> deckNotes = byDeck.get(deck.id());
            if (deckNotes == null) continue;
            // "::" in a heading would read as a card: the deck's levels are shown with " / "; "==" as a
            // cloze: an '=' before another is escaped ("=\="; Markdown shows "==").
            String heading = String.join(" / ", deck.name().parts()).replaceAll("=(?==)", "=\\\\");
            out.append("\n## ").append(heading).append("\n\n").append(tags.get(deck.id())).append("\n");
            for (PackageNote note : deckNotes) {
                NoteType type = types.get(note.noteTypeId());
                List<String> own = note.tags().stream().filter(t -> !shared.contains(t)).distinct().toList();
                List<String> lost = own.stream().filter(t -> !writableTag(t)).toList();
                unwritable.addAll(lost);
                if (!lost.isEmpty()) notesWithUnwritable++;
                List<String> inline = own.stream().filter(ObsidianMarkdownWriter::writableTag).toList();
                String lead = inline.isEmpty() ? "" : tags.get(deck.id()) + " #" + String.join(" #", inline) + " ";
                if (frontIsJoined(note, type)) joined += cardsOfNote.getOrDefault(note.id(), 1);
                out.append('\n').append(lead).append(card(note, type, marker)).append('\n');
            }
        }
        List<String> notices = new ArrayList<>();
        if (joined > 0) {
            notices.add(joined + (joined == 1 ? " card's front" : " cards' fronts")
                    + " held blank lines, written as one paragraph: the plugin starts a new card after a blank line.");
        }
        if (notesWithUnwritable > 0) {
            notices.add(notesWithUnwritable + (notesWithUnwritable == 1 ? " note's tags" : " notes' tags")
                    + " left out (" + String.join(", ", unwritable) + "): an Obsidian tag holds no space or '#',"
                    + " and a tag under flashcards/ would file the card in that deck.");
        }
        return new Export(out.toString(), notices);
    }

    /** The deck name Deckhand's importer reads from a deck tag without the front matter's map. */
    private static String readBack(String tag) {
        return String.join("::", java.util.Arrays.stream(tag.substring("#flashcards/".length()).split("/"))
                .filter(p -> !p.isBlank()).toList());
    }

    /** A YAML double-quoted string. */
    private static String yamlString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    private static boolean frontIsJoined(PackageNote note, NoteType type) {
        if (type != null && type.cloze()) return false;
        String front = plain(note.fields().get(0));
        return BLANK_LINES.matcher(front).find();
    }

    /** The tags every written note has, in the first note's order, that can be written as Obsidian tags. */
    static List<String> sharedTags(java.util.Collection<List<PackageNote>> notesByDeck) {
        List<String> shared = null;
        for (List<PackageNote> deckNotes : notesByDeck) {
            for (PackageNote n : deckNotes) {
                if (shared == null) shared = new ArrayList<>(n.tags());
                else shared.retainAll(n.tags());
            }
        }
        if (shared == null) return List.of();
        return shared.stream().filter(ObsidianMarkdownWriter::writableTag).distinct().toList();
    }

    private static boolean writableTag(String tag) {
        return !tag.isBlank() && !tag.matches(".*[\\s#,\\[\\]\"'].*") && !tag.equals("flashcards")
                && !tag.startsWith("flashcards/");
    }

    /** An Obsidian tag holds letters, digits, '_', '-' and '/' (levels): anything else in a level becomes '-'. */
    static String tag(PackageDeck deck) {
        return "#flashcards/" + String.join("/", deck.name().parts().stream()
                .map(p -> p.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "-")).toList());
    }

    private static boolean needsEndMarker(PackageNote note, NoteType type) {
        if (type != null && type.cloze()) return false;
        return note.fields().stream().limit(2).anyMatch(f -> hasBlankLine(plain(f)));
    }

    /** A blank line outside code fences (inside them it does not end a card). */
    static boolean hasBlankLine(String text) {
        boolean fenced = false;
        String fence = "";
        String previous = null;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!fenced && (t.startsWith("```") || t.startsWith("~~~"))) {
                fenced = true;
                fence = t.substring(0, 3);
            } else if (fenced && t.startsWith(fence)) {
                fenced = false;
            } else if (!fenced && t.isEmpty() && previous != null) {
                return true;
            }
            previous = line;
        }
        return false;
    }

    private static String card(PackageNote note, NoteType type, boolean marker) {
        String front = plain(note.fields().get(0));
        String back = note.fields().size() > 1 ? plain(note.fields().get(1)) : "";
        if (type != null && type.cloze()) {
            String text = highlights(front);
            // with an end marker in the file a blank line no longer ends a cloze card: the marker must
            String card = back.isBlank() ? text : text + "\n" + back;
            return marker ? card + "\n" + END_MARKER : card;
        }
        boolean reversed = type != null && type.templates().size() >= 2;
        if (front.contains("\n") || back.contains("\n") || front.contains("::") || back.contains("::")
                || front.contains("<!--") || back.contains("<!--")) {
            // A card starts after a blank line: a front cannot hold one.
            String f = BLANK_LINES.matcher(front).replaceAll("\n");
            return f + "\n" + (reversed ? "??" : "?") + "\n" + back + (marker ? "\n" + END_MARKER : "");
        }
        return front + (reversed ? ":::" : "::") + back;
    }

    /** Anki deletions as the plugin's highlights, numbered only where deletions share a number. */
    private static String highlights(String text) {
        Map<String, Integer> uses = new HashMap<>();
        Matcher count = CLOZE.matcher(text);
        while (count.find()) uses.merge(count.group(1), 1, Integer::sum);
        return CLOZE.matcher(text).replaceAll(m -> {
            String seq = uses.get(m.group(1)) > 1 ? m.group(1) + ";;" : "";
            String hint = m.group(3) == null || m.group(3).isBlank() ? "" : ";;" + m.group(3);
            return Matcher.quoteReplacement("==" + seq + m.group(2) + hint + "==");
        });
    }

    /** Anki fields are HTML; line breaks become real ones so Markdown shows them. */
    private static String plain(String html) {
        return BREAK.matcher(html).replaceAll("\n").replace("&nbsp;", " ").strip();
    }
}
