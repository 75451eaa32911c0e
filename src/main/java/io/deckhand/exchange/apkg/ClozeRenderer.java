package io.deckhand.exchange.apkg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Anki cloze deletions {@code {{c1::answer::hint}}}: hides the card's own cloze on the question
 * ({@code [...]} or {@code [hint]}), shows it highlighted on the answer, shows the others as plain
 * text. One pass with a stack, so nested clozes resolve inside out and long or deeply nested text
 * costs linear time and no recursion.
 */
public final class ClozeRenderer {
    private static final int MAX_DIGITS = 6;

    /** One cloze found in the text: its number and its text and hint as already rendered. */
    private record Cloze(int number, String text, String hint) {
    }

    private interface Shown {
        String show(Cloze c);
    }

    public String render(String text, int ordinal, boolean answer) {
        return walk(text, c -> {
            if (c.number() != ordinal) return c.text();
            if (answer) return "<span class=\"cloze\">" + c.text() + "</span>";
            return "<span class=\"cloze\">[" + (c.hint() == null || c.hint().isBlank() ? "..." : c.hint()) + "]</span>";
        }, null);
    }

    /** The texts of cloze {@code ordinal}, comma separated (for {@code type:cloze:} and {@code cloze-only:}). */
    public String answers(String text, int ordinal) {
        List<Cloze> found = new ArrayList<>();
        walk(text, Cloze::text, found);
        StringBuilder out = new StringBuilder();
        for (Cloze c : found) {
            if (c.number() != ordinal) continue;
            if (out.length() > 0) out.append(", ");
            out.append(c.text());
        }
        return out.toString();
    }

    /** The cloze numbers used in {@code text} (one card per number). */
    public Set<Integer> ordinals(String text) {
        List<Cloze> found = new ArrayList<>();
        walk(text, Cloze::text, found);
        Set<Integer> result = new TreeSet<>();
        for (Cloze c : found) result.add(c.number());
        return result;
    }

    private static final class Frame {
        final int number;
        final String opening;
        final StringBuilder body = new StringBuilder();

        Frame(int number, String opening) {
            this.number = number;
            this.opening = opening;
        }
    }

    private static String walk(String text, Shown shown, List<Cloze> found) {
        StringBuilder base = new StringBuilder(text.length());
        Deque<Frame> stack = new ArrayDeque<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            StringBuilder out = stack.isEmpty() ? base : stack.peek().body;
            if (text.startsWith("{{c", i)) {
                int j = i + 3;
                while (j < n && j - i - 3 < MAX_DIGITS && Character.isDigit(text.charAt(j))) j++;
                if (j > i + 3 && text.startsWith("::", j)) {
                    stack.push(new Frame(Integer.parseInt(text.substring(i + 3, j)), text.substring(i, j + 2)));
                    i = j + 2;
                    continue;
                }
            } else if (text.startsWith("}}", i) && !stack.isEmpty()) {
                Frame f = stack.pop();
                String body = f.body.toString();
                int sep = body.indexOf("::");
                Cloze c = new Cloze(f.number, sep < 0 ? body : body.substring(0, sep), sep < 0 ? null : body.substring(sep + 2));
                if (found != null) found.add(c);
                (stack.isEmpty() ? base : stack.peek().body).append(shown.show(c));
                i += 2;
                continue;
            }
            out.append(text.charAt(i));
            i++;
        }
        // unclosed clozes stay as written
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            (stack.isEmpty() ? base : stack.peek().body).append(f.opening).append(f.body);
        }
        return base.toString();
    }
}
