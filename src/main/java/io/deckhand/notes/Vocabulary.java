package io.deckhand.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists the rules consult, kept as resource files next to this class so that they can grow
 * without touching the rules: command verbs and section words. Loaded on first use.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    private static final class Holder {
        static final Set<String> COMMAND_VERBS = load("command-verbs.txt");
        static final Set<String> SECTION_WORDS = load("section-words.txt");
        static final Set<String> CLAUSE_OPENERS = load("clause-openers.txt");
        static final Set<String> PARTICIPLE_ADJECTIVES = load("gate-participle-adjectives.txt");
        /** "the", "your", "all", "each": words that open a noun phrase as its determiner. */
        static final Set<String> DETERMINERS = union(load("gate-determiners.txt"), load("gate-term-quantifiers.txt"));
        static final Set<String> TASK_PART_LABELS = load("task-part-labels.txt");
        static final Set<String> PRONOUN_QUANTIFIERS = load("pronoun-quantifiers.txt");
        static final Set<String> SINGULAR_PRONOUN_QUANTIFIERS = load("pronoun-quantifiers-singular.txt");
        static final Set<String> ORDINAL_WORDS = load("ordinal-words.txt");
        static final Set<String> FOCUS_ADVERBS = load("focus-adverbs.txt");
        static final Set<String> CHECK_VERBS = load("check-verbs.txt");
        static final Set<String> FUNCTION_WORDS = load("gate-stopwords.txt");
        /** The built-in kinds the API serves (the kind column of the gate's apiVersion pairs). */
        static final Set<String> BUILT_IN_KINDS = lastWords(load("gate-api-kinds.txt"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** "all", "any", "the rest": a quantifier taking a plural verb that may stand for things without its noun. */
    static Set<String> pronounQuantifiers() {
        return Holder.PRONOUN_QUANTIFIERS;
    }

    /** "either", "each", "one": a quantifier taking a singular verb that may stand for a thing without its noun. */
    static Set<String> singularPronounQuantifiers() {
        return Holder.SINGULAR_PRONOUN_QUANTIFIERS;
    }

    /** "second", "last", "other": after "the", a word picking one thing by its place among those listed before. */
    static boolean isOrdinal(String word) {
        return Holder.ORDINAL_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "only", "just": an adverb before a subject that does not change what the subject is. */
    static boolean isFocusAdverb(String word) {
        return Holder.FOCUS_ADVERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "verify", "check", "test": a verb that looks at what was done rather than does something. */
    static boolean isCheckVerb(String word) {
        return Holder.CHECK_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "the", "of", "with": a word that carries no content of its own. */
    static boolean isFunctionWord(String word) {
        return Holder.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "the", "all", "your": a word that opens a noun phrase as its determiner. */
    static boolean isDeterminer(String word) {
        return Holder.DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lastWords(Set<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) out.add(l.substring(l.lastIndexOf(' ') + 1));
        return Set.copyOf(out);
    }

    /** "Rolling", "Pending": an -ing word that, first in a label, describes a thing rather than opens an action. */
    static boolean isDescribingParticiple(String word) {
        return Holder.PARTICIPLE_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Node", "Namespaces", "lease": a built-in kind of the API, singular or plural, any case. */
    /** A label of a part of an exercise's statement ("Requirements", "Namespace"), in any case. */
    static boolean isTaskPartLabel(String label) {
        return Holder.TASK_PART_LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isBuiltInKind(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return Holder.BUILT_IN_KINDS.contains(w) || w.endsWith("s") && Holder.BUILT_IN_KINDS.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && Holder.BUILT_IN_KINDS.contains(w.substring(0, w.length() - 2));
    }

    /**
     * A heading that is a clause or a sentence, not a name: it opens with a question word, a conjunction
     * or a pronoun ("When to use probes", "These APIs fall into two groups"), or ends as a sentence does.
     */
    static boolean isClause(String heading) {
        String h = Inline.plain(heading).strip();
        if (h.isEmpty()) return false;
        char last = h.charAt(h.length() - 1);
        if (last == '.' || last == '?' || last == '!') return true;
        int space = h.indexOf(' ');
        // One word ("This") is a stray label, not a clause; leave it to the other checks.
        return space > 0 && Holder.CLAUSE_OPENERS.contains(h.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** A verb a note uses to say what a command does or what a task is ("roll back", "evict"). */
    static boolean isCommandVerb(String word) {
        return Holder.COMMAND_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A heading or label that names a part of a note ("Example", "How it works", "Notes", "Example
     * declaration"), never a term: every word is a section word or a small word.
     */
    static boolean isSectionLabel(String text) {
        return SECTION_LABEL.of(text);
    }

    /** Asked of each heading of a path again for every card under it. */
    private static final Memo<Boolean> SECTION_LABEL = new Memo<>(4096, Vocabulary::isSectionLabelOf);

    private static boolean isSectionLabelOf(String text) {
        String t = Inline.plain(text).strip().toLowerCase(Locale.ROOT);
        while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return true;
        if (Holder.SECTION_WORDS.contains(t)) return true;
        String[] words = LABEL_WORD_BREAK.split(t);
        if (words.length == 0 || words.length > 4) return false;
        boolean sectionWord = false;
        for (String w : words) {
            if (w.isEmpty() || SMALL_WORDS.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
            if (!Holder.SECTION_WORDS.contains(w)) return false;
            sectionWord = true;
        }
        return sectionWord;
    }

    private static final java.util.regex.Pattern LABEL_WORD_BREAK = java.util.regex.Pattern.compile("[\\s:()\\-–—]+");

    /** "key", "common", "two": a word that qualifies a part of a note without naming a thing. */
    static boolean isSectionOrSmallWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return SMALL_WORDS.contains(w) || Holder.SECTION_WORDS.contains(w) || !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on",
            "to", "with", "it", "this", "my", "some", "more", "simple", "quick", "short", "full", "basic", "another",
            "common", "main", "important", "two", "three", "four", "five");

    static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
