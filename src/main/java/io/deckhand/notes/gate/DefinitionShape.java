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
    private static final Pattern BOLD_SPAN = Pattern.compile("\\*\\*([^*\\n]{1,80})\\*\\*");

    /** Whether a phrase can be a term at all: judged in one place, {@link Terms}. */
    private final Terms terms;
    private final Pattern answerOpeners;
    /** "4 to 6 hours", "At least 8 GB": an amount the notes' setup has, in place of what the term is. */
    private final Pattern amountAnswers;
    /** Folded: every answer of a definition, question, command or list is searched for these. */
    private final FoldedPattern notesReferences;
    private final FoldedPattern pronounQuestions;
    /** "Give yourself ...", "Create a test pod": verbs whose bare form opening an answer makes it a step. */
    private final Set<String> stepVerbs;
    /** "the", "your", "several": the object a step's verb takes ("Compare the ...", "Run several ..."). */
    private final Set<String> objectOpeners;

    DefinitionShape(Terms terms, List<Pattern> answerOpeners, List<Pattern> notesReferences, List<Pattern> pronounQuestions,
                    List<Pattern> amountAnswers, Set<String> stepVerbs, Set<String> objectOpeners) {
        this.terms = terms;
        this.amountAnswers = alternation(amountAnswers);
        this.answerOpeners = alternation(answerOpeners);
        this.notesReferences = FoldedPattern.of(alternation(notesReferences));
        this.pronounQuestions = FoldedPattern.of(alternation(pronounQuestions));
        this.stepVerbs = stepVerbs;
        this.objectOpeners = objectOpeners;
    }

    /** One pattern of many; "$" stays the end of the whole text ("the following:" before a code block is no dangling end). */
    static Pattern alternation(List<Pattern> patterns) {
        StringBuilder b = new StringBuilder();
        for (Pattern p : patterns) b.append(b.isEmpty() ? "" : "|").append("(?:").append(p.pattern()).append(')');
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static DefinitionShape load() {
        java.util.Set<String> verbs = new java.util.HashSet<>(GateConfig.wordsOf("command-verbs.txt"));
        verbs.addAll(GateConfig.wordsOf("action-verbs.txt"));
        verbs.addAll(GateConfig.wordsOf("gate-step-verbs.txt"));
        java.util.Set<String> objects = new java.util.HashSet<>(GateConfig.wordsOf("gate-determiners.txt"));
        objects.addAll(GateConfig.wordsOf("gate-term-quantifiers.txt"));
        objects.addAll(GateConfig.wordsOf("gate-step-objects.txt"));
        return new DefinitionShape(Terms.standard(), GateConfig.patternsOf("gate-definition-answers.txt"),
                GateConfig.patternsOf("gate-notes-references.txt"), GateConfig.patternsOf("gate-pronoun-questions.txt"),
                GateConfig.patternsOf("gate-amount-answers.txt"), Set.copyOf(verbs), Set.copyOf(objects));
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
            String why = terms.fault(term);
            if (why != null) return why;
            asked = term;
        }
        return definition && asked != null ? terms.askedFault(asked) : null;
    }

    /** Why {@code term} names nothing, or null ({@link Terms#fault}). */
    String termFaultOf(String term) {
        return terms.fault(term);
    }

    /** Why the term a definition asks is no noun phrase naming a thing, or null ({@link Terms#askedFault}). */
    String askedTermFault(String term) {
        return terms.askedFault(term);
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
        // "What is **Time box**?" - "Give yourself 45 minutes ...": an instruction to the reader, not what the term is.
        // "What does `cp` do?" - "Copy files ..." describes a command: only "What is/are" asks what a thing is.
        String step = stepOpening(question, a);
        if (step != null) {
            return "The answer is a step to take (\u201c" + step + " \u2026\u201d), not what the term is.";
        }
        // "The throttle", "A hypothesis": a kind with nothing that tells this one from the others of it (a
        // metaphor or a label), so the card cannot be checked.
        if (GENUS_ONLY.matcher(a).matches()) {
            return "The answer names only a kind (\u201c" + a + "\u201d), nothing that says which one the term is.";
        }
        // "What are Volumes?" - "Volumes can be ephemeral or persistent": what the term may be, not what it is.
        String term = lastBold(question);
        // "CNI" - "Common network interface": the letters spelled out say what it stands for, not what it is.
        String claim = term == null ? null : terms.claimFault(term, a);
        if (claim != null) return claim;
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

    private static final Pattern WHAT_IS = Pattern.compile("(?i)(?:^|\\s)what\\s+(?:is|are)\\s+\\*\\*[^*\\n]+\\*\\*\\s*\\??\\s*$");
    private static final Pattern TWO_WORDS = Pattern.compile("([\\p{L}]+)\\s+([\\p{L}']+)\\b");

    /** The verb and object a "What is X?" answer opens with when it tells the reader what to do ("Compare the"), or null. */
    private String stepOpening(String question, String answer) {
        if (!WHAT_IS.matcher(question.strip()).find()) return null;
        Matcher m = TWO_WORDS.matcher(answer);
        if (!m.lookingAt() || !Character.isUpperCase(answer.charAt(0))) return null;
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        String object = m.group(2).toLowerCase(Locale.ROOT);
        return stepVerbs.contains(verb) && objectOpeners.contains(object) ? m.group(1) + " " + m.group(2) : null;
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
