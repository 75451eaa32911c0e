package io.deckhand.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

/**
 * How the notes of one import write each word: the evidence {@link Names#isName} reads to tell a heading or
 * label of one capitalised word ("Memory", "Fix", "SECTION") from a name ("Jaeger", "Calico", "kubelet").
 * It records usage only; whether a phrase is a term at all is judged by {@link Names}. An ordinary word is one the
 * notes write in lower case in their sentences; it is a name only when they also treat it as one
 * somewhere: capitalised in the middle of a sentence, in code (an inline code span, a key of a code
 * block), or said to be something ("X is a ..."). A word never written in lower case is a name.
 * Counted over the whole folder: a vault names things in one note and uses them in another.
 */
public final class FolderWords {
    private static final int LOWER = 1;
    private static final int CAPITALISED_MID_SENTENCE = 2;
    private static final int IN_CODE = 4;
    private static final int SAID_TO_BE = 8;
    private static final int MAX_READ_BYTES = 1 << 20;

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]{1,60})`");
    private static final Pattern ONE_WORD = Pattern.compile("[A-Za-z][a-z]*(?:-[a-z]+)*|[A-Z]+");
    /** "**Memory**:", "Memory -", "1. Fix:": a line's own label says nothing of how the word is used. */
    private static final Pattern LINE_LABEL = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*[^*\\n]{1,60}\\*\\*|[A-Za-z][\\w -]{0,40}?)\\s*(?::|\\s[-–—]\\s)");
    /**
     * "Levain is a ...", "A kettle is a ...": a sentence that opens by saying what the word is (a name, or
     * any one thing of its kind); "the fix is a ..." speaks of one fix, not of what a fix is.
     */
    private static final Pattern SAID_TO = Pattern.compile(
            "(?:^|[.!?:]\\s+|[^\\w\\s]\\s*)(?:[Aa]n?\\s+([a-z]{3,})|([A-Z][a-z]+))\\s+(?:is|are)\\s+(?:a|an|the|one)\\s");
    static final Pattern TOKEN = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?|[.!?;:|()\\[\\]]");
    /** Numbering before a label and its colon or dash after it. */
    private static final Pattern LABEL_ENDS = Pattern.compile("^[\\s\\d.)+-]+|[\\s:–—-]+$");
    private static final Pattern MARKUP = Pattern.compile("[*_~>#]+|\\]\\([^)]*\\)|https?://\\S+");

    private final Map<String, Integer> flags;

    private FolderWords(Map<String, Integer> flags) {
        this.flags = flags;
    }

    /** The words of these notes' texts, read together. */
    public static FolderWords of(List<String> texts) {
        Map<String, Integer> flags = new HashMap<>();
        for (String t : texts) read(t, flags);
        return new FolderWords(flags);
    }

    /** The words of one note alone (a note parsed on its own). */
    static FolderWords of(String text) {
        return of(List.of(text));
    }

    /** The words of one note file; none when it cannot be read (reading the note proper reports it). */
    public static FolderWords of(NoteFile note) {
        Map<String, Integer> flags = new HashMap<>();
        readFile(note, flags);
        return new FolderWords(flags);
    }

    private static void readFile(NoteFile note, Map<String, Integer> flags) {
        try {
            if (Files.size(note.file()) <= MAX_READ_BYTES) read(Files.readString(note.file(), StandardCharsets.UTF_8), flags);
        } catch (IOException | RuntimeException e) {
            // the note's own reading reports what is wrong with it
        }
    }

    /** The words of a table {@link #readInto} filled. */
    static FolderWords ofFlags(Map<String, Integer> flags) {
        return new FolderWords(flags);
    }

    /** Adds how this note's text writes its words to {@code flags} (flags of one word are OR-ed). */
    static void readInto(String text, Map<String, Integer> flags) {
        read(text, flags);
    }

    /** The words of notes read together: each note's ways of writing a word count for all of them. */
    public static FolderWords merged(List<FolderWords> each) {
        Map<String, Integer> flags = new HashMap<>();
        for (FolderWords w : each) w.flags.forEach((word, f) -> flags.merge(word, f, (a, b) -> a | b));
        return new FolderWords(flags);
    }

    /** The words of the notes found for an import, one note after another. */
    public static FolderWords across(List<NoteFile> notes) {
        return notes.stream().collect(reading());
    }

    /**
     * Reads notes into one word table per stream thread: a table per note held until the merge kept
     * tens of MB alive on a large vault while the heap was still growing.
     */
    public static Collector<NoteFile, Map<String, Integer>, FolderWords> reading() {
        return Collector.of(HashMap::new, (m, note) -> readFile(note, m),
                (a, b) -> {
                    b.forEach((word, f) -> a.merge(word, f, (x, y) -> x | y));
                    return a;
                },
                FolderWords::new);
    }

    /**
     * Whether the notes write this one word as a name somewhere: the evidence {@link Names#isName} reads
     * for a lone ordinary word. Words of other shapes (code, inner capitals, digits, several words, short
     * acronyms) are not this record's to tell: true.
     */
    public boolean treatsAsName(String word) {
        String w = word.strip();
        if (!Names.isLoneOrdinaryWord(w)) return true;
        int f = flags.getOrDefault(stem(w.toLowerCase(Locale.ROOT)), 0);
        return (f & LOWER) == 0 || (f & (CAPITALISED_MID_SENTENCE | IN_CODE | SAID_TO_BE)) != 0;
    }

    /** "Limits" and "limit" are one word; "class" keeps its s. */
    private static String stem(String lower) {
        return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static void mark(Map<String, Integer> flags, String word, int flag) {
        if (word.length() >= 3) flags.merge(stem(word.toLowerCase(Locale.ROOT)), flag, (a, b) -> a | b);
    }

    private static void read(String text, Map<String, Integer> flags) {
        boolean fenced = false;
        for (String line : text.split("\n")) {
            if (opensFence(line)) {
                fenced = !fenced;
                continue;
            }
            // Code says nothing of how sentences use a word: "memory: 512Mi" is a value's key, not a name.
            if (fenced) continue;
            String t = line.strip();
            if (t.startsWith("#") || t.isEmpty()) continue;
            if (t.indexOf('`') >= 0) {
                Matcher span = CODE_SPAN.matcher(t);
                while (span.find()) {
                    String inside = span.group(1).strip();
                    if (ONE_WORD.matcher(inside).matches()) mark(flags, inside, IN_CODE);
                }
                t = CODE_SPAN.matcher(t).replaceAll(" . ");
            }
            String unstarred = t.replace("*", "");
            if (hasSpacedWord(unstarred, "is") || hasSpacedWord(unstarred, "are")) {
                Matcher said = SAID_TO.matcher(unstarred);
                while (said.find()) mark(flags, said.group(1) != null ? said.group(1) : said.group(2), SAID_TO_BE);
            }
            // The line's own label is how a heading is written, not how a sentence uses the word.
            // The text under a label speaks of the label: "**Kiln**: heats a kiln load" is the label's own use.
            Matcher label = LINE_LABEL.matcher(t);
            String own = "";
            if (label.lookingAt()) {
                String l = MARKUP.matcher(t.substring(0, label.end())).replaceAll(" ");
                l = LABEL_ENDS.matcher(l).replaceAll("");
                if (Names.isLoneOrdinaryWord(l)) own = stem(l.toLowerCase(Locale.ROOT));
                t = " . " + t.substring(label.end());
            }
            sentenceWords(mayHoldMarkup(t) ? MARKUP.matcher(t).replaceAll(" ") : t, flags, own);
        }
    }

    /** A fence line, {@code ^\s*(```|~~~)}, tested without a regex: it is asked of every line. */
    private static boolean opensFence(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) i++;
        return line.startsWith("```", i) || line.startsWith("~~~", i);
    }

    /** Whether {@code MARKUP} can match: one of its characters, a link's "](" or an address's "http". */
    private static boolean mayHoldMarkup(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("*_~>#".indexOf(t.charAt(i)) >= 0) return true;
        }
        return t.contains("](") || t.contains("http");
    }

    /** {@code word} with regex whitespace on both sides: a line without one cannot match {@code SAID_TO}. */
    private static boolean hasSpacedWord(String t, String word) {
        for (int at = t.indexOf(word, 1); at > 0; at = t.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (isRegexSpace(t.charAt(at - 1)) && end < t.length() && isRegexSpace(t.charAt(end))) return true;
        }
        return false;
    }

    /** The characters {@code \s} matches (no Unicode flag). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Lower-case words, and capitalised ones after a lower-case word (not a sentence's or cell's first)
     * and not before another capitalised word ("the Cluster Autoscaler" names the autoscaler).
     */
    private static void sentenceWords(String t, Map<String, Integer> flags, String ownLabel) {
        List<String> tokens = tokens(t);
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (!Character.isLetter(tok.charAt(0))) continue;
            if (tok.equals(tok.toLowerCase(Locale.ROOT))) {
                if (!stem(tok).equals(ownLabel)) mark(flags, tok, LOWER);
            } else if (i > 0 && isLowerWord(tokens.get(i - 1)) && Names.isLoneOrdinaryWord(tok)
                    && (i + 1 == tokens.size() || !Character.isUpperCase(tokens.get(i + 1).charAt(0)))) {
                mark(flags, tok, CAPITALISED_MID_SENTENCE);
            }
        }
    }

    /**
     * The matches of {@code TOKEN} in order, found without a regex (every line of every note is read):
     * a run of ASCII letters with an optional "'s"-like ending of lower-case letters, or one punctuation mark.
     */
    static List<String> tokens(String t) {
        List<String> tokens = new java.util.ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                while (i < n && isAsciiLetter(t.charAt(i))) i++;
                if (i + 1 < n && t.charAt(i) == '\'' && isAsciiLower(t.charAt(i + 1))) {
                    i += 2;
                    while (i < n && isAsciiLower(t.charAt(i))) i++;
                }
                tokens.add(t.substring(start, i));
            } else {
                if (".!?;:|()[]".indexOf(c) >= 0) tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLowerWord(String tok) {
        return Character.isLetter(tok.charAt(0)) && tok.equals(tok.toLowerCase(Locale.ROOT));
    }
}
