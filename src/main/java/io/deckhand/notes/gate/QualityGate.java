package io.deckhand.notes.gate;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last stage of extraction: scores each proposed card from 0 to 1 and says why it lost points, from
 * properties any card can have (a question pointing at the notes' layout, a side ending in a lead-in
 * with nothing after it, broken markup, encoded blobs, meta content, the answer given away by the
 * question, yes/no answers, walls of text, a section name asked as a term, near-duplicates). Cards
 * under the threshold are still proposed, unticked. Pure and thread-safe; thresholds and word lists
 * come from resource files ({@link GateConfig}).
 */
public final class QualityGate {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** A case asked of a command: its code span opens the question, then ":" ("`cmd`: what happens if ...?"). */
    private static final Pattern CASE_OF_A_COMMAND = Pattern.compile("`[^`\\n]+`:\\s");
    private static volatile QualityGate standard;

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern CHECKBOX = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*\\[[ xX]\\]\\s");
    private static final Pattern LINKS = Pattern.compile(
            "!?\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]*>|https?://\\S+|\\[\\[[^\\]]*\\]\\]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern HEADING_NOISE = Pattern.compile("^[\\d.)\\s]+|[^\\p{L}\\p{N}\\s'/-]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");

    private final GateConfig config;
    private final double threshold;
    private final int base64Run;
    private final int hexRun;
    private final FoldedPattern layout;
    private final FoldedPattern leadIn;
    private final FoldedPattern vague;
    private final Map<String, Double> numbers = new HashMap<>();
    private final RemovedApis removed = RemovedApis.load();
    private final DefinitionShape shape = DefinitionShape.load();
    private final ManifestFaults manifestFaults = ManifestFaults.load();
    private final TableCells tableCells = TableCells.load();
    private final ExamValue examValue = ExamValue.load();
    private final ExamPrograms examPrograms = ExamPrograms.load();
    private final StepContext stepContext;
    private final TaskFragments taskFragments = new TaskFragments();
    private final ProjectTree projectTree;
    /** Why a YAML text does not parse, or null: the notes stage lends its parser (the gate has none). */
    private final UnaryOperator<String> yamlProblem;
    /** Why a manifest card's front cannot be written from (front, back), or null: lent by the notes stage too. */
    private final java.util.function.BinaryOperator<String> manifestGap;
    /** Folded as the gate reads answers ("specifies" as "specifie"), so the list is written in plain words. */
    private final Set<String> restatingWords = Set.copyOf(
            CardText.saidWords(String.join(" ", GateConfig.wordsOf("gate-restating-words.txt")), Set.of()));

    QualityGate(GateConfig config) {
        this(config, yaml -> null, (front, back) -> null);
    }

    private QualityGate(GateConfig config, UnaryOperator<String> yamlProblem, java.util.function.BinaryOperator<String> manifestGap) {
        this.config = config;
        this.yamlProblem = yamlProblem;
        this.manifestGap = manifestGap;
        for (String key : config.numbers().stringPropertyNames()) numbers.put(key, config.number(key));
        this.threshold = number("threshold");
        this.base64Run = (int) number("blob.base64");
        this.hexRun = (int) number("blob.hex");
        this.layout = FoldedPattern.of(GateConfig.anyOf(config.layout()));
        this.leadIn = FoldedPattern.of(GateConfig.anyOf(config.leadIns()));
        this.vague = FoldedPattern.of(GateConfig.anyOf(config.vagueQuestions()));
        this.stepContext = StepContext.load(config.stopWords());
        this.projectTree = ProjectTree.load(number("meta.projectTreeShare"));
    }

    private double number(String key) {
        Double v = numbers.get(key);
        if (v == null) throw new IllegalStateException("gate.properties has no " + key);
        return v;
    }

    /** The gate with the thresholds and vocabularies shipped in the resources, read once. */
    public static QualityGate standard() {
        QualityGate g = standard;
        if (g == null) {
            synchronized (QualityGate.class) {
                if (standard == null) standard = new QualityGate(GateConfig.load());
                g = standard;
            }
        }
        return g;
    }

    /**
     * This gate, also unticking a card whose YAML does not parse; {@code yamlProblem} says why a text
     * does not (e.g. "line 3: mapping values are not allowed here"), or returns null.
     */
    public QualityGate withYamlCheck(UnaryOperator<String> yamlProblem) {
        return new QualityGate(config, yamlProblem, manifestGap);
    }

    /**
     * This gate, also unticking a manifest card whose front leaves out what its manifest needs;
     * {@code manifestGap} says what, from the card's front and back, or returns null.
     */
    public QualityGate withManifestCheck(java.util.function.BinaryOperator<String> manifestGap) {
        return new QualityGate(config, yamlProblem, manifestGap);
    }

    /** The score under which a card is proposed unticked. */
    public double threshold() {
        return threshold;
    }

    /** The drafts of one run, each with its quality; a near-duplicate of an earlier card loses points. */
    public List<CardDraft> judge(List<CardDraft> drafts) {
        List<Card> cards = new ArrayList<>(drafts.size());
        List<List<Finding>> findings = new ArrayList<>(drafts.size());
        Map<String, Boolean> metaHeadings = new HashMap<>();
        for (CardDraft d : drafts) {
            Card c = new Card(d);
            cards.add(c);
            findings.add(findings(c, metaHeadings));
        }
        nearDuplicates(cards, findings);
        List<CardDraft> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) out.add(drafts.get(i).withQuality(quality(findings.get(i))));
        return out;
    }

    /** One card on its own (no comparison with other cards). */
    public Quality judge(CardDraft draft) {
        return quality(findings(new Card(draft), new HashMap<>()));
    }

    /**
     * A draft with what several checks read from it, each worked out once: the question, its plain
     * text and the word sets (the near-duplicate pass reads every card's words again).
     */
    private final class Card {
        final CardDraft draft;
        final String question;
        private String plainQuestion;
        private Set<String> questionWords;
        private Set<String> backWords;
        private Set<String> frontWords;

        Card(CardDraft draft) {
            this.draft = draft;
            this.question = CardText.question(draft.front());
        }

        String plainQuestion() {
            if (plainQuestion == null) plainQuestion = CardText.plain(question);
            return plainQuestion;
        }

        Set<String> questionWords() {
            if (questionWords == null) questionWords = CardText.contentWords(question, config.stopWords());
            return questionWords;
        }

        Set<String> backWords() {
            if (backWords == null) backWords = CardText.contentWords(draft.back(), config.stopWords());
            return backWords;
        }

        /** The words of the whole front, heading path included. */
        Set<String> frontWords() {
            if (frontWords == null) {
                // The question is the front's tail after whitespace, so its words are the front's when it is all of it.
                frontWords = question.equals(draft.front()) ? questionWords()
                        : CardText.contentWords(draft.front(), config.stopWords());
            }
            return frontWords;
        }

        /** The words of front and back (the whole front: a bare label's heading is what is asked). */
        Set<String> allWords() {
            Set<String> frontWords = frontWords();
            Set<String> back = backWords();
            if (back.isEmpty()) return frontWords;
            Set<String> all = new LinkedHashSet<>(frontWords);
            all.addAll(back);
            return all;
        }
    }

    private record Finding(double penalty, String reason) {
    }

    private Quality quality(List<Finding> found) {
        double score = 1;
        List<String> reasons = new ArrayList<>(found.size());
        for (Finding f : found) {
            score *= 1 - f.penalty();
            reasons.add(f.reason());
        }
        score = Math.max(0, Math.min(1, Math.round(score * 100) / 100.0));
        return new Quality(score, reasons, score >= threshold);
    }

    /** "this chapter", "the next section": a heading that points at a part of the notes, saying where. */
    private static final Pattern PART_POINTER = Pattern.compile("(?i)\\b(?:this|that|these|those|the previous|the next"
            + "|the last|the above)\\s+(?:section|notes?|list|table|heading|page|chapter|paragraph|point|bullet|guides?"
            + "|tutorials?)\\b");

    private List<Finding> findings(Card c, Map<String, Boolean> metaHeadings) {
        List<Finding> out = new ArrayList<>(2);
        CardDraft d = c.draft;
        String question = c.question;
        String back = d.back();
        // The whole front: a heading shown above the question ("Steps listed below") points at the layout too.
        // Above a definition, a heading that names a part of the notes ("What This Chapter Does") only says where
        // "What is **containerd**?" was found; any other pointer in it ("Soil as follows") is still on the card.
        String front = d.front();
        boolean definition = d.kind() == CardKind.DEFINITION && question.contains("**") && front.endsWith(question);
        layout(definition ? PART_POINTER.matcher(front.substring(0, front.length() - question.length())).replaceAll("")
                + question : front, out);
        dangling("question", question, out);
        dangling("answer", back, out);
        markup("question", d.front(), out);
        markup("answer", back, out);
        blob(d.front() + "\n" + back, out);
        labelOnly(c, out);
        vague(c, out);
        meta(d, metaHeadings, out);
        // An answer already in the question is one finding, not two.
        if (!answerInQuestion(c, out) && !placeholderCommand(c, out) && !givenCommand(c, out)) restated(c, out);
        trivial(back, out);
        removed(d.front() + "\n\n" + back, out);
        if (!brokenManifest(back, out) && d.kind() == CardKind.MANIFEST) {
            String dump = manifestFaults.dumpFault(back);
            String gap = dump != null ? null : manifestGap.apply(d.front(), back);
            if (dump != null) out.add(new Finding(number("penalty.objectDump"), dump));
            if (gap != null) out.add(new Finding(number("penalty.unstatedValues"), gap));
        }
        // "What does `... | Select-String x` do?": the command may be the question.
        if (!personalShell(back, out) && d.kind() == CardKind.COMMAND) personalShell(question, out);
        genericTerm(question, out);
        labelAsSubject(question, out);
        standsAlone(c, out);
        leansOnTheNotes(c, out);
        carriesItsState(c, out);
        taskFragment(c, out);
        shortOfCount(c, back, out);
        length(back, out);
        lowValue(c, out);
        return out;
    }

    /**
     * Worth learning for the exam: a table card names its row and states a fact (not a grade); no card
     * is about its subject's history, vendor or popularity, or names the notes' own files, and no
     * answer's commands are only another platform's (ExamPrograms).
     */
    private void lowValue(Card c, List<Finding> out) {
        String why = null;
        if (c.draft.kind() == CardKind.TABLE_FACT) {
            why = tableCells.subjectFault(c.question);
            if (why == null) why = tableCells.platformFault(c.question);
            // A bare yes/no is trivial()'s already; one finding per fault.
            if (why == null && !config.trivialAnswers().contains(CardText.plain(c.draft.back()).toLowerCase(Locale.ROOT))) {
                why = tableCells.verdictFault(c.draft.back());
            }
        }
        if (why == null) why = examValue.originFault(c.plainQuestion(), c.draft.back());
        if (why == null && c.draft.source() != null) why = examValue.originSectionFault(c.draft.source().headingPath());
        if (why == null) why = examValue.notesFileFault(c.question, c.draft.back());
        // A command's address is where it points; elsewhere an address alone is the author's lab.
        CardKind k = c.draft.kind();
        if (why == null && k != CardKind.COMMAND && k != CardKind.MANIFEST) {
            why = examValue.labValueFault(c.draft.front(), c.draft.back(), config.stopWords());
        }
        if (why == null && k != CardKind.MANIFEST && k != CardKind.DIAGRAM) {
            // "`qemu-img check disk.qcow2`: what happens if errors are found?": a case asked of a command shows it as a command card does.
            why = examPrograms.offExamFault(c.question, c.draft.back(), k == CardKind.COMMAND || k == CardKind.TABLE_FACT
                    || k == CardKind.BASIC && CASE_OF_A_COMMAND.matcher(c.question).lookingAt());
        }
        if (why != null) out.add(new Finding(number("penalty.lowValue"), why));
    }

    private void layout(String question, List<Finding> out) {
        Matcher m = layout.find(question);
        if (m != null) {
            out.add(new Finding(number("penalty.layout"), "The question points at the notes' layout (\u201c"
                    + m.group().strip() + "\u201d), so it cannot be answered without them."));
        }
    }

    private void dangling(String side, String text, List<Finding> out) {
        String t = text.strip();
        if (t.endsWith("```") || t.endsWith("~~~")) return;
        // An empty list item ("- ", "1.") as the last line announces an entry that is missing.
        boolean emptyItem = endsLikeAnItemMarker(t) && EMPTY_ITEM.matcher(t).find();
        t = withoutTrailingNoise(t);
        // "kubectl:?": a lead-in turned into a question by its mark still asks nothing.
        if (t.endsWith(":?")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return;
        String last = CardText.lastSentence(t);
        if (emptyItem || t.endsWith(":") || last.length() < 200 && leadIn.find(last) != null) {
            out.add(new Finding(number("penalty.dangling"), "The " + side + " ends with a lead-in (\u201c"
                    + CardText.shortened(CardText.plain(last), 60) + "\u201d) and what it announces is missing."));
        }
    }

    /** What {@link #EMPTY_ITEM} needs at the end of a stripped text; most sides end otherwise, and skip the regex. */
    private static boolean endsLikeAnItemMarker(String stripped) {
        // U+0085 is a line end to the regex's '$' but not whitespace to strip(): there the regex decides.
        return !stripped.isEmpty() && "-*+\u2022.)\u0085".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /** A last line that is only a list marker, perhaps with a stray full stop ("-", "- .", "2)"). */
    private static final Pattern EMPTY_ITEM = Pattern.compile("(?:^|\n)[ \t]*(?:[-*+\u2022]|\\d{1,3}[.)])[ \t]*\\.?$");

    /**
     * Emphasis marks, dashes and stops left at the end ("can:.", "values: -."): they hide a lead-in
     * colon, so they go before the check. A sentence's own stop goes too, which changes nothing else.
     */
    static String withoutTrailingNoise(String text) {
        int end = text.length();
        while (end > 0 && "*_ \t\n.-\u2013\u2014\u2022".indexOf(text.charAt(end - 1)) >= 0) end--;
        return text.substring(0, end);
    }

    private void markup(String side, String text, List<Finding> out) {
        String problem = Markup.unbalanced(text);
        if (problem == null) problem = Markup.codeSpanProblem(text);
        if (problem != null) {
            out.add(new Finding(number("penalty.markup"), "Broken formatting in the " + side + ": " + problem + "."));
        }
    }

    private void blob(String text, List<Finding> out) {
        // Both kinds of run mix in digits: most cards have none, and are passed after one quick look.
        if (text.length() < Math.min(base64Run, hexRun) || !hasDigit(text)) return;
        if (hasRun(text, base64Run, true) || hasRun(withoutOutput(text), hexRun, false)) {
            out.add(new Finding(number("penalty.blob"),
                    "Holds an encoded blob or a long hash, which is nothing to learn by heart."));
        }
    }

    /** Hashes in a command's printed output are incidental; base64 anywhere is an encoded payload. */
    private static String withoutOutput(String text) {
        String prose = text.indexOf('`') >= 0 || text.indexOf('~') >= 0 ? Markup.withoutFences(text) : text;
        return prose == null ? text : prose;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * A run of base64 (or hexadecimal) characters at least {@code min} long that mixes digits and
     * letters (base64: of both cases), unlike words, numbers or paths.
     */
    private static boolean hasRun(String text, int min, boolean base64) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int from = i;
            boolean digit = false, upper = false, lower = false;
            while (i < n) {
                char c = text.charAt(i);
                boolean hexChar = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                boolean ok = base64 ? c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/') : hexChar;
                if (!ok) break;
                digit |= c >= '0' && c <= '9';
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
                i++;
            }
            boolean wordEdge = base64 || (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                    && (i == n || !Character.isLetterOrDigit(text.charAt(i)));
            if (i - from >= min && wordEdge && digit && (base64 ? upper && lower : upper || lower)) return true;
            if (i == from) i++;
        }
        return false;
    }

    /** {@code metaHeadings}: what was found for headings seen before in this run (a note's cards share them). */
    private void meta(CardDraft d, Map<String, Boolean> metaHeadings, List<Finding> out) {
        double penalty = number("penalty.meta");
        if (d.source() != null) {
            for (String heading : d.source().headingPath()) {
                Boolean isMeta = metaHeadings.get(heading);
                if (isMeta == null) {
                    String h = HEADING_NOISE.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").strip();
                    isMeta = config.metaSections().contains(h) || aboutTheNotes(h);
                    metaHeadings.put(heading, isMeta);
                }
                if (isMeta) {
                    out.add(new Finding(penalty, "It comes from the section \u201c" + heading.strip()
                            + "\u201d, which is about the notes, not the subject."));
                    return;
                }
            }
        }
        // "Interview outcomes:", "Prerequisites:" over a list: a part named as a heading about the notes would
        // name, asked for under a heading about the subject, is about the notes all the same.
        Matcher asked = ASKS_FOR_PART.matcher(CardText.plain(CardText.question(d.front())));
        if (asked.find()) {
            String part = HEADING_NOISE.matcher(asked.group(1).toLowerCase(Locale.ROOT)).replaceAll("").strip();
            if (config.metaSections().contains(part) || aboutTheNotes(part)) {
                out.add(new Finding(penalty, "It asks for the \u201c" + part + "\u201d of the notes' own plan, not knowledge to learn."));
                return;
            }
        }
        String both = d.front() + "\n" + d.back();
        boolean brackets = both.indexOf('[') >= 0;
        String what = null;
        if (brackets && both.contains("[![")) what = "badges";
        else if (brackets && CHECKBOX.matcher(both).find()) what = "a checklist";
        else if (brackets && Markup.count(both, "](#") >= 2) what = "a table of contents";
        else if (progressMarks(both) >= number("meta.progressMarks")) what = "progress marks";
        else if (mostlyLinks(d.back())) what = "a list of links";
        else if (studyPlan(d.back()) || studyPlan(askedTerm(CardText.question(d.front())))) what = "a study plan";
        String path = what == null ? projectTree.mostlyPaths(d.back()) : null;
        if (what != null) {
            out.add(new Finding(penalty, "It is " + what + " from the notes, not knowledge to learn."));
        } else if (path != null) {
            out.add(new Finding(penalty, "Its points are files and folders of the notes' own project (\u201c"
                    + CardText.shortened(path, 40) + "\u201d), not something the exam asks."));
        } else {
            Matcher m = notesDescription.matcher(CardText.plain(d.back()).strip());
            if (m.lookingAt()) {
                out.add(new Finding(penalty, "The answer describes the notes themselves (\u201c" + CardText.shortened(m.group(), 40)
                        + "\u201d), not the subject."));
            }
        }
    }

    /** "X: what are the learning outcomes?": the part a list card asks for, with nothing after it. */
    private static final Pattern ASKS_FOR_PART = Pattern.compile("(?i)(?:^|:\\s)what are (?:the|your|our)\\s+([^?:]{3,40})\\?$");
    /** Head nouns of a heading about the notes rather than the subject ("Knowledge prerequisites", "Final thoughts"). */
    private final Set<String> metaHeads = GateConfig.wordsOf("gate-meta-heads.txt");
    /**
     * "How this course works", "Using the guide", "What these guides offer", "All four guides assume": a
     * heading that speaks of the notes themselves, one or several of them ("the course of a request" is a
     * path, not the notes).
     */
    private final Pattern notesDeixis = Pattern.compile("(?:^|\\s)(?:this|the|these|our|all|both|each|every)\\s+"
            + "(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+)?(?:"
            + String.join("|", GateConfig.wordsOf("gate-notes-nouns.txt").stream().map(Pattern::quote).toList()) + ")s?(?![\\w-])(?!\\s+of\\b)");

    /**
     * A heading (lower case, outline numbers and punctuation gone) about the notes themselves: a short
     * noun phrase whose last word, its head noun, names a part of a study aid, or a heading that speaks
     * of "this course" or "the guide". A longer heading is a sentence or a task ("Fix the broken
     * references"), whose last word is an object, not what the section is.
     */
    private boolean aboutTheNotes(String heading) {
        String[] words = WHITESPACE_RUN.split(heading);
        boolean shortPhrase = words.length <= MAX_META_HEAD_WORDS;
        return shortPhrase && metaHeads.contains(words[words.length - 1]) || notesDeixis.matcher(heading).find();
    }

    private static final int MAX_META_HEAD_WORDS = 3;

    private int progressMarks(String text) {
        boolean symbols = false;
        for (int i = 0; i < text.length() && !symbols; i++) symbols = text.charAt(i) >= '\u2000';
        if (!symbols) return 0;
        int n = 0;
        for (String mark : config.progressMarks()) n += Markup.count(text, mark);
        return n;
    }

    private boolean mostlyLinks(String text) {
        if (text.indexOf('[') < 0 && !text.contains("://")) return false;
        int lines = 0;
        int links = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            lines++;
            Matcher m = LINKS.matcher(line);
            if (!m.find()) continue;
            String rest = LINK_LIST_MARKERS.matcher(m.replaceAll(" ")).replaceAll(" ");
            if (LETTER.matcher(rest).results().count() < 3) links++;
        }
        return lines > 0 && links >= number("meta.linkShare") * lines;
    }

    /** Verbs a study plan's items open with ("Understand Services", "Practice rollbacks"): goals, not facts. */
    private final Set<String> studyVerbs = GateConfig.wordsOf("gate-study-verbs.txt");
    /** "A set of exercises that ...", "A collection of notes on ...": an answer describing study material. */
    private final Pattern notesDescription = Pattern.compile("(?i)(?:(?:a|an|the|this|these|my|our)\\s+)?(?:"
            + String.join("|", GateConfig.linesOf("gate-notes-descriptions.txt")) + ")\\s+of\\s+(?:[\\w-]+\\s+){0,2}(?:"
            + String.join("|", GateConfig.wordsOf("gate-notes-nouns.txt").stream().map(Pattern::quote).toList())
            + "|exercises|questions|labs|links|tutorials|flashcards)\\b");
    private static final Pattern STUDY_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*(?:\\[[ xX]\\]\\s*)?[*_]*([A-Za-z]+)[*_]*(?:\\s+([A-Za-z]+))?");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "when", "where", "which", "who");

    /**
     * Items that are learning goals ("Understand Services", "Know how to drain a node", "Practice
     * rollbacks"): most of two or more lines open with a study verb, or the one line is "understand
     * ..." or a study verb before a question word. It says what to learn, never what it is.
     */
    private boolean studyPlan(String back) {
        String prose = Markup.withoutFences(back);
        if (prose == null) prose = back;
        int lines = 0;
        int goals = 0;
        boolean goalLine = false;
        for (String line : prose.split("\n")) {
            if (line.isBlank()) continue;
            lines++;
            Matcher m = STUDY_ITEM.matcher(line);
            if (!m.lookingAt()) continue;
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            if (!studyVerbs.contains(verb)) continue;
            goals++;
            String next = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            goalLine = verb.equals("understand") || QUESTION_WORDS.contains(next);
        }
        return lines >= 2 ? goals >= 2 && goals >= number("meta.studyShare") * lines : lines == 1 && goals == 1 && goalLine;
    }

    private static final Pattern LINK_LIST_MARKERS = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");

    /**
     * The term a "What is X?" question asks about, without markup, or "" when it asks no term. A checklist
     * line asked as a term ("What is **Know how to drain a node**?") is a goal, as its answer would be.
     */
    private String askedTerm(String question) {
        if (question.length() > 160) return "";
        for (Pattern p : config.termQuestions()) {
            Matcher m = p.matcher(question.strip());
            if (m.find()) return CardText.plain(m.group(1));
        }
        return "";
    }

    private boolean answerInQuestion(Card c, List<Finding> out) {
        Set<String> asked = c.questionWords();
        if (asked.isEmpty()) return false;
        if (CardText.hasOnlyWordsIn(c.draft.back(), asked, config.stopWords())) {
            out.add(new Finding(number("penalty.answerInQuestion"), "The answer is already in the question."));
            return true;
        }
        return false;
    }

    /** A placeholder of a command: {@code <pod>}, {@code [name]}, {@code {file}}, {@code $NODE}, {@code ${NODE}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<[^<>\n]{1,40}>|\\[[\\w .|-]{1,40}\\]|\\{[\\w.-]{1,40}\\}|\\$\\{?[A-Za-z_]\\w*\\}?|(?<![\\w=-])[A-Z][A-Z0-9_]{2,}(?![\\w=])");
    private static final Pattern CODE_MARKS = Pattern.compile("```\\w*|~~~\\w*|`");

    /**
     * "How do you install a chart?" answered {@code helm install <name> <path>}: a one-line command
     * whose only words beside its program and placeholders are the question's, without a flag or a
     * value. It names nothing concrete to learn.
     */
    private boolean placeholderCommand(Card c, List<Finding> out) {
        String back = c.draft.back().strip();
        if (back.length() > 160 || back.indexOf('`') < 0 || back.indexOf('\n') >= 0 && !back.startsWith("```")) return false;
        String code = CODE_MARKS.matcher(back).replaceAll(" ").strip();
        if (code.isEmpty() || code.indexOf('\n') >= 0) return false;
        Matcher m = PLACEHOLDER.matcher(code);
        List<String> placeholders = new ArrayList<>();
        while (m.find()) placeholders.add(m.group());
        if (placeholders.isEmpty()) return false;
        String concrete = m.replaceAll(" ").strip();
        // The program is rarely named in the question; what it is asked to do is.
        int space = concrete.indexOf(' ');
        if (space < 0) return false;
        concrete = " " + concrete.substring(space + 1);
        // A flag or an option's value is something concrete to learn ("-o yaml", "--all-namespaces").
        if (concrete.contains(" -") || concrete.contains("=") || concrete.contains("|") || concrete.contains("/")) return false;
        Set<String> asked = c.frontWords();
        if (asked.isEmpty() || !CardText.hasOnlyWordsIn(concrete, asked, config.stopWords())) return false;
        out.add(new Finding(number("penalty.answerInQuestion"), "The command (\u201c" + CardText.shortened(code, 50)
                + "\u201d) is the question's words around placeholders (" + String.join(", ", placeholders)
                + "), so it names nothing concrete to learn."));
        return true;
    }

    /** One command on one line: no pipe, chain, redirect or substitution (a multi-step answer teaches its steps). */
    private static final Pattern COMPOUND = Pattern.compile("[|;&<>$()]");
    /** A one-letter switch ("-f"): the form of passing the value after it. */
    private static final Pattern SHORT_SWITCH = Pattern.compile("-[A-Za-z]");
    private static final Pattern FILE_LIKE = Pattern.compile("[/.][\\w-]+$");

    /**
     * "Apply `cups.yaml`." answered {@code kettle apply -f cups.yaml}: one command whose verb the front
     * states and whose every argument the front writes, in the front's order; the program and a one-letter
     * switch before a given value are all it adds. A long option, a value the front lacks, another word
     * order ("Add the repo" as {@code repo add}) or a second step is news.
     */
    private boolean givenCommand(Card c, List<Finding> out) {
        String back = c.draft.back().strip();
        if (back.length() > 160 || back.indexOf('`') < 0) return false;
        String code = CODE_MARKS.matcher(back).replaceAll(" ").strip();
        if (code.isEmpty() || code.indexOf('\n') >= 0 || COMPOUND.matcher(code).find()) return false;
        String[] tokens = WHITESPACE_RUN.split(code);
        if (tokens.length < 3) return false;
        // The front's words in order: "Add the repo" does not give "repo add", whose order is the form to learn.
        List<String> front = new ArrayList<>();
        // The question without its breadcrumb: "kubectl › cordon" above "mark node foo unschedulable" gives nothing away.
        for (String w : WHITESPACE_RUN.split(c.question.replace("`", " "))) {
            String t = bare(w);
            if (!t.isEmpty()) front.add(t);
        }
        if (tokens[1].startsWith("-")) return false;
        int at = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            // A one-letter switch before a file the front names is only the form of passing it; before
            // anything else ("-l app=web") the switch is the fact to learn.
            if (SHORT_SWITCH.matcher(t).matches() && i + 1 < tokens.length && FILE_LIKE.matcher(tokens[i + 1]).find()
                    && indexOf(front, bare(tokens[i + 1]), 0) >= 0) {
                i++;
                continue;
            }
            int found = indexOf(front, bare(t), at);
            if (found < 0) return false;
            at = found + 1;
        }
        out.add(new Finding(number("penalty.restated"), "The answer (\u201c" + CardText.shortened(code, 50)
                + "\u201d) only restates the question's words: its verb and every argument are on the front, so it teaches nothing beyond them."));
        return true;
    }

    /** A word of a command or a front without case, quotes, emphasis marks or trailing punctuation. */
    private static String bare(String token) {
        return BARE_EDGES.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    // Compiled once: bare() runs for every word of every command card's front.
    private static final Pattern BARE_EDGES = Pattern.compile("^[\"'(*_]+|[\"'.,:;)?!*_]+$");

    /** Where {@code word} is in {@code words} from {@code from} on, whatever its plural 's' or verb ending; -1 if not. */
    private static int indexOf(List<String> words, String word, int from) {
        if (word.isEmpty() || word.startsWith("-")) return -1;
        String stem = CardText.stem(singular(word));
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(word) || CardText.stem(singular(w)).equals(stem)) return i;
        }
        return -1;
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * "nfs" answered "uses NFS", "IP address" answered "the item's IP address", "What does `x restart y`
     * do?" answered "Restarts y": an answer with no word beyond the front's (heading, term and question)
     * but linking words, read whatever its case, inner punctuation ("X-FS" for "x-fs"), verb ending
     * ("applying" for "apply") or abbreviation (the initials of words the front spells out). Whatever the
     * kind: a back that adds nothing to its front has nothing to learn. A diagram's back repeats its
     * diagram, so only its hidden label could be compared; it is left out.
     */
    private void restated(Card c, List<Finding> out) {
        if (c.draft.kind() == CardKind.DIAGRAM) return;
        String back = c.draft.back();
        String plainBack = back.replace("`", "");
        // Code is recalled character for character, so a command built of the front's words still teaches
        // its form, unless the front writes that very form (only its case or punctuation differing).
        if (back.indexOf('`') >= 0 && (letterCount(plainBack) > letterCount(c.draft.front()) || !sameForm(plainBack, c.draft.front()))) {
            return;
        }
        Set<String> front = CardText.saidWords(c.draft.front().replace("`", ""), config.stopWords());
        if (front.isEmpty()) return;
        // "`ebs.csi.aws.com`" answered "AWS EBS": a short answer may only spell out a front name's parts.
        if (plainBack.length() <= SHORT_ANSWER && plainBack.indexOf('\n') < 0) {
            Set<String> parts = CardText.identifierParts(c.draft.front());
            if (!parts.isEmpty()) {
                front = new LinkedHashSet<>(front);
                front.addAll(parts);
            }
        }
        // "the name of the item" restates a field's label; "Shows the fields" says what a command does.
        CardKind kind = c.draft.kind();
        Set<String> alsoSaid = kind == CardKind.DEFINITION || kind == CardKind.TABLE_FACT || kind == CardKind.LIST
                ? restatingWords : Set.of();
        // The word check stops at the answer's first new word; the negation search reads all of it, so it comes last.
        if (CardText.saysNothingBeyond(plainBack, front, alsoSaid, config.stopWords()) && !negates(plainBack, c.draft.front())) {
            out.add(new Finding(number("penalty.restated"), "The answer (\u201c" + CardText.shortened(CardText.plain(back), 40)
                    + "\u201d) only restates the question's words, so it teaches nothing beyond them."));
        }
    }

    /** An answer this long or longer says more than a name's spelled-out parts. */
    private static final int SHORT_ANSWER = 60;

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|cannot|without|none)\\b|n't\\b");

    /** "What happens if it fails the check?" answered "It is not scheduled": a "not" the front lacks is news. */
    private static boolean negates(String back, String front) {
        return NEGATION.matcher(back).find() && !NEGATION.matcher(front).find();
    }

    /** Letters and digits: an answer with more than the front's cannot be a run of it (a manifest never is), so no regex runs. */
    private static int letterCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
        return n;
    }

    /** The answer's text, letters and digits only and lower case, is a run of the front's ("x-fs" in "The X-FS header"). */
    private static boolean sameForm(String answer, String front) {
        String a = ALNUM_RUNS.matcher(answer.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String f = ALNUM_RUNS.matcher(front.replace("`", "").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (a.isEmpty()) return false;
        String[] aw = a.split(" ");
        String[] fw = f.split(" ");
        for (int i = 0; i + aw.length <= fw.length; i++) {
            boolean all = true;
            for (int j = 0; j < aw.length && all; j++) all = aw[j].equals(fw[i + j]);
            if (all) return true;
        }
        // "xfs" against "X-FS": the answer written together is adjacent words of the front.
        String joined = a.replace(" ", "");
        for (int i = 0; i < fw.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < fw.length && sb.length() < joined.length(); j++) {
                sb.append(fw[j]);
                if (sb.toString().equals(joined)) return true;
            }
        }
        return false;
    }

    private static final Pattern ALNUM_RUNS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private void trivial(String back, List<Finding> out) {
        if (back.length() > 40) return;
        String plain = CardText.plain(back).toLowerCase(Locale.ROOT);
        while (!plain.isEmpty() && ".!".indexOf(plain.charAt(plain.length() - 1)) >= 0) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (config.trivialAnswers().contains(plain) || plain.codePointCount(0, plain.length()) <= 1
                || !LETTER_OR_DIGIT.matcher(plain).find()) {
            out.add(new Finding(number("penalty.trivialAnswer"), "A yes/no or one-symbol answer (\u201c"
                    + CardText.shortened(CardText.plain(back), 20) + "\u201d) teaches little on its own."));
        }
    }

    private void removed(String text, List<Finding> out) {
        String used = removed.usedIn(text);
        if (used != null) {
            out.add(new Finding(number("penalty.removed"), "It uses " + used + ", so it teaches what Kubernetes has dropped or is dropping."));
        }
    }

    private final Set<String> shellUtilities = GateConfig.wordsOf("gate-shell-utilities.txt");
    private final Pattern personalFile = Pattern.compile("(?i)[\\w.~/-]*[\\w-]\\.(?:"
            + String.join("|", GateConfig.linesOf("gate-personal-files.txt").stream().map(Pattern::quote).toList()) + ")(?![\\w.])");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\||;|&&|\\n|\\$\\(|\\b(?:do|then|else)\\b");
    /** PowerShell's Verb-Noun cmdlets (Select-String, Get-Content): the author's desktop shell. */
    private static final Pattern CMDLET = Pattern.compile("^[A-Z][a-z]+-[A-Z][A-Za-z]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[(\"']+|[)\"']+$");

    /**
     * The answer's one command runs only in the author's setting: a desktop shell's cmdlet, or shell
     * utilities over the author's own data files ("grep -c x my-list.txt"). What it teaches is the
     * author's plumbing, not the subject.
     */
    private boolean personalShell(String back, List<Finding> out) {
        if (back.length() > 400 || back.indexOf('`') < 0) return false;
        StringBuilder commands = new StringBuilder();
        Matcher fence = CODE_SPANS.matcher(back);
        while (fence.find()) commands.append(fence.group(1) != null ? fence.group(1) : fence.group(2)).append('\n');
        String text = commands.toString().strip();
        if (text.isEmpty() || text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count() > 3) return false;
        boolean allShell = true;
        String cmdlet = null;
        for (String segment : SEGMENT_BREAK.split(text)) {
            String[] words = SPACES.split(segment.strip());
            int w = 0;
            while (w < words.length && (words[w].contains("=") && !words[w].startsWith("-") || words[w].equals("sudo"))) w++;
            if (w >= words.length || words[w].isEmpty() || words[w].startsWith("#")) continue;
            String program = QUOTES_AROUND.matcher(words[w]).replaceAll("");
            if (CMDLET.matcher(program).matches()) cmdlet = program;
            else if (!shellUtilities.contains(program.toLowerCase(Locale.ROOT))) allShell = false;
        }
        if (cmdlet != null) {
            out.add(new Finding(number("penalty.personal"), "It runs in the author's desktop shell (PowerShell's "
                    + cmdlet + "), not in the shell of a cluster's machines."));
            return true;
        } else if (allShell) {
            Matcher f = personalFile.matcher(text);
            if (f.find()) {
                out.add(new Finding(number("penalty.personal"), "Personal setup: shell utilities over the author's own file (\u201c"
                        + f.group() + "\u201d) teach nothing about the subject."));
                return true;
            }
        }
        return false;
    }

    /** Fenced code (group 1) or an inline code span (group 2). */
    private static final Pattern CODE_SPANS = Pattern.compile("(?s)```[\\w+-]*\\n(.*?)```|`([^`\\n]+)`");

    /** A manifest or command that teaches what the API server rejects (see {@link ManifestFaults}). */
    private boolean brokenManifest(String back, List<Finding> out) {
        String fault = manifestFaults.faultIn(back, yamlProblem, removed);
        if (fault != null) out.add(new Finding(number("penalty.brokenManifest"), fault));
        return fault != null;
    }

    /** A question that is only a label of the notes ("Show", "Solution"): what is asked is somewhere else. */
    /** "What are the key facts about X?": names a subject, not what to recall about it. */
    private void vague(Card c, List<Finding> out) {
        if (vague.find(c.plainQuestion()) != null) {
            out.add(new Finding(number("penalty.vague"), "The question does not say what to recall about its "
                    + "subject, so no answer can be checked against it."));
        }
    }

    private void labelOnly(Card c, List<Finding> out) {
        if (c.question.length() > 40) return;
        String q = TRAILING_PUNCTUATION.matcher(c.plainQuestion().toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (config.genericTerms().contains(q)) {
            out.add(new Finding(number("penalty.genericTerm"), "The question is only a label from the notes (\u201c"
                    + c.plainQuestion().strip() + "\u201d), not a question."));
        }
    }

    private void genericTerm(String question, List<Finding> out) {
        if (question.length() > 120) return;
        for (Pattern p : config.termQuestions()) {
            Matcher m = p.matcher(question.strip());
            if (!m.find()) continue;
            String raw = m.group(1);
            if (raw.contains("`")) return;
            String term = CardText.plain(raw).replace("_", "").strip();
            if (term.isEmpty() || hasInnerCapitalOrDigit(term)) return;
            if (config.genericTerms().contains(term.toLowerCase(Locale.ROOT))) {
                out.add(new Finding(number("penalty.genericTerm"), "\u201c" + term
                        + "\u201d is a section name in the notes, not a term to define."));
            }
            return;
        }
    }

    private static final Pattern BOLD_SPAN = Pattern.compile("\\*\\*([^*\\n]{1,60})\\*\\*");

    /**
     * "What are the steps for **Context**?", "**Tasks:**: what are the steps?": the subject the question
     * names is a section name of the notes, so it names nothing to recall about. (A question that only
     * asks a term's meaning is {@link #genericTerm}'s.)
     */
    private void labelAsSubject(String question, List<Finding> out) {
        // Only a bold span can name the subject (BOLD_SPAN): without one the term questions need not run.
        if (question.length() > 200 || question.indexOf("**") < 0) return;
        String asked = null;
        for (Pattern p : config.termQuestions()) {
            Matcher t = p.matcher(question.strip());
            if (t.find()) {
                asked = CardText.plain(t.group(1)).strip();
                break;
            }
        }
        Matcher m = BOLD_SPAN.matcher(question);
        while (m.find()) {
            String term = TRAILING_PUNCTUATION.matcher(CardText.plain(m.group(1))).replaceAll("").strip();
            if (term.isEmpty() || hasInnerCapitalOrDigit(term) || term.equals(asked)) continue;
            String lower = term.toLowerCase(Locale.ROOT);
            boolean generic = config.genericTerms().contains(lower)
                    || lower.length() > 3 && lower.endsWith("s") && config.genericTerms().contains(lower.substring(0, lower.length() - 1));
            if (generic) {
                out.add(new Finding(number("penalty.genericTerm"), "The question's subject \u201c" + term
                        + "\u201d is a section name in the notes, so it names nothing to recall about."));
                return;
            }
        }
    }

    /**
     * Commands and lists: an answer that sends the reader elsewhere in the notes ("see the section above",
     * "more in this link") cannot be learnt alone either.
     */
    private void leansOnTheNotes(Card c, List<Finding> out) {
        CardKind kind = c.draft.kind();
        if (kind != CardKind.COMMAND && kind != CardKind.LIST) return;
        String why = shape.notesReference(c.draft.back());
        if (why != null) out.add(new Finding(number("penalty.standsAlone"), why));
    }

    /**
     * A task or step states the state its answer works in: no pointer at another numbered part of the
     * notes, and the namespace the question names is where the answer's commands run (StepContext).
     */
    private void carriesItsState(Card c, List<Finding> out) {
        String why = stepContext.otherPartFault(c.question);
        CardKind k = c.draft.kind();
        if (why == null && (k == CardKind.COMMAND || k == CardKind.BASIC || k == CardKind.MANIFEST)) {
            why = stepContext.namespaceFault(c.question, c.draft.back());
        }
        if (why != null) out.add(new Finding(number("penalty.missingContext"), why));
    }

    /** A practice task's rule, a part's heading or its lab's setup, asked or answered alone (TaskFragments). */
    private void taskFragment(Card c, List<Finding> out) {
        String why = taskFragments.constraintFront(c.question);
        if (why == null) why = taskFragments.constraintBack(c.draft.back());
        if (why == null) why = taskFragments.headingBack(c.draft.back());
        if (why == null) why = taskFragments.setupFault(c.question);
        if (why != null) out.add(new Finding(number("penalty.standsAlone"), why));
    }

    /** Definitions and plain questions: a real term, an answer that defines it, nothing that needs the notes open. */
    private void standsAlone(Card c, List<Finding> out) {
        CardKind kind = c.draft.kind();
        if (kind != CardKind.DEFINITION && kind != CardKind.BASIC) return;
        String why = shape.termFault(c.question, kind == CardKind.DEFINITION);
        if (why == null && kind == CardKind.DEFINITION) why = shape.answerFault(c.question, c.draft.back());
        if (why == null) why = shape.notesReference(c.draft.back());
        if (why == null && kind == CardKind.BASIC) why = shape.pronounSubject(c.draft.front(), c.question);
        if (why != null) out.add(new Finding(number("penalty.standsAlone"), why));
    }

    private static final Pattern COUNT_ASKED = Pattern.compile(
            "(?i)\\b(?:the|all|these|those|its|their)\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?![%.)])\\S");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern TOP_LEVEL_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+\\S");

    /** "What are the 3 phases?" answered with two points: the answer is short of what the question asks. */
    private void shortOfCount(Card c, String back, List<Finding> out) {
        Matcher m = COUNT_ASKED.matcher(c.plainQuestion());
        if (!m.find()) return;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int asked = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n);
        String prose = Markup.withoutFences(back);
        int items = 0;
        for (String line : (prose == null ? back : prose).split("\n")) if (TOP_LEVEL_ITEM.matcher(line).find()) items++;
        // An answer in prose ("2379 and 2380") is not counted: only a list says how many it gives.
        if (items > 0 && items < asked) {
            out.add(new Finding(number("penalty.shortOfCount"), "The question asks for " + asked + ", the answer lists "
                    + items + "."));
        }
    }

    /** Code-like or proper terms (ConfigMap, PV, k8s) are never generic words. */
    private static boolean hasInnerCapitalOrDigit(String term) {
        for (String w : SPACES.split(term)) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || i > 0 && Character.isUpperCase(c)) return true;
            }
        }
        return false;
    }

    private void length(String back, List<Finding> out) {
        if (back.length() <= number("long.chars") && !mayBeLong(back)) return;
        String prose = Markup.withoutFences(back);
        if (prose == null) prose = back;
        StringBuilder sentencesText = new StringBuilder();
        int items = 0;
        for (String line : prose.split("\n")) {
            if (LIST_ITEM.matcher(line).find()) items++;
            else sentencesText.append(line).append('\n');
        }
        int chars = prose.strip().length();
        int sentences = CardText.sentences(sentencesText.toString());
        double over = Math.max(chars / number("long.chars"),
                Math.max(sentences / number("long.sentences"), items / number("long.items")));
        if (over <= 1) return;
        String what = items > number("long.items") ? items + " points"
                : sentences > number("long.sentences") ? sentences + " sentences" : chars + " characters";
        out.add(new Finding(number(over >= 2 ? "penalty.veryLong" : "penalty.long"),
                "A long answer (" + what + "): more than one fact to learn on one card."));
    }

    /** Cheap bound: fewer sentence ends and lines than the limits means the answer cannot be long. */
    private boolean mayBeLong(String back) {
        int ends = 0;
        int lines = 0;
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c == '.' || c == '!' || c == '?') ends++;
            else if (c == '\n') lines++;
        }
        return ends + lines >= number("long.sentences") || lines >= number("long.items");
    }

    /** Each card that says nearly what an earlier card of the run says loses points (the earlier one stays). */
    private void nearDuplicates(List<Card> cards, List<List<Finding>> findings) {
        int minWords = (int) number("duplicate.minWords");
        double overlap = number("duplicate.overlap");
        double reverseOverlap = number("duplicate.reverseOverlap");
        SharedWords postings = new SharedWords(MAX_POSTINGS);
        List<Set<String>> words = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            CardDraft d = card.draft;
            Set<String> w = card.allWords();
            words.add(w);
            if (w.size() < minWords) continue;
            postings.count(w);
            int best = -1;
            double bestOverlap = 0;
            for (int k = 0; k < postings.candidates(); k++) {
                int j = postings.candidate(k);
                if (askedForTogether(d, cards.get(j).draft)) continue;
                int c = postings.shared(j);
                double jaccard = (double) c / (w.size() + words.get(j).size() - c);
                // A question asked back the other way round shares fewer words with its pair, so it is caught sooner.
                // The cards of one fact (a command and its reverse, one group) are meant as a pair.
                boolean same = jaccard >= overlap || jaccard >= reverseOverlap && !sameFact(d, cards.get(j).draft)
                        && askedTheOtherWay(card, cards.get(j));
                if (same && (jaccard > bestOverlap || jaccard == bestOverlap && j < best)) {
                    best = j;
                    bestOverlap = jaccard;
                }
            }
            if (best >= 0) {
                String other = CardText.shortened(cards.get(best).plainQuestion(), 60);
                findings.get(i).add(new Finding(number("penalty.nearDuplicate"), askedTheOtherWay(card, cards.get(best))
                        ? "Asks the other way round what another card asks (\u201c" + other + "\u201d)."
                        : "Nearly the same as another card (\u201c" + other + "\u201d)."));
            }
            postings.add(i, w);
        }
    }

    /**
     * The two directions of a reversed card and the deletions of one cloze come from the same
     * passage by the user's own markup: siblings the study queue spaces apart, not duplicates.
     */
    private static boolean askedForTogether(CardDraft a, CardDraft b) {
        return a.kind() == b.kind() && (a.kind() == CardKind.REVERSED || a.kind() == CardKind.CLOZE)
                && a.source() != null && a.source().equals(b.source());
    }

    private static boolean sameFact(CardDraft a, CardDraft b) {
        return !a.group().isEmpty() && a.group().equals(b.group());
    }

    /** This card's answer is the other card's question and the other way round (a reverse pair). */
    private static boolean askedTheOtherWay(Card a, Card b) {
        Set<String> qa = a.questionWords();
        Set<String> ab = a.backWords();
        Set<String> qb = b.questionWords();
        Set<String> bb = b.backWords();
        return overlap(ab, qb) > overlap(ab, bb) && overlap(qa, bb) > overlap(qa, qb);
    }

    private static double overlap(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        int c = 0;
        for (String w : x) if (y.contains(w)) c++;
        return (double) c / (x.size() + y.size() - c);
    }

    /** Words on more cards than this are too common to find duplicates by (keeps big notes linear). */
    private static final int MAX_POSTINGS = 400;
}
