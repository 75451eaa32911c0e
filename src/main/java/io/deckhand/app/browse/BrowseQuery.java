package io.deckhand.app.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the browser's search field asks for: words that must all appear in the front, back or tags,
 * {@code tag:NAME} (a tag, or one nested under it) and {@code deck:NAME} (a deck or its sub-decks).
 * Matching ignores case; a word may be quoted to keep spaces.
 */
public record BrowseQuery(List<String> words, List<String> tags, List<String> decks) {
    public BrowseQuery {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        decks = List.copyOf(decks);
    }

    public static BrowseQuery parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> decks = new ArrayList<>();
        for (String token : tokens(text == null ? "" : text)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tag:") && lower.length() > 4) tags.add(lower.substring(4));
            else if (lower.startsWith("deck:") && lower.length() > 5) decks.add(lower.substring(5));
            else words.add(lower);
        }
        return new BrowseQuery(words, tags, decks);
    }

    public boolean matches(String deck, String front, String back, List<String> cardTags) {
        String d = deck.toLowerCase(Locale.ROOT);
        for (String want : decks) if (!(d.equals(want) || d.startsWith(want + "::"))) return false;
        List<String> lowerTags = cardTags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (String want : tags) {
            if (lowerTags.stream().noneMatch(t -> t.equals(want) || t.startsWith(want + "::") || t.startsWith(want + "/"))) {
                return false;
            }
        }
        String text = (front + "\n" + back + "\n" + String.join(" ", lowerTags)).toLowerCase(Locale.ROOT);
        for (String w : words) if (!text.contains(w)) return false;
        return true;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (Character.isWhitespace(c) && !quoted) flush(cur, out);
            else cur.append(c);
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (!cur.isEmpty()) out.add(cur.toString());
        cur.setLength(0);
    }
}
