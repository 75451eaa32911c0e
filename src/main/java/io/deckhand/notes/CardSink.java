package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.schedule.CarriedSchedule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the cards of one extraction run: puts the heading path on the front as context, drops
 * cards with an empty side and duplicates, and cuts prose answers that would be a wall of text to
 * their leading sentences.
 */
final class CardSink {
    static final int MAX_BACK_CHARS = 450;
    private static final int MAX_CODE_LINES = 80;

    private static final java.util.regex.Pattern THREE_NEWLINES = java.util.regex.Pattern.compile("\n{3,}");

    private final List<CardDraft> drafts = new ArrayList<>();
    private final Set<Key> seen = new HashSet<>();
    /** The group of the cards being added now (empty: each card alone), and how many groups were opened. */
    private String group = "";
    private int groups;

    /** 64 bits and the length of what makes two short texts the same card text, without building it. */
    private record Sameness(long hash, int length) {
    }

    /** A card as far as duplicates go ({@code kind} null: the same question and answer in any kind). */
    private record Key(CardKind kind, Object context, Object front, int part, int parts, Object back) {
    }

    /** Cards added while {@code emit} runs are made from one fact: one note with several cards. */
    void together(Runnable emit) {
        String outer = group;
        int before = drafts.size();
        group = "g" + (++groups);
        try {
            emit.run();
        } finally {
            group = outer;
        }
        // One card left (the other side was a duplicate or not worth asking): a note of its own.
        if (drafts.size() == before + 1) drafts.set(before, drafts.get(before).withGroup(outer));
    }

    /** Adds a card; {@code context} is the heading path shown above the question (may be empty). */
    void add(CardKind kind, String front, String back, String deck, List<String> tags, String path,
             int first, int last, List<String> headingPath, List<String> context) {
        add(kind, front, back, deck, tags, path, first, last, headingPath, context, null, false);
    }

    /**
     * A card the note wrote out itself (explicit markup): its answer is kept whole, as written.
     * {@code schedule}: review state the note wrote for it (null: a new card).
     */
    void addExplicit(CardKind kind, String front, String back, String deck, List<String> tags, String path,
                     int first, int last, List<String> headingPath, CarriedSchedule schedule) {
        add(kind, front, back, deck, tags, path, first, last, headingPath, List.of(), schedule, true);
    }

    private void add(CardKind kind, String front, String back, String deck, List<String> tags, String path,
                     int first, int last, List<String> headingPath, List<String> context, CarriedSchedule schedule,
                     boolean explicit) {
        String f = tidy(front);
        String b = tidy(back);
        if (f.isEmpty() || b.isEmpty() || f.equals(b)) return;
        if (!explicit && b.contains("```") && b.split("\n").length > MAX_CODE_LINES) return;
        // A long prose answer keeps its leading sentences (the answer; the rest is the note going on):
        // slicing it into numbered parts would make the notes' layout the question.
        if (!explicit && kind != CardKind.CLOZE && !b.contains("```") && b.length() > MAX_BACK_CHARS) b = leading(b);
        List<String> parts = List.of(b);
        String shown = withContext(f, context);
        // Duplicate keys are built from fingerprints of the normalised parts, each taken once.
        Object nf = normal(f);
        // The same card filed in two decks (two topic tags) is two cards, not a duplicate.
        Object nContext = List.of(normal(context.isEmpty() ? "" : String.join(" ", context)), deck == null ? "" : deck);
        for (int k = 0; k < parts.size(); k++) {
            String partFront = shown;
            Object nb = normal(parts.get(k));
            if (!seen.add(new Key(kind, nContext, nf, k, parts.size(), nb))) continue;
            // The same question with the same answer under another kind is still a duplicate.
            if (!seen.add(new Key(null, deck == null ? "" : deck, nf, 0, 0, nb))) continue;
            SourceRef src = new SourceRef(path, Math.max(0, first), Math.max(Math.max(0, first), last), headingPath);
            drafts.add(new CardDraft(kind, partFront, parts.get(k), deck, tags, src, null, schedule, group));
        }
    }

    List<CardDraft> drafts() {
        return List.copyOf(drafts);
    }

    static String withContext(String front, List<String> context) {
        if (context.isEmpty()) return front;
        List<String> shown = context.stream().map(CardSink::breadcrumb).toList();
        return "*" + String.join(" › ", shown) + "*\n\n" + front;
    }

    private static final java.util.regex.Pattern EMPHASIS =
            java.util.regex.Pattern.compile("(?<![\\\\\\w*])([*_]{1,3})(?=[^\\s*_])(.+?)(?<=[^\\s\\\\*_])\\1(?![\\w*])");

    /**
     * A heading as the italic breadcrumb shows it: its own emphasis dropped (the whole line is italic),
     * a star the note escaped kept as written, a bare star escaped once so it cannot end the italics.
     */
    static String breadcrumb(String heading) {
        String t = EMPHASIS.matcher(heading).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '*' || t.charAt(i + 1) == '\\')) {
                out.append(c).append(t.charAt(++i));
            } else {
                if (c == '*') out.append('\\');
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String tidy(String s) {
        if (s == null) return "";
        String t = s.strip();
        // Collapse runs of blank lines.
        return t.contains("\n\n\n") ? THREE_NEWLINES.matcher(t).replaceAll("\n\n") : t;
    }

    /**
     * Lowercase, markup and runs of white space folded to one space: what makes two cards the same.
     * Long texts (code, manifests) are compared as written.
     */
    private static Object normal(String s) {
        if (s.length() > 300) return s;
        long h = 0xcbf29ce484222325L;
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c < 128 ? c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31 : Character.isWhitespace(c);
            if (blank || c == '*' || c == '_' || c == '`') {
                space = n > 0;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * 0x100000001b3L;
                n++;
            }
            space = false;
            c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
            h = (h ^ c) * 0x100000001b3L;
            n++;
        }
        return new Sameness(h, n);
    }

    /** The first sentences of a prose answer, at most about {@link #MAX_BACK_CHARS} (a list keeps whole items). */
    static String leading(String text) {
        if (text.startsWith("- ") || text.startsWith("1. ")) {
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n")) {
                if (sb.length() > 0 && sb.length() + line.length() + 1 > MAX_BACK_CHARS) break;
                if (sb.length() > 0) sb.append('\n');
                sb.append(line);
            }
            return sb.toString();
        }
        return split(text).get(0);
    }

    /** Splits prose at sentence ends into parts of at most about {@link #MAX_BACK_CHARS}. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : Sentences.of(text)) {
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
}
