package io.deckhand.quiz.question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the Markdown of a card's sides: heading context, code, bold terms, fences. */
final class CardText {
    static final int MAX_TERM_WORDS = 4;
    static final int MAX_TERM_CHARS = 40;
    static final int MAX_PHRASE_CHARS = 200;

    private static final Pattern FENCE = Pattern.compile("(?m)^(```+|~~~+)[ \\t]*([\\w+-]*)[^\\n]*\\n([\\s\\S]*?)^\\1[ \\t]*$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*");
    private static final Pattern COMMAND_WORD = Pattern.compile("[A-Za-z][\\w.+-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");

    private CardText() {
    }

    static String context(String front) {
        int end = contextEnd(front);
        return end < 0 ? "" : front.substring(0, end).strip();
    }

    /** The front without its heading context. */
    static String question(String front) {
        int end = contextEnd(front);
        return (end < 0 ? front : front.substring(end)).strip();
    }

    /** Where the question starts after an italic first line {@code *A › B*} and a blank line; -1 without one. */
    private static int contextEnd(String front) {
        if (front.length() < 5 || front.charAt(0) != '*' || front.charAt(1) == '*') return -1;
        int nl = front.indexOf('\n');
        if (nl < 3 || front.charAt(nl - 1) != '*' || nl + 1 >= front.length() || front.charAt(nl + 1) != '\n') return -1;
        if (front.indexOf('*', 1) != nl - 1) return -1;
        return nl + 2;
    }

    /** {@code context} and {@code text} as one Markdown prompt. */
    static String withContext(String context, String text) {
        return context.isEmpty() ? text : context + "\n\n" + text;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Lower case, single spaces, no Markdown emphasis, no punctuation or spaces at either end. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '~') continue;
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(Character.toLowerCase(c));
        }
        int start = 0;
        int end = b.length();
        while (start < end && isEdge(b.charAt(start))) start++;
        while (end > start && isEdge(b.charAt(end - 1))) end--;
        return b.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return c == ' ' || c < 128 && !Character.isLetterOrDigit(c);
    }

    static String codeSpan(String code) {
        String ticks = code.contains("`") ? "``" : "`";
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /** The one command a back consists of: a lone code span or a fence with one line; null otherwise. */
    static String singleCommand(String back) {
        String b = back.strip();
        if (b.isEmpty() || b.charAt(0) != '`' && b.charAt(0) != '~') return null;
        String code = null;
        String span = codeSpanOnly(b);
        if (span != null) {
            code = span;
        } else if (b.startsWith("```") || b.startsWith("~~~")) {
            Matcher f = FENCE.matcher(b);
            if (f.find() && f.start() == 0 && f.end() == b.length() && isShell(f.group(2))) {
                String body = f.group(3).strip();
                if (!body.contains("\n")) code = body;
            }
        }
        if (code == null) return null;
        if (code.startsWith("$ ")) code = code.substring(2).strip();
        Matcher w = COMMAND_WORD.matcher(code);
        return w.lookingAt() && code.length() <= 300 ? code : null;
    }

    /** The code of a text that is one inline code span and nothing else, or null. */
    private static String codeSpanOnly(String b) {
        int ticks = 0;
        while (ticks < b.length() && b.charAt(ticks) == '`') ticks++;
        if (ticks == 0 || ticks >= 3 || b.length() <= 2 * ticks) return null;
        for (int i = b.length() - ticks; i < b.length(); i++) if (b.charAt(i) != '`') return null;
        String inner = b.substring(ticks, b.length() - ticks);
        if (inner.indexOf('\n') >= 0 || inner.contains("`".repeat(ticks)) || inner.endsWith("`")) return null;
        String code = inner.strip();
        return code.isEmpty() ? null : code;
    }

    private static boolean isShell(String lang) {
        return lang.isEmpty() || lang.equals("bash") || lang.equals("sh") || lang.equals("shell") || lang.equals("console")
                || lang.equals("zsh");
    }

    /** The first bold text of the question ("What is **etcd**?"), or null. */
    static String boldTerm(String question) {
        if (!question.contains("**")) return null;
        Matcher m = BOLD.matcher(question);
        return m.find() ? m.group(1).strip() : null;
    }

    /** A back that is one short paragraph of prose (no code block, list, table or heading), stripped; else null. */
    static String prose(String back) {
        String b = back.strip();
        if (b.isEmpty() || b.length() > MAX_PHRASE_CHARS || b.contains("\n") || b.contains("```")) return null;
        char c = b.charAt(0);
        if (c == '-' || c == '*' && !b.startsWith("**") || c == '#' || c == '|' || c == '>' || c == '!') return null;
        if (b.startsWith("**") && b.endsWith("**") && b.length() > 4 && !b.substring(2, b.length() - 2).contains("**")) {
            b = b.substring(2, b.length() - 2).strip();
        }
        return b.isEmpty() ? null : b;
    }

    /** The body of the first fenced block whose info string is one of {@code languages}, or null. */
    static String fence(String markdown, String... languages) {
        if (!markdown.contains("```") && !markdown.contains("~~~")) return null;
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            for (String l : languages) {
                if (m.group(2).equalsIgnoreCase(l)) return m.group(3);
            }
        }
        return null;
    }

    /** Single spaces, for labels written over several lines. */
    static String oneLine(String s) {
        return SPACES.matcher(BREAK.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }
}
