package io.deckhand.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercises kept in two files: numbered questions in one ("b. design-questions.md") and the answers
 * under the same numbers in another ("b.design-answers.md"). Each pair becomes one task: the question
 * is the statement, the answer its solution. Files pair by name: the same name once the words
 * "questions"/"answers" (or "exercises"/"solutions") and the punctuation are set aside.
 */
final class AnswerFiles {
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)questions?|exercises?|tasks?");
    private static final Pattern ANSWER_WORD = Pattern.compile("(?i)answers?|solutions?");
    /**
     * A line that opens item N: "1. ...", "**1.** ...", "### 1) ...", "Q1: ...", "Question 1 - ...",
     * "Answer 1:" ("" after the number when the item's text starts on the next line).
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)^\\s{0,3}(?:#{1,6}\\s+)?[*_]{0,2}(?:(\\d{1,3})[.)]|(?:q|question|exercise|task|answer|solution)\\s*(\\d{1,3})"
                    + "[*_]{0,2}\\s*[.):\\-–—]?)[*_]{0,2}(?:\\s+(.*))?$");
    /** HTML that only hides or shows an answer. */
    private static final Pattern REVEAL_TAGS = Pattern.compile("(?is)<summary[^>]*>.*?</summary>|</?(details|p|br)\\b[^>]*>");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final int MIN_PAIRS = 2;

    private AnswerFiles() {
    }

    /** One numbered item: its first line (1-based), its last, and its Markdown text. */
    record Item(int number, int first, int last, String text) {
    }

    /** Whether the file name says it holds questions, answers or neither. */
    enum Role { QUESTIONS, ANSWERS, NONE }

    static Role role(String fileName) {
        String stem = stem(fileName);
        if (ANSWER_WORD.matcher(stem).find()) return Role.ANSWERS;
        if (QUESTION_WORD.matcher(stem).find()) return Role.QUESTIONS;
        return Role.NONE;
    }

    /** The name both files of a pair share: lower case, letters and digits only, the role word left out. */
    static String pairKey(String fileName) {
        String stem = stem(fileName);
        stem = ANSWER_WORD.matcher(stem).replaceAll("");
        stem = QUESTION_WORD.matcher(stem).replaceAll("");
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String stem(String fileName) {
        String n = fileName.contains("/") ? fileName.substring(fileName.lastIndexOf('/') + 1) : fileName;
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The numbered items of a note, by number, outside code fences. An item runs to the next numbered
     * line or heading; a number seen twice keeps its first item.
     */
    static Map<Integer, Item> items(String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<Integer, Item> out = new LinkedHashMap<>();
        boolean inFence = false;
        int number = -1;
        int first = 0;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k <= lines.length; k++) {
            String line = k < lines.length ? lines[k] : null;
            Matcher m = null;
            boolean opens = false;
            boolean heading = false;
            if (line != null && !inFence) {
                m = NUMBERED.matcher(line);
                opens = m.matches();
                heading = !opens && line.stripLeading().startsWith("#");
            }
            if (line == null || opens || heading) {
                if (number >= 0 && !sb.toString().isBlank()) {
                    out.putIfAbsent(number, new Item(number, first, lastLine(lines, first, k), sb.toString().strip()));
                }
                number = -1;
                sb.setLength(0);
                if (line == null) break;
                if (opens) {
                    number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    first = k + 1;
                    if (m.group(3) != null) sb.append(m.group(3)).append('\n');
                }
                continue;
            }
            if (FENCE.matcher(line).lookingAt()) inFence = !inFence;
            if (number >= 0) sb.append(dedent(line)).append('\n');
        }
        return out;
    }

    /** The last non-blank line (1-based) before line index {@code end}. */
    private static int lastLine(String[] lines, int first, int end) {
        int last = end;
        while (last > first && lines[last - 1].isBlank()) last--;
        return Math.max(first, last);
    }

    /** Lines of a list item are indented under its number; the answer's code is not. */
    private static String dedent(String line) {
        int k = 0;
        while (k < line.length() && k < 4 && line.charAt(k) == ' ') k++;
        return k >= 2 ? line.substring(k) : line;
    }

    /**
     * The blocks of an answers file read against its questions file: per number both have, the
     * question as a paragraph at the answer's line and the answer as a revealed solution under it.
     * Empty when fewer than {@link #MIN_PAIRS} numbers pair up (then the files are read as they are).
     */
    static List<Block> paired(String questionsText, String answersText) {
        Map<Integer, Item> questions = items(questionsText);
        Map<Integer, Item> answers = items(answersText);
        List<Block> out = new ArrayList<>();
        for (Item a : answers.values()) {
            Item q = questions.get(a.number());
            if (q == null) continue;
            String question = q.text().replaceAll("\\s*\n\\s*", " ").strip();
            if (question.isEmpty()) continue;
            String answer = REVEAL_TAGS.matcher(a.text()).replaceAll("").strip();
            if (answer.isEmpty()) continue;
            out.add(new Block.Prose(question, a.first(), a.first()));
            out.add(new Block.Solution("", answer, a.first(), a.last()));
        }
        return out.size() / 2 >= MIN_PAIRS ? out : List.of();
    }

    /** Whether the two texts pair up as questions and answers. */
    static boolean pairs(String questionsText, String answersText) {
        return !paired(questionsText, answersText).isEmpty();
    }
}
