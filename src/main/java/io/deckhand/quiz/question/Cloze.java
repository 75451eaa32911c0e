package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one deletion a cloze card hides. Cloze cards are stored rendered: the front shows the hidden
 * deletion as {@code [...]} (or {@code [hint]}) and the back the whole text, so the deletion is
 * what the back has where the front has its marker. Cards hiding several places at once are not
 * read (a fill-in asks for one thing).
 */
record Cloze(String marker, String answer) {
    private static final Pattern MARKER = Pattern.compile("\\[[^\\[\\]\\n]{1,80}\\]");
    private static final Pattern HIGHLIGHT = Pattern.compile("\\A(==|\\*\\*|__|<mark>|<span class=\"cloze\">)([\\s\\S]+?)(==|\\*\\*|__|</mark>|</span>)\\z");

    static Optional<Cloze> of(Card card) {
        if (card.kind() != CardKind.CLOZE) return Optional.empty();
        String f = card.front();
        String b = card.back();
        int max = Math.min(f.length(), b.length());
        int p = 0;
        while (p < max && f.charAt(p) == b.charAt(p)) p++;
        int s = 0;
        while (s < max - p && f.charAt(f.length() - 1 - s) == b.charAt(b.length() - 1 - s)) s++;
        // The marker's brackets may coincide with text of the back: widen to them.
        if (p == f.length()) p--;
        while (p > 0 && f.charAt(p) != '[') p--;
        if (s == f.length()) s--;
        while (s > 0 && f.charAt(f.length() - 1 - s) != ']') s--;
        if (p < 0 || s < 0) return Optional.empty();
        if (p + s > f.length() || p + s > b.length()) return Optional.empty();
        String marker = f.substring(p, f.length() - s);
        String deleted = b.substring(p, b.length() - s);
        if (!MARKER.matcher(marker).matches()) return Optional.empty();
        var hl = HIGHLIGHT.matcher(deleted.strip());
        String answer = (hl.matches() ? hl.group(2) : deleted).strip();
        if (answer.isEmpty() || answer.length() > CardText.MAX_PHRASE_CHARS || answer.contains("\n")
                || answer.contains("[...]")) {
            return Optional.empty();
        }
        return Optional.of(new Cloze(marker, answer));
    }
}
