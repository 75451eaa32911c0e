package io.deckhand.notes.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer's commands are the subject's: a card whose commands run only other platforms'
 * programs (a package manager, a cloud provider's CLI, a language runtime's tools,
 * {@code gate-platform-programs.txt}) and never name one of the exam's programs teaches that platform,
 * not Kubernetes. The exam's programs ({@code gate-exam-programs.txt}) make a command the subject's
 * wherever they appear ("apt-get install kubeadm" is a step of an upgrade); shell utilities and session
 * setup ({@code gate-shell-utilities.txt}, {@code gate-setup-programs.txt}) say nothing either way; a
 * program on no list is taken for the notes' own subject's. Pure and thread-safe.
 */
final class ExamPrograms {
    /** Fenced code with its info string (group 1) and body (group 2). */
    private static final Pattern FENCE = Pattern.compile("(?s)(?:```|~~~)([\\w+-]*)[^\\n]*\\n(.*?)(?:```|~~~)");
    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    /** A question's code span (group 1) or bold span (group 2): where a command card or a table row shows its command. */
    private static final Pattern ASKED_COMMAND = Pattern.compile("`([^`\\n]+)`|\\*\\*([^*\\n]+)\\*\\*");
    /** Fence languages that hold data or pictures, never commands. */
    private static final Set<String> DATA_LANGUAGES = Set.of("yaml", "yml", "json", "mermaid", "text", "txt", "output",
            "ini", "toml", "xml", "properties", "dockerfile", "java", "python", "go");
    /** A prompt before a command ("$ ", "> ", "# " only when followed by a program: a comment has words after it). */
    private static final Pattern PROMPT = Pattern.compile("^(?:\\$|>|[\\w@.-]+[$#])\\s+");
    private static final Pattern SEGMENTS = Pattern.compile("\\|\\||&&|\\||;|\\$\\(|`");
    /** A program as a shell line opens with it: lower case, no path, no dot (output rows and fields are not). */
    private static final Pattern PROGRAM = Pattern.compile("^[a-z][a-z0-9_-]*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A printed table's header ("NAME READY STATUS"): the lines after it are output, not commands. */
    private static final Pattern OUTPUT_HEADER = Pattern.compile("^[A-Z][A-Z_-]+(?:\\s+[A-Z][A-Z_ -]*)+$");
    private static final Pattern NAME_EDGES = Pattern.compile("^[\"'(]+|[\"'),:]+$|[=:].*$");

    private static final int MAX_PROSE = 200;

    private final Set<String> examPrograms;
    private final Set<String> neutralPrograms;
    private final Set<String> platformPrograms;

    ExamPrograms(Set<String> examPrograms, Set<String> neutralPrograms, Set<String> platformPrograms) {
        this.examPrograms = examPrograms;
        this.neutralPrograms = neutralPrograms;
        this.platformPrograms = platformPrograms;
    }

    static ExamPrograms load() {
        Set<String> neutral = new LinkedHashSet<>(GateConfig.wordsOf("gate-shell-utilities.txt"));
        neutral.addAll(SessionSetup.programs());
        return new ExamPrograms(GateConfig.wordsOf("gate-exam-programs.txt"), Set.copyOf(neutral),
                GateConfig.wordsOf("gate-platform-programs.txt"));
    }

    /**
     * Why the answer's commands belong to another platform, or null: at least one command line, every
     * program they run another platform's or a shell utility (at least one the former), and no exam
     * program named. {@code question}'s code may name the exam's program the answer prepares for; when
     * {@code commandAsked} (a command card, a table row), the command the question shows in code or in
     * bold ("What does `apt-get update` do?") is read with the answer's.
     */
    String offExamFault(String question, String back, boolean commandAsked) {
        List<String> lines = new ArrayList<>();
        if (commandAsked && (question.indexOf('`') >= 0 || question.indexOf("**") >= 0)) {
            Matcher q = ASKED_COMMAND.matcher(question);
            while (q.find()) {
                String command = PROMPT.matcher((q.group(1) != null ? q.group(1) : q.group(2)).strip()).replaceFirst("");
                if (SPACES.split(command).length >= 2) lines.add(command);
            }
        }
        if (lines.isEmpty() && back.indexOf('`') < 0 && back.indexOf("~~~") < 0) return null;
        // Beside a longer explanation the commands are its example; the explanation is what is learnt.
        if (SPAN.matcher(withoutFences(back)).replaceAll(" ").strip().length() > MAX_PROSE) return null;
        lines.addAll(commandLines(back));
        if (lines.isEmpty()) return null;
        Set<String> others = new LinkedHashSet<>();
        for (String line : lines) {
            for (String segment : SEGMENTS.split(line)) {
                String[] words = SPACES.split(segment.strip());
                int w = 0;
                // Variable assignments and sudo come before the program ("KUBECONFIG=x sudo kubeadm ...").
                while (w < words.length && (words[w].contains("=") && !words[w].startsWith("-") || words[w].equals("sudo"))) w++;
                if (w >= words.length || !PROGRAM.matcher(words[w]).matches()) continue;
                String program = words[w];
                if (platformPrograms.contains(program)) others.add(program);
                else if (!neutralPrograms.contains(program)) return null;
            }
        }
        if (others.isEmpty() || namesAnExamProgram(back) || namesAnExamProgram(question)) return null;
        return "Its command" + (others.size() > 1 ? "s run " : " runs ") + String.join(", ", others)
                + ": another platform's tool or a companion the exam's terminal lacks, not one the exam uses (kubectl, "
                + "kubeadm, etcdctl, crictl, helm, ...).";
    }

    /** Whether a word of the text's code is an exam program ("apt-get install -y kubelet=1.30.1-1.1"). */
    private boolean namesAnExamProgram(String text) {
        if (text.indexOf('`') < 0 && text.indexOf("~~~") < 0) return false;
        List<String> code = new ArrayList<>();
        Matcher f = FENCE.matcher(text);
        while (f.find()) code.add(f.group(2));
        Matcher s = SPAN.matcher(withoutFences(text));
        while (s.find()) code.add(s.group(1));
        for (String c : code) {
            for (String word : SPACES.split(c.toLowerCase(Locale.ROOT))) {
                String name = NAME_EDGES.matcher(word).replaceAll("");
                int slash = name.lastIndexOf('/');
                if (slash >= 0) name = name.substring(slash + 1);
                if (examPrograms.contains(name)) return true;
            }
        }
        return false;
    }

    /**
     * The answer's command lines: the lines of its shell fences (data fences and printed output
     * aside), and inline code that reads as a command: a span that is all of its line (a list marker
     * aside), or one opening with a program this gate knows, holding a flag, or of three words or more
     * ("Avoid `line busting`": a term in a sentence).
     */
    private List<String> commandLines(String back) {
        List<String> out = new ArrayList<>();
        Matcher f = FENCE.matcher(back);
        while (f.find()) {
            if (DATA_LANGUAGES.contains(f.group(1).toLowerCase(Locale.ROOT))) continue;
            for (String line : f.group(2).split("\n")) {
                String l = line.strip();
                if (OUTPUT_HEADER.matcher(l).matches()) break;
                l = PROMPT.matcher(l).replaceFirst("");
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
            }
        }
        String prose = withoutFences(back);
        Matcher s = SPAN.matcher(prose);
        while (s.find()) {
            String span = PROMPT.matcher(s.group(1).strip()).replaceFirst("");
            String[] words = SPACES.split(span);
            if (words.length < 2) continue;
            String first = words[0].equals("sudo") ? words[1] : words[0];
            boolean known = examPrograms.contains(first) || neutralPrograms.contains(first) || platformPrograms.contains(first);
            boolean flag = false;
            for (String w : words) flag |= w.startsWith("-") && w.length() > 1;
            if (fillsItsLine(prose, s.start(), s.end()) || known || flag || words.length >= 3) out.add(span);
        }
        return out;
    }

    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*$");

    /** Whether only a list marker comes before the span on its line and nothing but a stop after it. */
    private static boolean fillsItsLine(String text, int from, int to) {
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) lineEnd = text.length();
        return ITEM_MARKER.matcher(text.substring(lineStart, from)).matches()
                && text.substring(to, lineEnd).strip().replace(".", "").isEmpty();
    }

    private static String withoutFences(String text) {
        return FENCE.matcher(text).replaceAll(" ");
    }
}
