package io.deckhand.quiz.question;

/**
 * What sort of thing an answer is, so that multiple-choice distractors and false true/false
 * statements only ever swap in an answer of the same sort: a command for a command, a term for a
 * term, a node label for a node label.
 */
public enum AnswerKind {
    /** A shell command (the whole answer of a command card). */
    COMMAND,
    /** A short name or value: at most a few words, no sentence. */
    TERM,
    /** A sentence or phrase that describes or explains. */
    PHRASE,
    /** yes/no or true/false. */
    YES_NO,
    /** The label of a node in a diagram. */
    LABEL;

    /** TERM, PHRASE or YES_NO by the text's form; null for text too long or structured for a quiz option. */
    static AnswerKind ofText(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > CardText.MAX_PHRASE_CHARS || t.contains("\n") || t.contains("```")) return null;
        if (t.length() <= 6) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            while (lower.endsWith(".") || lower.endsWith("!")) lower = lower.substring(0, lower.length() - 1);
            if (lower.equals("yes") || lower.equals("no") || lower.equals("true") || lower.equals("false")) return YES_NO;
        }
        int words = CardText.words(t);
        if (words <= CardText.MAX_TERM_WORDS && t.length() <= CardText.MAX_TERM_CHARS && !t.endsWith(".")) return TERM;
        return PHRASE;
    }
}
