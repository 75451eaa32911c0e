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
 * {@code Q:::A} (both directions), {@code Q\n?\nA} / {@code Q\n??\nA} when a side spans lines, and
 * clozes as {@code ==highlights==}. Each deck is a section tagged {@code #flashcards/Deck/Sub}.
 */
public final class ObsidianMarkdownWriter {
    private static final Pattern CLOZE = Pattern.compile("(?s)\\{\\{c\\d+::(.*?)(?:::(?:(?!\\}\\}).)*)?\\}\\}");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</div>\\s*<div>|</p>\\s*<p>");

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
        StringBuilder out = new StringBuilder("# ").append(title).append("\n");
        for (PackageDeck deck : pkg.decks()) {
            List<PackageNote> deckNotes = byDeck.get(deck.id());
            if (deckNotes == null) continue;
            out.append("\n## ").append(deck.name().value()).append("\n\n").append(tag(deck)).append("\n");
            for (PackageNote note : deckNotes) {
                out.append('\n').append(card(note, types.get(note.noteTypeId()))).append('\n');
            }
        }
        return out.toString();
    }

    static String tag(PackageDeck deck) {
        return "#flashcards/" + String.join("/", deck.name().parts().stream()
                .map(p -> p.strip().replaceAll("[\\s#]+", "-")).toList());
    }

    private static String card(PackageNote note, NoteType type) {
        String front = plain(note.fields().get(0));
        String back = note.fields().size() > 1 ? plain(note.fields().get(1)) : "";
        if (type != null && type.cloze()) {
            String text = CLOZE.matcher(front).replaceAll(m -> Matcher.quoteReplacement("==" + m.group(1) + "=="));
            return back.isBlank() ? text : text + "\n" + back;
        }
        boolean reversed = type != null && type.templates().size() >= 2;
        if (front.contains("\n") || back.contains("\n")) {
            return front + "\n" + (reversed ? "??" : "?") + "\n" + back;
        }
        return front + (reversed ? ":::" : "::") + back;
    }

    /** Anki fields are HTML; line breaks become real ones so Markdown shows them. */
    private static String plain(String html) {
        return BREAK.matcher(html).replaceAll("\n").replace("&nbsp;", " ").strip();
    }
}
