package io.deckhand.notes.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a task or step card carries the state its answer works in. An exercise's steps run in a
 * namespace and on objects earlier steps made: a question that says the namespace ("in namespace
 * `shop`") is answered by commands that run there, and a question never leans on another numbered part
 * of the notes ("the cluster set up in question 3"), whose state the card does not show. Each check
 * gives the reason in the user's words, or null.
 */
final class StepContext {
    /** A quote, code or bold mark around a name. */
    private static final String MARK = "(?:`|'|\"|\\*\\*)";
    private static final String NAME = "([a-z0-9][a-z0-9-]{0,62})";
    /** "namespace `shop`", "Namespace: 'shop'", "namespace called `shop`": a marked name after the word. */
    private static final Pattern MARKED_AFTER = Pattern.compile(
            "(?i)\\bnamespace(?:\\*\\*)?\\s*:?(?:\\*\\*)?\\s*(?:called\\s+|named\\s+)?" + MARK + NAME + MARK);
    /**
     * "in the `shop` namespace": a marked name before the word, after the word that places it (not
     * "namespaces", a list of them; not "claim `x` namespace", a run of labels).
     */
    private static final Pattern MARKED_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|in|into|within|from|to)\\s+" + MARK + NAME + MARK + "\\s+namespace\\b(?!s)");
    /** "in namespace shop": a bare name only after a preposition that says where the task is done. */
    private static final Pattern PLACED = Pattern.compile(
            "(?i)\\b(?:in|into|within|from|to|on)\\s+(?:the\\s+)?namespace\\s+" + NAME + "(?![\\w'`-]|\\.\\w)");
    /**
     * "the current namespace is `shop`": where the shell already is, so commands that name no namespace
     * run there and the answer need not say it.
     */
    private static final Pattern CURRENT = Pattern.compile(
            "(?i)\\b(?:current|active)\\s+(?:context'?s\\s+)?namespace\\s*(?:is\\s+|:\\s*)?" + MARK + NAME + MARK);
    /** Running everywhere names every namespace. */
    private static final Pattern ALL_NAMESPACES = Pattern.compile("--all-namespaces\\b|(?<![\\w-])-A(?![\\w-])");
    private static final Pattern MANIFEST = Pattern.compile("(?m)^\\s*apiVersion\\s*:");

    private static final Set<String> PLACEHOLDERS = Set.of("namespace", "namespaces", "ns", "name", "your-namespace", "my-namespace");

    private final Set<String> stopWords;
    private final Pattern tools;
    private final Pattern otherPart;

    StepContext(Set<String> stopWords, Set<String> namespaceTools, Set<String> numberedParts) {
        this.stopWords = stopWords;
        this.tools = Pattern.compile("(?m)(?:^|[\\s;|&(`$])(?:" + alternation(namespaceTools) + ")\\s+[a-z-]");
        // "set up in question 3", "the policy from step 2", "as in Task 4": a pointer at a numbered part.
        this.otherPart = Pattern.compile("(?i)\\b(?:in|from|of|see|per|after|like|than|as\\s+in|same\\s+as)\\s+(?:the\\s+)?(?:"
                + alternation(numberedParts) + ")\\s*#?\\d{1,3}[a-z]?\\b");
    }

    static StepContext load(Set<String> stopWords) {
        return new StepContext(stopWords, GateConfig.wordsOf("gate-namespace-tools.txt"),
                GateConfig.wordsOf("gate-numbered-parts.txt"));
    }

    private static String alternation(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        // Longer first, so "questions" is tried before "question".
        sorted.sort((a, b) -> b.length() - a.length());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }

    /**
     * The namespaces a question says its task is done in ("in namespace `shop`", "the 'ops' namespace"),
     * in order; never the default one, which is where a command runs when it names none.
     */
    Set<String> namespacesOf(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : List.of(MARKED_AFTER, MARKED_BEFORE, PLACED)) {
            Matcher m = p.matcher(question);
            while (m.find()) {
                String name = m.group(1);
                // Namespaces are lower case; "namespace Foo" is a word of the sentence.
                if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.equals("default")) continue;
                // "-n namespace", "namespace `ns`": the kind's own word is a placeholder, no name to run in.
                if (PLACEHOLDERS.contains(name)) continue;
                if (p == PLACED && (stopWords.contains(name) || name.equals("called") || name.equals("named"))) continue;
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Why the answer does not run in the namespace its question names, or null: a back of commands or
     * manifests that never says it ("-n shop", "namespace: shop", a context switch to it) does the task
     * in another namespace, so it is incomplete (the card cannot add a switch the notes do not have).
     */
    String namespaceFault(String question, String back) {
        Set<String> asked = namespacesOf(question);
        if (asked.isEmpty()) return null;
        if (!tools.matcher(back).find() && !MANIFEST.matcher(back).find()) return null;
        if (ALL_NAMESPACES.matcher(back).find()) return null;
        Matcher current = CURRENT.matcher(question);
        while (current.find()) asked.remove(current.group(1));
        for (String ns : asked) {
            if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(ns) + "(?![\\w-])").matcher(back).find()) {
                return "The question says the task is done in namespace \u201c" + ns + "\u201d, but no command of the answer"
                        + " runs there (no \u201c-n " + ns + "\u201d): the answer is incomplete.";
            }
        }
        return null;
    }

    /** Why the question leans on another numbered part of the notes ("set up in question 3"), or null. */
    String otherPartFault(String question) {
        Matcher m = otherPart.matcher(question);
        if (!m.find()) return null;
        return "The question points at another part of the notes (\u201c" + m.group().strip()
                + "\u201d), whose state the card does not show.";
    }
}
