package io.deckhand.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "kubectl top pod (needs metrics-server)": a remark in brackets after a command, made of words only.
 * A shell reads a bracket after an argument as a syntax error, so such a bracket is the note's aside and
 * not part of the command. One definition for the notes (which keep it out of the code span they make)
 * and the gate (which flags a code span that holds one).
 */
public final class CodeRemark {
    /** Words (letters, digits, hyphens, dots, apostrophes), at least two, after a space, closing the text. */
    private static final Pattern REMARK = Pattern.compile(
            "\\s\\((\\p{L}[\\p{L}\\p{N}'.\\-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'.\\-/]*)+)\\)\\s*$");

    private CodeRemark() {
    }

    /** Where the remark's opening bracket is in {@code code}, or -1 when the code ends in none (or is only one). */
    public static int start(String code) {
        Matcher m = REMARK.matcher(code);
        if (!m.find()) return -1;
        int at = m.start() + 1;
        // Only the remark: nothing is left for a command.
        return code.substring(0, at).isBlank() ? -1 : at;
    }
}
