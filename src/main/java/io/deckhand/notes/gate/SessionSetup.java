package io.deckhand.notes.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Session setup, read once from {@code gate-setup-programs.txt}, the one list of it: the programs of a
 * shell session that say nothing about what a command is for ({@link #programs()}, for
 * {@link ExamPrograms}), and the lines that only move the session to where a task is done, "ssh node01",
 * "sudo -i", "kubectl config use-context prod" ({@link #movesSession}, for the task rules). Pure and
 * thread-safe.
 */
public final class SessionSetup {
    private static final String FILE = "gate-setup-programs.txt";
    private static final String MOVES = "moves:";

    private SessionSetup() {
    }

    private static final class Holder {
        static final Set<String> PROGRAMS;
        static final Pattern MOVE;

        static {
            Set<String> programs = new LinkedHashSet<>();
            List<String> moves = new ArrayList<>();
            for (String line : GateConfig.linesOf(FILE)) {
                int at = line.indexOf(MOVES);
                String program = (at < 0 ? line : line.substring(0, at)).strip().toLowerCase(Locale.ROOT);
                if (at < 0) {
                    programs.add(program);
                    continue;
                }
                for (String shape : line.substring(at + MOVES.length()).split("\\|")) {
                    moves.add(moveShape(program, shape.strip()));
                }
                programs.add(program);
            }
            programs.removeAll(GateConfig.wordsOf("gate-exam-programs.txt"));
            PROGRAMS = Set.copyOf(programs);
            MOVE = Pattern.compile("(?i)^(?:" + String.join("|", moves) + ")\\s*$");
        }
    }

    /** "ssh HOST" → {@code ssh\s+[\w.@-]+}; "config use-context ..." → {@code ...config\s+use-context\b.*}. */
    private static String moveShape(String program, String shape) {
        StringBuilder out = new StringBuilder(Pattern.quote(program));
        if (shape.equals("(alone)")) return out.toString();
        for (String word : shape.split("\\s+")) {
            switch (word) {
                case "HOST" -> out.append("\\s+[\\w.@-]+");
                case "..." -> out.append("\\b.*");
                default -> out.append("\\s+").append(Pattern.quote(word));
            }
        }
        return out.toString();
    }

    /** The session's programs (lower case), the exam's own programs aside. */
    static Set<String> programs() {
        return Holder.PROGRAMS;
    }

    /** Whether the line only moves to another host, cluster, namespace or user ("ssh node01", "exit"). */
    public static boolean movesSession(String line) {
        return Holder.MOVE.matcher(line.strip()).matches();
    }
}
