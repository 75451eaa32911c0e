package io.deckhand.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cloze syntax written in the Obsidian Spaced Repetition plugin's pattern language:
 * {@code answer} is the hidden text, {@code [123;;]} an optional sequence number with its separator,
 * {@code [;;hint]} an optional hint, {@code \[ \]} literal brackets; everything else is literal.
 * A bare {@code 123} outside brackets is a required number (Anki's {@code {{c1::...}}}).
 */
public final class ClozePattern {
    private final String source;
    private final Pattern regex;
    private final int seqGroup;
    private final int answerGroup;
    private final int hintGroup;
    /** Literal text every match starts with ("" if none): most lines lack it, and a search for it is cheap. */
    private final String lead;

    private ClozePattern(String source, Pattern regex, int seqGroup, int answerGroup, int hintGroup) {
        this.source = source;
        this.lead = leadingLiteral(source);
        this.regex = regex;
        this.seqGroup = seqGroup;
        this.answerGroup = answerGroup;
        this.hintGroup = hintGroup;
    }

    public static ClozePattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int[] groups = {0, 0, 0}; // seq, answer, hint
        int[] counter = {0};
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else if (c == '[') {
                int end = closingBracket(pattern, i);
                re.append("(?:");
                compileBody(pattern.substring(i + 1, end), re, groups, counter);
                re.append(")?");
                i = end + 1;
            } else {
                int next = nextSpecial(pattern, i);
                compileBody(pattern.substring(i, next), re, groups, counter);
                i = next;
            }
        }
        if (groups[1] == 0) throw new IllegalArgumentException("cloze pattern without 'answer': " + pattern);
        return new ClozePattern(pattern, Pattern.compile(re.toString()), groups[0], groups[1], groups[2]);
    }

    private static int nextSpecial(String p, int from) {
        for (int j = from; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == '[' || c == '\\') return j;
        }
        return p.length();
    }

    private static int closingBracket(String p, int open) {
        for (int j = open + 1; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == '\\') j++;
            else if (c == ']') return j;
        }
        throw new IllegalArgumentException("unclosed [ in cloze pattern: " + p);
    }

    /** Literal text with the words answer/hint/123 and backslash escapes. */
    private static void compileBody(String body, StringBuilder re, int[] groups, int[] counter) {
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < body.length()) {
            if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                lit.append(body.charAt(i + 1));
                i += 2;
            } else if (body.startsWith("answer", i)) {
                flush(lit, re);
                groups[1] = ++counter[0];
                re.append("(.+?)");
                i += 6;
            } else if (body.startsWith("hint", i)) {
                flush(lit, re);
                groups[2] = ++counter[0];
                re.append("(.+?)");
                i += 4;
            } else if (body.startsWith("123", i)) {
                // After ^ it is a footnote label ([^1], [^a]), which need not be a number.
                boolean footnote = lit.length() > 0 && lit.charAt(lit.length() - 1) == '^';
                flush(lit, re);
                groups[0] = ++counter[0];
                re.append(footnote ? "([^\\]\\s]+)" : "(\\d+)");
                i += 3;
            } else {
                lit.append(body.charAt(i));
                i++;
            }
        }
        flush(lit, re);
    }

    private static void flush(StringBuilder lit, StringBuilder re) {
        if (lit.length() > 0) {
            re.append(Pattern.quote(lit.toString()));
            lit.setLength(0);
        }
    }

    public String source() {
        return source;
    }

    Matcher matcher(CharSequence text) {
        return regex.matcher(text);
    }

    boolean matchesIn(String line) {
        return (lead.isEmpty() || line.contains(lead)) && regex.matcher(line).find();
    }

    private static String leadingLiteral(String pattern) {
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '[' || pattern.startsWith("answer", i) || pattern.startsWith("hint", i)
                    || pattern.startsWith("123", i)) {
                break;
            }
            if (c == '\\' && i + 1 < pattern.length()) c = pattern.charAt(++i);
            lit.append(c);
        }
        return lit.toString();
    }

    /** Sequence label of a match (deletions sharing one are hidden together), or null. */
    String sequence(Matcher m) {
        return seqGroup == 0 ? null : m.group(seqGroup);
    }

    String answer(Matcher m) {
        return m.group(answerGroup);
    }

    String hint(Matcher m) {
        return hintGroup == 0 ? null : m.group(hintGroup);
    }
}
