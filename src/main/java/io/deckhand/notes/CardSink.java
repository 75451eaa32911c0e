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
    private final Set<Key> seen = new HashSet<>();

    /** 128 bits of what makes two texts the same card text: no need to build the normalised strings. */
    private record Sameness(long a, long b) {
    }

    /** A card as far as duplicates go ({@code kind} null: the same question and answer in any kind). */
    private record Key(CardKind kind, Sameness context, Sameness front, int part, int parts, Sameness back) {
    }

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
        // Duplicate keys are built from fingerprints of the normalised parts, each taken once.
        Sameness nf = normal(f);
        Sameness nContext = normal(context.isEmpty() ? "" : String.join(" ", context));
        for (int k = 0; k < parts.size(); k++) {
            String partFront = parts.size() == 1 ? shown : shown + " (" + (k + 1) + "/" + parts.size() + ")";
            Sameness nb = normal(parts.get(k));
            if (!seen.add(new Key(kind, nContext, nf, k, parts.size(), nb))) continue;
            // The same question with the same answer under another kind is still a duplicate.
            if (!seen.add(new Key(null, null, nf, 0, 0, nb))) continue;
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
    private static Sameness normal(String s) {
        boolean raw = s.length() > 300;
        long a = 0xcbf29ce484222325L;
        long b = 0x9E3779B97F4A7C15L;
        boolean space = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!raw) {
                boolean blank = c < 128 ? c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31
                        : Character.isWhitespace(c);
                if (blank || c == '*' || c == '_' || c == '`') {
                    space = any;
                    continue;
                }
                if (space) {
                    a = (a ^ ' ') * 0x100000001b3L;
                    b = Long.rotateLeft(b ^ (' ' * 0xC2B2AE3D27D4EB4FL), 29) * 0x165667B19E3779F9L;
                }
                space = false;
                c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
            }
            any = true;
            a = (a ^ c) * 0x100000001b3L;
            b = Long.rotateLeft(b ^ (c * 0xC2B2AE3D27D4EB4FL), 29) * 0x165667B19E3779F9L;
        }
        return new Sameness(a, b);
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
