package io.deckhand.notes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question made from one sentence or list item points back at something the notes told before it
 * ("once the file is ready" after "create a deployment file", "how do you turn this into ..."): a definite
 * reference stands alone only when the card itself says what it is. A reference is carried when its noun is
 * on the card (the subject label, or earlier in the question), when a clause after it says which one
 * ("the pod that uses the secret"), or when it is a name; it points back when its noun was introduced in the
 * text before the sentence, or when a demonstrative stands alone as a pronoun ("this", "that").
 */
final class Anaphora {
    private Anaphora() {
    }

    /** A determiner, then the word after it (if any): "the file", "this subresource", "this" alone. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(the|this|these|those|that)\\b(?:\\s+([\\p{L}][\\p{L}\\d'-]*))?");
    /** Words that, after "the", say the thing is the one told before whatever it is. */
    private static final Set<String> ORDER_WORDS = Set.of("above", "previous", "latter", "former", "aforementioned",
            "earlier", "preceding");
    /** Words after a demonstrative that show it stands alone as a pronoun ("turn this into", "when that occurs"). */
    private static final Set<String> AFTER_A_PRONOUN = Set.of("is", "are", "was", "were", "be", "into", "to", "in", "on", "for",
            "with", "as", "and", "or", "will", "would", "can", "could", "should", "must", "may", "might", "does", "do",
            "did", "has", "have", "had", "happens", "occurs", "means", "works", "fails", "up", "out", "from", "by", "at");
    /** What, after the noun, says which one is meant: "the pod that ...", "the name of ...", "the file named ...". */
    private static final Pattern SAYS_WHICH = Pattern.compile("(?i)\\s*(?:that|which|who|whose|of|named|called|`)\\b?");

    /**
     * The first reference in {@code question} that points back at the text {@code before} it (or a
     * demonstrative standing alone), quoted as the question says it; null when every reference is carried
     * on the card. {@code subject} is the label the question is asked under (null when none).
     */
    static String pointsBack(String question, String subject, String before) {
        String q = Inline.plain(question);
        String card = subject == null ? "" : Inline.plain(subject);
        String told = before == null ? "" : Inline.plain(before);
        Matcher m = REFERENCE.matcher(q);
        while (m.find()) {
            String det = m.group(1).toLowerCase(Locale.ROOT);
            String word = m.group(2);
            String lower = word == null ? "" : word.toLowerCase(Locale.ROOT);
            String onCard = card + " " + q.substring(0, m.start());
            boolean demonstrative = !det.equals("the");
            if (word == null || demonstrative && AFTER_A_PRONOUN.contains(lower)) {
                // "that" after a noun or a verb of saying opens a clause ("the pod that fails", "check that ..."):
                // only "this", "these", "those" and a "that" opening the case stand for a thing on their own.
                if (det.equals("that") && !opensTheCase(q, m.start())) continue;
                if (demonstrative) return m.group(1) + (word == null ? "" : " " + word);
                continue;
            }
            // "that file" is rare in a question; "check that a pod runs" is a clause.
            if (det.equals("that")) continue;
            if (ORDER_WORDS.contains(lower)) return m.group();
            // "if the second request returns 200": a case picking one by its place in a list the notes gave before.
            if (Vocabulary.isOrdinal(lower) && opensTheCase(q, m.start())) return m.group();
            if (Names.marked(word) || Character.isUpperCase(word.charAt(0)) && !atSentenceStart(q, m.start())) continue;
            if (SAYS_WHICH.matcher(q.substring(m.end())).lookingAt()) continue;
            if (sayHere(onCard, lower)) continue;
            // The thing a case or a purpose opens with ("once the file is ready", "how do you mount the volume") is
            // the one the text brought in before ("write it to a file"); "the chain" of a drive the text never
            // brought in is the subject's part, and further on, "than the node has" is any node.
            if (demonstrative || opensTheCase(q, m.start()) && introduces(told, lower)) return m.group();
        }
        Matcher a = LEANING_ADVERB.matcher(q);
        if (a.find()) return a.group();
        return null;
    }

    /**
     * The "this X" / "that X" a case's result opens with when X is no word of the case ("once the agent writes
     * its config" → "This error clears within seconds"): the thing is one the notes told before the sentence,
     * not on the card. Null when the result opens otherwise, or with a demonstrative standing as a pronoun
     * for the case itself ("This is read as a logical AND", "This means ...").
     */
    static String resultPointsBack(String result, String said) {
        Matcher m = REFERENCE.matcher(Inline.plain(result).strip());
        if (!m.lookingAt() || m.group(2) == null) return null;
        String det = m.group(1).toLowerCase(Locale.ROOT);
        if (!det.equals("this") && !det.equals("that")) return null;
        String word = m.group(2);
        String lower = word.toLowerCase(Locale.ROOT);
        // "This means", "That happens", "This won't": a verb, so the demonstrative is the pronoun.
        if (AFTER_A_PRONOUN.contains(lower) || lower.endsWith("s") && !lower.endsWith("ss") || word.contains("'")
                || m.end() < Inline.plain(result).strip().length() && "'’".indexOf(Inline.plain(result).strip().charAt(m.end())) >= 0) {
            return null;
        }
        if (Names.marked(word) || sayHere(Inline.plain(said), lower)) return null;
        return m.group();
    }

    /** "How do you schedule it anyway?", "if the pod is still pending": the case goes on from one told before. */
    private static final Pattern LEANING_ADVERB = Pattern.compile("(?i)\\b(?:anyway|otherwise|still|instead(?!\\s+of))\\b");

    /** Whether the text says the word in any number ("files" says "file"). */
    private static boolean sayHere(String text, String word) {
        String stem = Names.foldedStem(word);
        if (stem.length() < 3) return false;
        for (String w : text.split("[^\\p{L}\\d]+")) {
            if (!w.isEmpty() && Names.foldedStem(w).equals(stem)) return true;
        }
        return false;
    }

    /** Whether the text brings in one such thing: "a file", "an empty file", "a new config file" (at most two words between). */
    private static boolean introduces(String text, String word) {
        String stem = Names.foldedStem(word);
        if (stem.length() < 3) return false;
        Matcher m = INDEFINITE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null && Names.foldedStem(m.group(g)).equals(stem)) return true;
            }
        }
        return false;
    }

    private static final Pattern INDEFINITE = Pattern.compile(
            "(?i)\\b(?:a|an)\\s+([\\p{L}\\d-]+)(?:\\s+([\\p{L}\\d-]+))?(?:\\s+([\\p{L}\\d-]+))?");

    /** "if that fails", "when this occurs": the reference is the first word of the case after its opener. */
    private static boolean opensTheCase(String q, int at) {
        String head = q.substring(0, at).strip().toLowerCase(Locale.ROOT);
        return head.isEmpty() || head.matches(".*\\b(?:if|when|once|unless|whenever|after|before|while|but|and|so)$")
                || head.matches("(?:.*[:?]\\s*)?how do (?:you|i|we) [\\p{L}-]+$")
                || head.matches(".*[?:,;]$");
    }

    private static boolean atSentenceStart(String q, int at) {
        return q.substring(0, at).strip().isEmpty();
    }

    /**
     * The first "the X" / "this X" of a task made from an exercise step whose X the exercise's text before it
     * brought in ("a repo", "created a NodePort service") and the task leaves unnamed ("Add the repo"): the
     * noun as the task says it, or null when every such reference is named on the task (a code or quoted name
     * after it, a clause saying which) or said earlier on it ("Create a pod and open a shell in the pod").
     */
    static Reference unnamedReference(String task, String before, int from) {
        String told = before == null ? "" : Inline.plain(before);
        Matcher m = STEP_REFERENCE.matcher(task);
        while (m.find(from)) {
            // "the new busybox pod": the thing is the second word when the text brought that in (the first says which kind).
            int g = m.group(3) != null && introduces(told, m.group(3).toLowerCase(Locale.ROOT)) ? 3 : 2;
            from = m.end(g);
            String noun = m.group(g);
            String lower = noun.toLowerCase(Locale.ROOT);
            if (Names.marked(noun) || ORDER_WORDS.contains(lower) || AFTER_A_PRONOUN.contains(lower)) continue;
            // "the same job" repeats the step before, which the task rules show as that step.
            if (g == 3 && m.group(2).equalsIgnoreCase("same")) continue;
            String rest = task.substring(m.end(g));
            if (SAYS_WHICH.matcher(rest).lookingAt() || rest.startsWith(" `") || rest.matches("(?s)^\\s*['\"].*")) continue;
            String plainBefore = Inline.plain(task.substring(0, m.start(g)));
            if (sayHere(plainBefore, lower)) continue;
            // "the web namespace" or "the web pod" after "a namespace named web": the name is said on the front.
            if (givenAsName(told, noun) || g == 3 && givenAsName(told, m.group(2))) continue;
            if (introduces(told, lower) || CREATED.matcher(told).results().anyMatch(r -> sayHere(r.group(), lower))) return new Reference(noun, m.end(g));
        }
        return null;
    }

    private static boolean givenAsName(String told, String word) {
        return Pattern.compile("(?i)\\b(?:called|named)\\s+[`'\"]?" + Pattern.quote(word) + "\\b").matcher(told).find();
    }

    /** The noun a reference says, and where it ends in the task. */
    record Reference(String noun, int end) {
    }

    /** "the repo", "this service", "the new busybox pod": a determiner, an optional "new" and a word, outside code. */
    private static final Pattern STEP_REFERENCE = Pattern.compile(
            "(?i)(?<![`\\w])(the|this|these)\\s+(?:new\\s+)?([\\p{L}][\\p{L}\\d-]*)\\b(?![`'\"])(?:\\s+([\\p{L}][\\p{L}\\d-]*)\\b(?![`'\"]))?");
    /** "created the NodePort service", "deployed a busybox pod": what a step made, up to three words on. */
    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\b(?:created|deployed|added|made)\\s+(?:the\\s+|a\\s+|an\\s+)?[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+){0,2}");

    /**
     * The one name the text before gives a thing it brings in ("a repo called `bitnami`", "the service
     * `web-svc`", "a pod named web"): null when it gives none, or more than one, for that noun.
     */
    static String nameGivenBefore(String before, String noun) {
        if (before == null) return null;
        String stem = Names.foldedStem(noun);
        if (stem.length() < 3) return null;
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = NAMED_THING.matcher(before);
        while (m.find()) {
            String thing = m.group(1) != null ? m.group(1) : m.group(3);
            String name = m.group(1) != null ? m.group(2) : m.group(4);
            if (Names.foldedStem(thing).equals(stem)) names.add(name);
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** A noun, then its name: in code or quotes, or bare after "called"/"named" ("repo `bitnami`", "pod called web"). */
    private static final Pattern NAMED_THING = Pattern.compile(
            "(?i)\\b([\\p{L}][\\p{L}\\d-]*)\\s+(?:(?:called|named)\\s+)?[`'\"]([a-z0-9][a-z0-9.-]*)[`'\"]"
                    + "|\\b([\\p{L}][\\p{L}\\d-]*)\\s+(?:called|named)\\s+([a-z0-9][a-z0-9.-]*[a-z0-9])");
}
