package io.deckhand.notes.gate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a card teaches the subject rather than facts around it: who made it, when, how popular it
 * is (history, vendor and marketing facts), or the names of the notes' own files. Each check gives the
 * reason in the user's words, or null.
 */
final class ExamValue {
    /** A Markdown link's target and an Obsidian link render as their text, a name of the subject. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\n]*\\)|\\[\\[[^\\]\\n]*\\]\\]");
    /** A notes file written out as text: "README.md", `setup/02-install.md`. */
    private static final Pattern NOTES_FILE = Pattern.compile(
            "(?i)(?<![\\w.-])[\\w./~-]*[\\w-]\\.(?:md|markdown|mdx|ipynb)(?![\\w.])");
    private static final int SHORT_ANSWER = 200;

    private static final Pattern HEADING_NOISE = Pattern.compile("^[\\d.)\\s]+|[^\\p{L}\\p{N}\\s'-]");

    private final FoldedPattern originQuestions;
    private final Pattern originAnswers;
    private final Set<String> originSections;

    ExamValue(List<Pattern> originQuestions, List<Pattern> originAnswers, Set<String> originSections) {
        this.originQuestions = FoldedPattern.of(DefinitionShape.alternation(originQuestions));
        this.originAnswers = DefinitionShape.alternation(originAnswers);
        this.originSections = originSections;
        Set<String> first = new java.util.HashSet<>();
        for (String entry : originSections) first.add(entry.split(" ")[0]);
        this.sectionFirstWords = Set.copyOf(first);
    }

    /** The first words of the section entries: most headings are passed on their first word alone. */
    private final Set<String> sectionFirstWords;

    private boolean mayBeOriginSection(String heading) {
        int i = 0;
        int n = heading.length();
        while (i < n && !Character.isLetter(heading.charAt(i))) i++;
        int from = i;
        while (i < n && Character.isLetter(heading.charAt(i))) i++;
        return i > from && sectionFirstWords.contains(heading.substring(from, i).toLowerCase(Locale.ROOT));
    }

    /** Only a side that holds a notes file's extension is searched (manifests are full of other dots). */
    private static boolean mayNameNotesFile(String side) {
        String lower = side.toLowerCase(Locale.ROOT);
        return lower.contains(".md") || lower.contains(".markdown") || lower.contains(".ipynb");
    }

    static ExamValue load() {
        return new ExamValue(GateConfig.patternsOf("gate-origin-facts.txt"), GateConfig.patternsOf("gate-origin-answers.txt"),
                GateConfig.wordsOf("gate-origin-sections.txt"));
    }

    /** Why the card comes from a section about its subject's history, community or vendors, or null. */
    String originSectionFault(List<String> headingPath) {
        for (String heading : headingPath) {
            if (!mayBeOriginSection(heading)) continue;
            String h = HEADING_NOISE.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").strip().replaceAll("\\s+", " ");
            int of = h.indexOf(" of ");
            if (originSections.contains(h) || of > 0 && originSections.contains(h.substring(0, of))) {
                return "It comes from the section \u201c" + heading.strip() + "\u201d, about the subject's history, "
                        + "community or vendors rather than how it works.";
            }
        }
        return null;
    }

    /**
     * Why the card is about its subject's origin or standing rather than the subject, or null: the
     * question asks who made it or when, or a short answer opens with that.
     */
    String originFault(String plainQuestion, String back) {
        Matcher q = originQuestions.find(plainQuestion.strip());
        if (q != null) {
            return "It asks about where its subject comes from (\u201c" + CardText.shortened(q.group().strip(), 40)
                    + "\u201d): history, vendor or popularity, not how the subject works.";
        }
        String a = CardText.plain(back).strip();
        if (a.length() > SHORT_ANSWER || a.indexOf('\n') >= 0) return null;
        Matcher m = originAnswers.matcher(a);
        if (m.lookingAt()) {
            return "The answer is about where its subject comes from or how popular it is (\u201c"
                    + CardText.shortened(m.group().strip(), 40) + "\u201d), not how it works.";
        }
        return null;
    }

    /** A host address, no prefix length: a CIDR range ("10.244.0.0/16") is a setting, not a machine. */
    private static final Pattern HOST_ADDRESS = Pattern.compile("^(\\d{1,3})\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?::\\d{1,5})?$");
    /** A machine's name numbered in a lab's way: "worker-node2", "k8s-lab01-wk01" (a hyphen, a digit at its end). */
    private static final Pattern HOST_NAME = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]*\\d+$");
    private static final Pattern ANSWER_TOKENS = Pattern.compile("[\\s,;()\"'\u201c\u201d]+");
    private static final int SHORT_VALUE = 80;
    private static final Set<String> LAB_WORDS = GateConfig.wordsOf("gate-lab-words.txt");

    /**
     * Why the answer's only news is a value of the author's own machines (an address, a numbered host
     * name), or null: "Which node runs the pod? worker-node2" holds on no other cluster. Loopback and
     * wildcard addresses (127.x, 0.0.0.0) mean the same on every machine, so they are facts.
     */
    String labValueFault(String front, String back, Set<String> stopWords) {
        String plain = CardText.plain(back).strip();
        if (plain.length() > SHORT_VALUE || plain.indexOf('\n') >= 0 || back.contains("```")) return null;
        Set<String> asked = new java.util.HashSet<>();
        for (String w : ANSWER_TOKENS.split(CardText.plain(front).toLowerCase(Locale.ROOT))) asked.add(trimmed(w));
        String value = null;
        for (String token : ANSWER_TOKENS.split(plain.toLowerCase(Locale.ROOT))) {
            String t = trimmed(token);
            if (t.isEmpty() || asked.contains(t) || stopWords.contains(t) || LAB_WORDS.contains(t)) continue;
            Matcher ip = HOST_ADDRESS.matcher(t);
            boolean machine = ip.matches() ? !ip.group(1).equals("127") && !t.startsWith("0.0.0.0") : HOST_NAME.matcher(t).matches();
            if (!machine) return null;
            value = t;
        }
        if (value == null) return null;
        return "The answer is a value of the author's own machines (\u201c" + value + "\u201d), which holds on no other cluster.";
    }

    private static String trimmed(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) to--;
        return token.substring(from, to);
    }

    /** Why a side names one of the notes' own files ("see README.md"), or null. */
    String notesFileFault(String question, String back) {
        for (String side : new String[] {question, back}) {
            if (!mayNameNotesFile(side)) continue;
            Matcher m = NOTES_FILE.matcher(LINK_TARGET.matcher(side).replaceAll("]"));
            if (m.find()) {
                return "It names a file of the notes (\u201c" + m.group() + "\u201d): the notes' own layout, "
                        + "nothing to learn about the subject.";
            }
        }
        return null;
    }
}
