package io.deckhand.render.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The re-indented text being written, and the guesses made on the way (each with the output line it
 * concerns). Blank lines and comments wait until the next placed line says how far to indent them.
 */
final class ReindentedLines {
    private final List<String> out = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final List<String> guesses = new ArrayList<>();

    /** A blank line or comment whose indentation depends on the line after it. */
    void hold(String blankOrComment) {
        pending.add(blankOrComment);
    }

    /** A line placed at the given indentation; held comments take the same. */
    void emit(int indent, String text) {
        flush(indent);
        out.add(" ".repeat(indent) + text);
    }

    /** A line written exactly as given (document markers, block scalar text). */
    void verbatim(String line) {
        out.add(line);
    }

    void flush(int indent) {
        for (String c : pending) {
            out.add(c.isEmpty() ? "" : " ".repeat(indent) + c);
        }
        pending.clear();
    }

    /** Blank lines before a document break go before its `---`; comments after them stay with the document. */
    void flushLeadingBlankLines() {
        while (!pending.isEmpty() && pending.get(0).isEmpty()) {
            out.add("");
            pending.remove(0);
        }
    }

    void guess(String what) {
        guesses.add("line " + (out.size() + pending.size() + 1) + ": " + what);
    }

    List<String> guesses() {
        return guesses;
    }

    /** The text, trailing blank lines removed, ending in one new line. */
    String text() {
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }
}
