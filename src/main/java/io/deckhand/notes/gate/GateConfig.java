package io.deckhand.notes.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** The gate's thresholds and vocabularies, read from resource files under {@code io/deckhand/notes/}. */
record GateConfig(Properties numbers, Set<String> genericTerms, Set<String> metaSections, Set<String> trivialAnswers,
                  Set<String> progressMarks, Set<String> stopWords, List<Pattern> layout, List<Pattern> leadIns,
                  List<Pattern> termQuestions, List<Pattern> vagueQuestions) {
    private static final String DIR = "/io/deckhand/notes/";

    static GateConfig load() {
        Properties p = new Properties();
        try (InputStream in = open("gate.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GateConfig(p, words("gate-generic-terms.txt"), words("gate-meta-sections.txt"),
                words("gate-trivial-answers.txt"), words("gate-progress-marks.txt"), words("gate-stopwords.txt"),
                patterns("gate-layout.txt"), patterns("gate-lead-ins.txt"),
                patterns("gate-term-questions.txt"), patterns("gate-vague-questions.txt"));
    }

    /**
     * All the lines of a pattern file as one alternation: one pass over the text instead of one per line.
     * Neighbouring lines that open with the same anchor ({@code \b} or {@code ^}) share it,
     * {@code \b(?:a|b)} for {@code (?:\ba)|(?:\bb)}: the same matches, and the anchor is tested once per
     * position instead of once per line (the gate's layout check took half the time without this).
     */
    static Pattern anyOf(List<Pattern> patterns) {
        List<String> parts = new ArrayList<>();
        String openAnchor = null;
        StringBuilder shared = null;
        for (Pattern p : patterns) {
            String source = p.pattern();
            String anchor = leadingAnchor(source);
            if (shared != null && !anchor(anchor, openAnchor)) {
                parts.add(openAnchor + "(?:" + shared + ")");
                shared = null;
            }
            if (anchor == null) {
                parts.add("(?:" + source + ")");
                continue;
            }
            if (shared == null) shared = new StringBuilder();
            else shared.append('|');
            openAnchor = anchor;
            shared.append("(?:").append(source, anchor.length(), source.length()).append(')');
        }
        if (shared != null) parts.add(openAnchor + "(?:" + shared + ")");
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }

    private static boolean anchor(String a, String b) {
        return a != null && a.equals(b);
    }

    /** {@code \b} or {@code ^} opening the whole of {@code source} (no top-level {@code |}), else null. */
    static String leadingAnchor(String source) {
        String anchor = source.startsWith("^") ? "^"
                : source.startsWith("\\b") && !source.startsWith("\\b{") ? "\\b" : null;
        return anchor != null && !hasTopLevelBar(source) ? anchor : null;
    }

    private static boolean hasTopLevelBar(String source) {
        int depth = 0;
        int classDepth = 0; // classes nest in Java ([a-z[0-9]]); '|' and '(' mean nothing inside one
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (source.startsWith("Q", i + 1)) { // \Q...\E quotes everything up to \E
                    int end = source.indexOf("\\E", i + 2);
                    if (end < 0) return false;
                    i = end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
                if (source.startsWith("^", i + 1)) i++;
                if (source.startsWith("]", i + 1)) i++; // a ']' first in a class is itself
            } else if (classDepth > 0) {
                if (c == ']') classDepth--;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    double number(String key) {
        String v = numbers.getProperty(key);
        if (v == null) throw new IllegalStateException("gate.properties has no " + key);
        return Double.parseDouble(v.strip());
    }

    private static InputStream open(String name) {
        InputStream in = GateConfig.class.getResourceAsStream(DIR + name);
        if (in == null) throw new IllegalStateException("missing resource " + DIR + name);
        return in;
    }

    /** Non-blank lines that are not {@code #} comments. */
    private static List<String> lines(String name) {
        try (InputStream in = open(name)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word list of the notes' resources, lower case. */
    /** The lines of a resource file under the notes' resources, without blanks and comments. */
    static List<String> linesOf(String name) {
        return lines(name);
    }

    static Set<String> wordsOf(String name) {
        return words(name);
    }

    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : lines(name)) out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** A pattern list of the notes' resources, one case-insensitive pattern a line. */
    static List<Pattern> patternsOf(String name) {
        return patterns(name);
    }

    private static List<Pattern> patterns(String name) {
        return lines(name).stream().map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }
}
