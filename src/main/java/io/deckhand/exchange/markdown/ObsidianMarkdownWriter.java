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
 * gives every card (the plugin ignores tags outside its deck prefix).
 * What Markdown cannot say the same way: a front with blank lines (the plugin starts a card after a
 * blank line, so they are joined), tags only some notes have (the plugin's syntax has no per-card tags;
 * the deck tag stands for them), tags holding spaces or '#' (not Obsidian tags), tags under the
 * plugin's {@code flashcards} prefix (they would file every card in that deck), and spaces in deck
 * names (written as '-': an Obsidian tag cannot hold a space).
 */
public final class ObsidianMarkdownWriter {
    /** The multi-line end marker written when a card needs one. */
    public static final String END_MARKER = "+++";
    private static final Pattern CLOZE = Pattern.compile("(?s)\\{\\{c(\\d+)::(.*?)(?:::((?:(?!\\}\\}).)*))?\\}\\}");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</div>\\s*<div>|</p>\\s*<p>");
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n+");

    public String write(DeckPackage pkg, String title) {
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
        StringBuilder out = new StringBuilder();
        if (marker || !shared.isEmpty()) {
            out.append("---\n");
            if (!shared.isEmpty()) {
                out.append("tags:\n");
                shared.forEach(t -> out.append("  - ").append(t).append('\n'));
            }
            if (marker) out.append("sr-multiline-end-marker: \"").append(END_MARKER).append("\"\n");
            out.append("---\n");
        }
        out.append("# ").append(title).append("\n");
        for (PackageDeck deck : pkg.decks()) {
            List<PackageNote> deckNotes = byDeck.get(deck.id());
            if (deckNotes == null) continue;
            // "::" in a heading would read as a card: the deck's levels are shown with " / ".
            out.append("\n## ").append(String.join(" / ", deck.name().parts())).append("\n\n").append(tag(deck)).append("\n");
            for (PackageNote note : deckNotes) {
                out.append('\n').append(card(note, types.get(note.noteTypeId()), marker)).append('\n');
            }
        }
        return out.toString();
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

    static String tag(PackageDeck deck) {
        return "#flashcards/" + String.join("/", deck.name().parts().stream()
                .map(p -> p.strip().replaceAll("[\\s#]+", "-")).toList());
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
