package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the cards of one extraction run: puts the heading path on the front as context, drops
 * cards with an empty side and duplicates, and splits prose answers that would be a wall of text.
 */
final class CardSink {
    static final int MAX_BACK_CHARS = 450;
    private static final int MAX_CODE_LINES = 80;

    private static final java.util.regex.Pattern THREE_NEWLINES = java.util.regex.Pattern.compile("\n{3,}");

    private final List<CardDraft> drafts = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** Adds a card; {@code context} is the heading path shown above the question (may be empty). */
    void add(CardKind kind, String front, String back, String deck, List<String> tags, String path,
             int first, int last, List<String> headingPath, List<String> context) {
        String f = tidy(front);
        String b = tidy(back);
        if (f.isEmpty() || b.isEmpty() || f.equals(b)) return;
        if (b.contains("```") && b.split("\n").length > MAX_CODE_LINES) return;
        // A cloze cut into parts would ask about text its front does not show.
        List<String> parts = kind == CardKind.CLOZE || b.contains("```") || b.length() <= MAX_BACK_CHARS ? List.of(b)
                : split(b);
        String shown = withContext(f, context);
        // Duplicate keys are built from normalised parts, each normalised once.
        String nf = normal(f);
        String nContext = context.isEmpty() ? "" : normal(String.join(" ", context));
        for (int k = 0; k < parts.size(); k++) {
            String partFront = parts.size() == 1 ? shown : shown + " (" + (k + 1) + "/" + parts.size() + ")";
            String nb = normal(parts.get(k));
            String key = kind.code() + "\u0000" + nContext + "\u0000" + nf + "\u0000" + k + "/" + parts.size()
                    + "\u0000" + nb;
            if (!seen.add(key)) continue;
            // The same question with the same answer under another kind is still a duplicate.
            if (!seen.add("any\u0000" + nf + "\u0000" + nb)) continue;
            SourceRef src = new SourceRef(path, Math.max(0, first), Math.max(Math.max(0, first), last), headingPath);
            drafts.add(new CardDraft(kind, partFront, parts.get(k), deck, tags, src));
        }
    }

    List<CardDraft> drafts() {
        return List.copyOf(drafts);
    }

    static String withContext(String front, List<String> context) {
        if (context.isEmpty()) return front;
        return "*" + String.join(" › ", context).replace("*", "\\*") + "*\n\n" + front;
    }

    private static String tidy(String s) {
        if (s == null) return "";
        String t = s.strip();
        // Collapse runs of blank lines.
        return t.contains("\n\n\n") ? THREE_NEWLINES.matcher(t).replaceAll("\n\n") : t;
    }

    /** Lowercase, markup and runs of whitespace folded to one space: what makes two cards the same. */
    private static String normal(String s) {
        if (s.length() > 300) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c < 128 ? c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31 : Character.isWhitespace(c);
            if (blank || c == '*' || c == '_' || c == '`') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Splits prose at sentence ends into parts of at most about {@link #MAX_BACK_CHARS}. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : sentences(text)) {
            if (cur.length() > 0 && cur.length() + s.length() + 1 > MAX_BACK_CHARS) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(s);
        }
        if (cur.length() > 0) parts.add(cur.toString());
        return parts;
    }

    /** The sentences of prose: ends at . ! ? before white space, and at blank lines; none empty. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : sentenceSpans(text)) out.add(text.substring(span[0], span[1]));
        return out;
    }

    /** Start and end offsets of each sentence, without surrounding white space. */
    static List<int[]> sentenceSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            boolean last = k == text.length();
            boolean end = last || k < text.length() - 1 && ((text.charAt(k) == '.' || text.charAt(k) == '!'
                    || text.charAt(k) == '?') && Character.isWhitespace(text.charAt(k + 1))
                    || text.charAt(k) == '\n' && text.charAt(k + 1) == '\n');
            if (!end) continue;
            int to = last ? text.length() : k + 1;
            int a = start;
            int b = to;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) spans.add(new int[] {a, b});
            start = to;
        }
        return spans;
    }
}
