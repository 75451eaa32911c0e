package io.deckhand.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headings that many notes of one import share ("Manifest File", "Operational snippets"): a template's
 * section names, so they name a part of a note, never what the note is about. Learned from the notes
 * themselves, so any vault's own template words count, not only a fixed list.
 */
public final class RepeatedHeadings {
    /** In at least this many notes a heading is a section name of the notes' template. */
    static final int MIN_NOTES = 3;
    private static final int MAX_READ_BYTES = 1 << 20;
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private RepeatedHeadings() {
    }

    /** The normalised headings found in at least {@link #MIN_NOTES} of the Markdown notes. */
    public static Set<String> across(List<NoteFile> notes) {
        return repeated(notes.stream().map(RepeatedHeadings::headingsOf).toList());
    }

    /** The headings in at least {@link #MIN_NOTES} of the notes' heading sets ({@link #headingsOf} each). */
    public static Set<String> repeated(List<Set<String>> headingsPerNote) {
        Map<String, Integer> notesWith = new HashMap<>();
        for (Set<String> headings : headingsPerNote) {
            for (String h : headings) notesWith.merge(h, 1, Integer::sum);
        }
        return Set.copyOf(notesWith.entrySet().stream().filter(e -> e.getValue() >= MIN_NOTES).map(Map.Entry::getKey).toList());
    }

    /** The normalised headings of one Markdown note file; none for other files or one that cannot be read. */
    public static Set<String> headingsOf(NoteFile note) {
        if (!NoteParser.isMarkdown(note.relativePath())) return Set.of();
        String text;
        try {
            if (Files.size(note.file()) > MAX_READ_BYTES) return Set.of();
            text = Files.readString(note.file(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Set.of(); // reading the note proper reports it
        }
        return headings(text);
    }

    /** The distinct normalised ATX headings of one Markdown text, outside code fences. */
    static Set<String> headings(String text) {
        Set<String> out = new java.util.HashSet<>();
        boolean fenced = false;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || !t.startsWith("#")) continue;
            java.util.regex.Matcher m = ATX.matcher(line);
            if (m.matches()) {
                String h = normal(m.group(1));
                if (!h.isEmpty()) out.add(h);
            }
        }
        return out;
    }

    /**
     * A heading that numbers a part of the document rather than naming a thing: a label word and a
     * number ("Part 2", "Example 3A", "Question 4: Scale the app", "Q13 — Fix the probe", "Domain 3:
     * Storage (10%)", "Part IV") or a date. What follows the number titles that part; it is no subject.
     */
    static boolean numbersAPart(String heading) {
        String t = Inline.plain(heading).strip();
        return NUMBERED_PART.matcher(t).lookingAt() || DATED.matcher(t).lookingAt();
    }

    // A label word, a number (not a version: "1.29" has a dot), then the end or a separator.
    private static final Pattern NUMBERED_PART = Pattern.compile(
            "(?:(?:[A-Za-z]{2,15}\\s+){1,2}(?:#|no\\.?\\s*)?(?:\\d{1,3}[A-Za-z]?|[IVX]{1,5})|[A-Z]\\d{1,3})"
                    + "(?![\\w.]\\d|[\\w])\\s*(?:$|[:.)|/\\-–—]|\\s[-–—|/])");
    private static final Pattern DATED = Pattern.compile("(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\b");

    /**
     * The normalised headings that a note repeats {@link #MIN_NOTES} times or more (a "Context" and a
     * "Validation" under every question): the note's own template, so section names too.
     */
    static Set<String> repeatedWithin(List<String> headings) {
        Map<String, Integer> count = new HashMap<>();
        for (String h : headings) {
            String n = normal(h);
            if (!n.isEmpty()) count.merge(n, 1, Integer::sum);
        }
        return Set.copyOf(count.entrySet().stream().filter(e -> e.getValue() >= MIN_NOTES).map(Map.Entry::getKey).toList());
    }

    private static final Pattern NUMBER_MARKS = Pattern.compile("^[\\d.)\\s]+");

    /** Lower case, no markup, no numbering or closing punctuation: "## 2. Manifest File:" is "manifest file". */
    static String normal(String heading) {
        String t = Inline.plain(heading).toLowerCase(Locale.ROOT).strip();
        t = NUMBER_MARKS.matcher(t).replaceFirst("");
        while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) t = t.substring(0, t.length() - 1);
        return t.strip();
    }
}
