package io.deckhand.quiz.question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the Markdown of a card's sides: heading context, code, bold terms, fences. */
final class CardText {
    static final int MAX_TERM_WORDS = 4;
    static final int MAX_TERM_CHARS = 40;
    static final int MAX_PHRASE_CHARS = 200;

    /** The italic heading path the extractor puts above a card's question: {@code *Volumes › Access*}. */
    private static final Pattern CONTEXT = Pattern.compile("\\A\\*[^*\\n]+\\*\\n\\n");
    private static final Pattern CODE_SPAN_ONLY = Pattern.compile("\\A(`+)\\s?([^`\\n][\\s\\S]*?)\\s?\\1\\z");
    private static final Pattern FENCE = Pattern.compile("(?m)^(```+|~~~+)[ \\t]*([\\w+-]*)[^\\n]*\\n([\\s\\S]*?)^\\1[ \\t]*$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*");
    private static final Pattern DESCRIBED_COMMAND = Pattern.compile("(?i)\\bwhat (?:does|do) (`+)([^`\\n]+)\\1 do\\?");
    private static final Pattern COMMAND_WORD = Pattern.compile("[A-Za-z][\\w.+-]*");

    private CardText() {
    }

    static String context(String front) {
        Matcher m = CONTEXT.matcher(front);
        return m.find() ? m.group().strip() : "";
    }

    /** The front without its heading context. */
    static String question(String front) {
        Matcher m = CONTEXT.matcher(front);
        return (m.find() ? front.substring(m.end()) : front).strip();
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

    /** Lower case, single spaces, no surrounding punctuation or Markdown emphasis. */
    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[*_`~]", "").replaceAll("\\s+", " ").strip();
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    static String codeSpan(String code) {
        String ticks = code.contains("`") ? "``" : "`";
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /** The one command a back consists of: a lone code span or a fence with one line; null otherwise. */
    static String singleCommand(String back) {
        String b = back.strip();
        String code = null;
        Matcher span = CODE_SPAN_ONLY.matcher(b);
        if (span.matches() && !span.group(2).contains("\n")) {
            code = span.group(2).strip();
        } else {
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

    private static boolean isShell(String lang) {
        return lang.isEmpty() || lang.equals("bash") || lang.equals("sh") || lang.equals("shell") || lang.equals("console")
                || lang.equals("zsh");
    }

    /** X in "What does `X` do?", or null. */
    static String describedCommand(String question) {
        Matcher m = DESCRIBED_COMMAND.matcher(question);
        return m.find() ? m.group(2).strip() : null;
    }

    /** The first bold text of the question ("What is **etcd**?"), or null. */
    static String boldTerm(String question) {
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
        return s.replaceAll("<br\\s*/?>", " ").replaceAll("\\s+", " ").strip();
    }
}
