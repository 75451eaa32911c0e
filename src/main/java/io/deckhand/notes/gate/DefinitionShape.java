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
    private static final Pattern BOLD_SPAN = Pattern.compile("\\*\\*([^*\\n]{1,80})\\*\\*");
    private static final Pattern NUMBERED_PART = Pattern.compile("^(\\p{L}+)\\s*[#.-]?\\s*\\d+[a-z]?$");
    /** "Fix the endpoint", "Mount a volume": a word and then an article opens an instruction or a clause, never a name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "your", "all", "each", "every", "its", "their", "our");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    private final Set<String> openers;
    private final Set<String> numberedParts;
    private final Set<String> partEnds;
    private final Pattern answerOpeners;
    /** Folded: every answer of a definition, question, command or list is searched for these. */
    private final FoldedPattern notesReferences;
    private final FoldedPattern pronounQuestions;

    DefinitionShape(Set<String> openers, Set<String> numberedParts, Set<String> partEnds, List<Pattern> answerOpeners,
                    List<Pattern> notesReferences, List<Pattern> pronounQuestions) {
        this.openers = openers;
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
                GateConfig.patternsOf("gate-notes-references.txt"), GateConfig.patternsOf("gate-pronoun-questions.txt"));
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
        while (m.find()) {
            String term = CardText.plain(m.group(1)).strip();
            while (!term.isEmpty() && ":.;,".indexOf(term.charAt(term.length() - 1)) >= 0) {
                term = term.substring(0, term.length() - 1).strip();
            }
            String why = termFaultOf(term);
            if (why != null) return why;
        }
        return null;
    }

    /** Why {@code term} names nothing, or null. */
    String termFaultOf(String term) {
        List<String> words = WORD.matcher(term).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) return null;
        String lower = term.toLowerCase(Locale.ROOT).strip();
        // "While the cloud", "It contains", "Faster releases": only the first word of a longer label tells.
        if (words.size() > 1 && openers.contains(words.get(0)) && Character.isLetter(lower.charAt(0))) {
            return "\u201c" + term + "\u201d is a piece of a sentence or a selling point, not a term the notes define.";
        }
        if (words.size() > 2 && DETERMINERS.contains(words.get(1)) && !DETERMINERS.contains(words.get(0))) {
            return "\u201c" + term + "\u201d is an instruction or a clause, not a term the notes define.";
        }
        Matcher n = NUMBERED_PART.matcher(lower);
        if (n.matches() && numberedParts.contains(n.group(1))) {
            return "\u201c" + term + "\u201d numbers a part of the notes, it names nothing to learn.";
        }
        if (words.size() > 1 && partEnds.contains(words.get(words.size() - 1))) {
            return "\u201c" + term + "\u201d names a part of the notes, not a thing to learn.";
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
            return "The answer opens with \u201c" + m.group().strip() + "\u201d: it gives a reason, an example or a verdict, "
                    + "not what the term is.";
        }
        // "What are Volumes?" - "Volumes can be ephemeral or persistent": what the term may be, not what it is.
        String term = lastBold(question);
        if (term != null && term.length() > 1 && a.regionMatches(true, 0, term, 0, term.length())) {
            String after = a.substring(term.length());
            if (MODAL.matcher(after).lookingAt()) {
                return "The answer says what \u201c" + term + "\u201d can be or do, not what it is.";
            }
        }
        return null;
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
