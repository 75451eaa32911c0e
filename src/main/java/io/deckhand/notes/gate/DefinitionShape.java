package io.deckhand.notes.gate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a definition or a plain question stands alone: the term it asks is a name (not a piece of a
 * sentence, a selling point or a part of the document), a definition's answer says what the term is
 * (not why, an example of it, or a verdict on a use), and neither side leans on the notes' own text.
 * Each check gives the reason in the user's words, or null.
 */
final class DefinitionShape {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern BOLD_SPAN = Pattern.compile("\\*\\*([^*\\n]{1,80})\\*\\*");
    private static final Pattern NUMBERED_PART = Pattern.compile("^(\\p{L}+)\\s*[#.-]?\\s*\\d+[a-z]?$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    private final Set<String> openers;
    /** "Each Service", "Fix the endpoint": a determiner first, or after one word, never opens a name. */
    private final Set<String> determiners;
    /** "Each Service", "Your cluster": a quantifier or a possessive first points at members, it names no thing. */
    private final Set<String> quantifiers;
    /** "Pods and Nodes", "Encoding \u2260 Encryption": a relation between two things, not a thing. */
    private final Set<String> relations;
    /** "Rolling Update": -ing words that describe a thing; any other -ing first word opens an action. */
    private final Set<String> participleAdjectives;
    /** "Introduction to Pods", "Volume Spec": a part of a document or a file when it is the asked term. */
    private final Set<String> askedParts;
    private final Set<String> numberedParts;
    private final Set<String> partEnds;
    private final Pattern answerOpeners;
    /** "Adapted for", "Based on": a label stopping on a preposition opens a sentence. */
    private final Set<String> prepositions;
    /** "4 to 6 hours", "At least 8 GB": an amount the notes' setup has, in place of what the term is. */
    private final Pattern amountAnswers;
    /** "serve.js", "deck/cards.json": files a notes project is built from. */
    private final Set<String> projectFileExtensions;
    /** Folded: every answer of a definition, question, command or list is searched for these. */
    private final FoldedPattern notesReferences;
    private final FoldedPattern pronounQuestions;

    DefinitionShape(Set<String> openers, Set<String> numberedParts, Set<String> partEnds, List<Pattern> answerOpeners,
                    List<Pattern> notesReferences, List<Pattern> pronounQuestions, Set<String> determiners,
                    Set<String> quantifiers, Set<String> relations, Set<String> participleAdjectives, Set<String> askedParts,
                    Set<String> prepositions, List<Pattern> amountAnswers, Set<String> projectFileExtensions) {
        this.prepositions = prepositions;
        this.amountAnswers = alternation(amountAnswers);
        this.projectFileExtensions = projectFileExtensions;
        this.openers = openers;
        this.determiners = determiners;
        this.quantifiers = quantifiers;
        this.relations = relations;
        this.participleAdjectives = participleAdjectives;
        this.askedParts = askedParts;
        this.numberedParts = numberedParts;
        this.partEnds = partEnds;
        this.answerOpeners = alternation(answerOpeners);
        this.notesReferences = FoldedPattern.of(alternation(notesReferences));
        this.pronounQuestions = FoldedPattern.of(alternation(pronounQuestions));
    }

    /** One pattern of many; "$" stays the end of the whole text ("the following:" before a code block is no dangling end). */
    static Pattern alternation(List<Pattern> patterns) {
        StringBuilder b = new StringBuilder();
        for (Pattern p : patterns) b.append(b.isEmpty() ? "" : "|").append("(?:").append(p.pattern()).append(')');
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static DefinitionShape load() {
        return new DefinitionShape(GateConfig.wordsOf("gate-term-openers.txt"), GateConfig.wordsOf("gate-document-parts.txt"),
                GateConfig.wordsOf("gate-document-part-ends.txt"), GateConfig.patternsOf("gate-definition-answers.txt"),
                GateConfig.patternsOf("gate-notes-references.txt"), GateConfig.patternsOf("gate-pronoun-questions.txt"),
                GateConfig.wordsOf("gate-determiners.txt"), GateConfig.wordsOf("gate-term-quantifiers.txt"),
                GateConfig.wordsOf("gate-relation-words.txt"),
                GateConfig.wordsOf("gate-participle-adjectives.txt"), GateConfig.wordsOf("gate-asked-part-words.txt"),
                GateConfig.wordsOf("gate-term-prepositions.txt"), GateConfig.patternsOf("gate-amount-answers.txt"),
                GateConfig.wordsOf("gate-project-file-extensions.txt"));
    }

    /** "**Subject**: what happens if ...?": the label a plain question is asked about. */
    private static final Pattern SUBJECT_LABEL = Pattern.compile(
            "^(\\*\\*[^*\\n]{1,80}\\*\\*):\\s+(?i:what|how|why|when|which|who|where|is|are|do|does|can)\\b");

    /**
     * The first bold term of the question that is no name, with why; null when every one is. A definition
     * asks every bold term; a plain question only the subject label it opens with (bold words inside a
     * task's text are the task's, not a term).
     */
    String termFault(String question, boolean definition) {
        if (!definition) {
            Matcher s = SUBJECT_LABEL.matcher(question.strip());
            if (!s.find()) return null;
            question = s.group(1);
        }
        Matcher m = BOLD_SPAN.matcher(question);
        String asked = null;
        while (m.find()) {
            String term = CardText.plain(m.group(1)).strip();
            while (!term.isEmpty() && ":.;,".indexOf(term.charAt(term.length() - 1)) >= 0) {
                term = term.substring(0, term.length() - 1).strip();
            }
            String why = termFaultOf(term);
            if (why != null) return why;
            asked = term;
        }
        return definition && asked != null ? askedTermFault(asked) : null;
    }

    /** Why {@code term} names nothing, or null. */
    String termFaultOf(String term) {
        List<String> words = WORD.matcher(term).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        // "2026-08-06": a date (of an amendment, a log entry) is a moment of the notes' own history.
        if (DATE.matcher(term.strip()).matches()) {
            return "\u201c" + term + "\u201d is a date in the notes' own history, it names nothing to learn.";
        }
        if (words.isEmpty()) return null;
        String lower = term.toLowerCase(Locale.ROOT).strip();
        // "While the cloud", "It contains", "Faster releases": only the first word of a longer label tells.
        if (words.size() > 1 && openers.contains(words.get(0)) && Character.isLetter(lower.charAt(0))) {
            return "\u201c" + term + "\u201d is a piece of a sentence or a selling point, not a term the notes define.";
        }
        if (words.size() > 2 && determiners.contains(words.get(1)) && !determiners.contains(words.get(0))) {
            return "\u201c" + term + "\u201d is an instruction or a clause, not a term the notes define.";
        }
        // "Level 2 (Exercises 2.1 to 2.3)": what a part covers, in brackets, does not make its number a name.
        Matcher n = NUMBERED_PART.matcher(TRAILING_BRACKETS.matcher(lower).replaceFirst(""));
        if (n.matches() && numberedParts.contains(n.group(1))) {
            return "\u201c" + term + "\u201d numbers a part of the notes, it names nothing to learn.";
        }
        // "Adapted for", "Based on", "Not accounted for": a name never stops on a preposition; the label
        // opens a sentence its value or its text completes.
        String last = lastToken(lower);
        if (words.size() > 1 && prepositions.contains(last)) {
            return "\u201c" + term + "\u201d stops on \u201c" + last + "\u201d: it opens a sentence, it is not a term the notes define.";
        }
        if (words.size() > 1 && partEnds.contains(words.get(words.size() - 1))) {
            return "\u201c" + term + "\u201d names a part of the notes or of a file, not a thing to learn.";
        }
        return null;
    }

    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    /** "deck/cards.json", "start.sh": a relative file name (no "/" or "~" first) with an extension. */
    private static final Pattern PROJECT_FILE = Pattern.compile("(?:[\\w.-]+/)*[\\w-][\\w.-]*\\.([a-z0-9]{1,6})");

    /** The term's last whitespace-separated token, lower case, without punctuation around it; "" when it holds no letter only. */
    private static String lastToken(String lower) {
        String[] tokens = lower.strip().split("\\s+");
        String t = tokens[tokens.length - 1].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return t.chars().allMatch(Character::isLetter) ? t : "";
    }

    /**
     * Why the term a definition asks is no noun phrase naming a thing, or null: it opens with a quantifier
     * or a possessive ("Each Service"), with an action ("Updating Secrets"), joins two things ("Pods vs
     * Nodes", "Encoding \u2260 Encryption") or opens a document part ("Introduction to Pods"). Only the
     * asked term: a subject label before it ("**Pods and Nodes**: what is **X**?") is the heading's context.
     */
    String askedTermFault(String term) {
        List<String> words = WORD.matcher(term).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) return null;
        String lower = term.toLowerCase(Locale.ROOT).strip();
        if (words.size() > 1 && quantifiers.contains(words.get(0)) && Character.isLetter(lower.charAt(0))) {
            return "\u201c" + term + "\u201d points at members of a kind (it opens with \u201c" + words.get(0)
                    + "\u201d), it names no thing the notes define.";
        }
        // "Updating Secrets", "Creating a Pod": the -ing word acts on what follows. A singular noun after it
        // ("Proofing Basket", "Routing Table") is more often a thing named by its use.
        if (words.size() > 1 && isGerund(words.get(0)) && Character.isLetter(lower.charAt(0))
                && words.subList(1, words.size()).stream().anyMatch(w -> determiners.contains(w) || isPluralWord(w))) {
            return "\u201c" + term + "\u201d names an action, not a thing the notes define.";
        }
        String relation = relationIn(lower);
        if (relation != null) {
            return "\u201c" + term + "\u201d joins two things with \u201c" + relation + "\u201d: a relation or a claim, not a term.";
        }
        boolean partFirst = words.size() > 2 && (words.get(1).equals("to") || words.get(1).equals("of"))
                && (partEnds.contains(words.get(0)) || askedParts.contains(words.get(0)));
        if (partFirst || words.size() > 1 && askedParts.contains(words.get(words.size() - 1))) {
            return "\u201c" + term + "\u201d names a part of the notes or of a file, not a thing to learn.";
        }
        // "serve.js", "deck/cards.json": what a file of the notes' own project holds is its layout, not the exam's.
        Matcher f = PROJECT_FILE.matcher(lower);
        if (f.matches() && projectFileExtensions.contains(f.group(1))) {
            return "\u201c" + term + "\u201d is a file of the notes' own project, not a thing the exam asks.";
        }
        return null;
    }

    /** "Updating", "Creating": an -ing word from a verb stem (not "String", "Thing"), unless it describes a thing. */
    private boolean isGerund(String word) {
        if (!word.endsWith("ing") || participleAdjectives.contains(word)) return false;
        String stem = word.substring(0, word.length() - 3);
        return stem.length() >= 3 && stem.chars().anyMatch(ch -> "aeiouy".indexOf(ch) >= 0);
    }

    private static boolean isPluralWord(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** The relation word or symbol standing between two other words of the term, or null. */
    private String relationIn(String lower) {
        String[] tokens = WHITESPACE_RUN.split(lower);
        for (int i = 1; i < tokens.length - 1; i++) {
            String t = tokens[i].endsWith(".") && tokens[i].length() > 1 ? tokens[i].substring(0, tokens[i].length() - 1) : tokens[i];
            if (relations.contains(t)) return t;
        }
        return null;
    }

    /** "Volumes can be ...": the term itself, then a modal verb. */
    private static final Pattern MODAL = Pattern.compile("(?i)^s?\\s+(?:can|may|might|could|should|must|will|cannot|can't)\\b");

    /** Why a definition's answer does not say what the term is, or null. */
    String answerFault(String question, String back) {
        String a = CardText.plain(back).strip();
        Matcher m = answerOpeners.matcher(a);
        if (m.lookingAt()) {
            return "The answer opens with \u201c" + m.group().strip() + "\u201d: it gives a reason, an example, a verdict or a place, "
                    + "not what the term is.";
        }
        if (amountAnswers.matcher(a).lookingAt()) {
            return "The answer gives an amount or a count, not what the term is.";
        }
        // "The throttle", "A hypothesis": a kind with nothing that tells this one from the others of it (a
        // metaphor or a label), so the card cannot be checked.
        if (GENUS_ONLY.matcher(a).matches()) {
            return "The answer names only a kind (\u201c" + a + "\u201d), nothing that says which one the term is.";
        }
        // "What are Volumes?" - "Volumes can be ephemeral or persistent": what the term may be, not what it is.
        String term = lastBold(question);
        // "CNI" - "Common network interface": the letters spelled out say what it stands for, not what it is.
        if (term != null && spellsOut(term, a)) {
            return "The answer only spells out what \u201c" + term + "\u201d stands for, not what it is.";
        }
        if (term != null && term.length() > 1 && a.regionMatches(true, 0, term, 0, term.length())) {
            String after = a.substring(term.length());
            if (MODAL.matcher(after).lookingAt()) {
                return "The answer says what \u201c" + term + "\u201d can be or do, not what it is.";
            }
        }
        return null;
    }

    private static final Pattern GENUS_ONLY = Pattern.compile("(?i)(?:the|a|an)\\s+[\\p{L}-]+\\.?");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}s?");

    /** Whether the answer is only words whose initials are the term's letters ("CNI" - "Container network interface"). */
    static boolean spellsOut(String term, String answer) {
        if (!ACRONYM.matcher(term).matches()) return false;
        String letters = term.endsWith("s") ? term.substring(0, term.length() - 1) : term;
        String[] words = answer.replaceAll("[.()]", " ").strip().split("[\\s-]+");
        if (words.length != letters.length()) return false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || Character.toUpperCase(words[i].charAt(0)) != letters.charAt(i)) return false;
        }
        return true;
    }

    private static String lastBold(String question) {
        Matcher m = BOLD_SPAN.matcher(question);
        String last = null;
        while (m.find()) last = CardText.plain(m.group(1)).strip();
        return last;
    }

    /** Why a side leans on the notes' own text ("like your example", "the following ..."), or null. */
    String notesReference(String text) {
        String t = text.strip();
        Matcher m = notesReferences.find(t);
        // "Run the below command" with the command right after it in the answer points at nothing outside.
        if (m != null && t.indexOf("```", m.end()) < 0) {
            return "The answer refers to the notes' own text (\u201c" + m.group().strip() + "\u201d), so it cannot be learnt alone.";
        }
        return null;
    }

    /**
     * "Why does this matter?" with nothing on the front but the heading path: the pronoun stands for
     * something only the notes show.
     */
    String pronounSubject(String front, String question) {
        if (!question.equals(front) && !CardText.question(front).equals(question)) return null;
        String before = front.equals(question) ? "" : front.substring(0, front.length() - question.length());
        // Text of its own above the question (not just the heading path) names what "this" is.
        if (!before.isBlank() && !(before.strip().startsWith("*") && before.strip().endsWith("*") && before.strip().indexOf('\n') < 0)) {
            return null;
        }
        if (question.contains("**") || question.contains("`")) return null;
        if (pronounQuestions.find(question.strip()) != null) {
            return "The question's subject is a pronoun only the notes explain (\u201c" + question.strip()
                    + "\u201d), so it cannot be answered without them.";
        }
        return null;
    }
}
