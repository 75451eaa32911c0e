package io.deckhand.exchange.apkg;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki cloze deletions {@code {{c1::answer::hint}}}: hides the card's own cloze on the question
 * ({@code [...]} or {@code [hint]}), shows it highlighted on the answer, shows the others as plain text.
 */
public final class ClozeRenderer {
    // innermost first: the body cannot contain "{{", so nested clozes resolve from the inside out
    private static final Pattern CLOZE = Pattern.compile("(?s)\\{\\{c(\\d+)::((?:(?!\\{\\{|\\}\\}).)*?)(?:::((?:(?!\\{\\{|\\}\\}).)*?))?\\}\\}");
    private static final int MAX_PASSES = 32;

    public String render(String text, int ordinal, boolean answer) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Matcher m = CLOZE.matcher(current);
            if (!m.find()) break;
            m.reset();
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
                String body = m.group(2);
                String hint = m.group(3);
                String shown;
                if (n != ordinal) {
                    shown = body;
                } else if (answer) {
                    shown = "<span class=\"cloze\">" + body + "</span>";
                } else {
                    shown = "<span class=\"cloze\">[" + (hint == null || hint.isBlank() ? "..." : hint) + "]</span>";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(shown));
            }
            m.appendTail(out);
            current = out.toString();
        }
        return current;
    }

    /** The texts of cloze {@code ordinal}, comma separated (for {@code type:cloze:} and {@code cloze-only:}). */
    public String answers(String text, int ordinal) {
        StringBuilder out = new StringBuilder();
        Matcher m = CLOZE.matcher(text);
        while (m.find()) {
            if (m.group(1).length() <= 6 && Integer.parseInt(m.group(1)) == ordinal) {
                if (out.length() > 0) out.append(", ");
                out.append(m.group(2));
            }
        }
        return out.toString();
    }

    /** The cloze numbers used in {@code text} (for generating one card per number). */
    public Set<Integer> ordinals(String text) {
        Set<Integer> result = new TreeSet<>();
        Matcher m = CLOZE.matcher(text);
        while (m.find()) {
            if (m.group(1).length() <= 6) result.add(Integer.parseInt(m.group(1)));
        }
        return result;
    }
}
