package io.deckhand.notes.gate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a phrase can be a term a card asks about: the one place that judges a label's shape. A term
 * is a noun phrase naming a thing; a label is no term when it is a piece of a sentence, a selling point,
 * an adjective describing its topic ("Cross-platform", "Easy to use"), a quality its topic is claimed to
 * have with a claim for its text ("Scalability": "lets you add nodes"), an action, a relation between two
 * things or a part of the document. The gate asks it of every definition and subject label; the notes'
 * rules ask it ({@code notes.Names}) before they take a heading or a label for a name, and add what only
 * they can see (how the notes use the phrase elsewhere). Each fault is given in the user's words, or null.
 * Word lists: {@code gate-term-*.txt}, {@code gate-describing-*.txt}, {@code gate-quality-*.txt}.
 */
public final class Terms {
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** Compiled once: the checks below run on every bold term of every card. */
    private static final Pattern NOT_A_WORD_CHAR = Pattern.compile("[^\\p{L}\\s'-]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[*_`\\s]+");
    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern SPACE_OR_SLASH = Pattern.compile("[\\s/]+");
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
    /** "Adapted for", "Based on": a label stopping on a preposition opens a sentence. */
    private final Set<String> prepositions;
    /** "serve.js", "deck/cards.json": files a notes project is built from. */
    private final Set<String> projectFileExtensions;
    /** "Easy", "Lightweight", "Optional": adjectives of general English that describe, never name. */
    private final Set<String> describingWords;
    /** "-able", "-ous": endings that make a word an adjective, and the nouns that end alike ("Table"). */
    private final Set<String> adjectiveEndings;
    private final Set<String> adjectiveEndingNouns;
    /** "Cross-", "Multi-", "Self-": a hyphenated modifier with no noun after it describes its topic. */
    private final Set<String> modifierPrefixes;
    /** "-ability", "-icity" and "Efficiency": nouns naming a quality something has. */
    private final Set<String> qualityEndings;
    private final Set<String> qualityNouns;
    /** "The ability to ...", "How well ...": a text that says what a quality is, not that the topic has it. */
    private final Pattern qualityGlosses;

    private Terms(Set<String> openers, Set<String> numberedParts, Set<String> partEnds, Set<String> determiners,
                  Set<String> quantifiers, Set<String> relations, Set<String> participleAdjectives, Set<String> askedParts,
                  Set<String> prepositions, Set<String> projectFileExtensions, Set<String> describingWords,
                  Set<String> adjectiveEndings, Set<String> adjectiveEndingNouns, Set<String> modifierPrefixes,
                  Set<String> qualityEndings, Set<String> qualityNouns, List<Pattern> qualityGlosses) {
        this.openers = openers;
        this.numberedParts = numberedParts;
        this.partEnds = partEnds;
        this.determiners = determiners;
        this.quantifiers = quantifiers;
        this.relations = relations;
        this.participleAdjectives = participleAdjectives;
        this.askedParts = askedParts;
        this.prepositions = prepositions;
        this.projectFileExtensions = projectFileExtensions;
        this.describingWords = describingWords;
        this.adjectiveEndings = adjectiveEndings;
        this.adjectiveEndingNouns = adjectiveEndingNouns;
        this.modifierPrefixes = modifierPrefixes;
        this.qualityEndings = qualityEndings;
        this.qualityNouns = qualityNouns;
        this.qualityGlosses = DefinitionShape.alternation(qualityGlosses);
    }

    private static final class Standard {
        static final Terms TERMS = new Terms(GateConfig.wordsOf("gate-term-openers.txt"), GateConfig.wordsOf("gate-document-parts.txt"),
                GateConfig.wordsOf("gate-document-part-ends.txt"), GateConfig.wordsOf("gate-determiners.txt"),
                GateConfig.wordsOf("gate-term-quantifiers.txt"), GateConfig.wordsOf("gate-relation-words.txt"),
                GateConfig.wordsOf("gate-participle-adjectives.txt"), GateConfig.wordsOf("gate-asked-part-words.txt"),
                GateConfig.wordsOf("gate-term-prepositions.txt"), GateConfig.wordsOf("gate-project-file-extensions.txt"),
                GateConfig.wordsOf("gate-describing-words.txt"), GateConfig.wordsOf("gate-describing-endings.txt"),
                GateConfig.wordsOf("gate-describing-ending-nouns.txt"), GateConfig.wordsOf("gate-describing-prefixes.txt"),
                GateConfig.wordsOf("gate-quality-endings.txt"), GateConfig.wordsOf("gate-quality-nouns.txt"),
                GateConfig.patternsOf("gate-quality-glosses.txt"));
    }

    /** The judgement with the bundled word lists (loaded once, on first use). */
    public static Terms standard() {
        return Standard.TERMS;
    }

    /**
     * Whether a heading or label of this shape can name a thing at all, as a subject or a term ({@link #fault}).
     * The term a definition asks must also pass {@link #askedFault}: "Pods and Nodes" is a fine subject
     * label, never a term.
     */
    public boolean canName(String phrase) {
        return fault(phrase) == null;
    }

    /** Why {@code term} names nothing, or null. */
    public String fault(String term) {
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
        return describingFault(term);
    }

    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    /** "deck/cards.json", "start.sh": a relative file name (no "/" or "~" first) with an extension. */
    private static final Pattern PROJECT_FILE = Pattern.compile("(?:[\\w.-]+/)*[\\w-][\\w.-]*\\.([a-z0-9]{1,6})");

    /** The term's last whitespace-separated token, lower case, without punctuation around it; "" when it holds no letter only. */
    private static String lastToken(String lower) {
        String[] tokens = WHITESPACE_RUN.split(lower.strip());
        String t = EDGE_NON_LETTERS.matcher(tokens[tokens.length - 1]).replaceAll("");
        return t.chars().allMatch(Character::isLetter) ? t : "";
    }

    /**
     * Why the term a definition asks is no noun phrase naming a thing, or null: it opens with a quantifier
     * or a possessive ("Each Service"), with an action ("Updating Secrets"), joins two things ("Pods vs
     * Nodes", "Encoding \u2260 Encryption") or opens a document part ("Introduction to Pods"). Only the
     * asked term: a subject label before it ("**Pods and Nodes**: what is **X**?") is the heading's context.
     */
    public String askedFault(String term) {
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
                && (words.size() > 2 || words.subList(1, words.size()).stream().anyMatch(w -> determiners.contains(w) || isPluralWord(w)))) {
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

    /**
     * Why the term is an adjective describing its topic rather than a noun naming a thing, or null: its
     * last word is an adjective ("Lightweight", "Config server unreachable", "Highly scalable"), an
     * adjective opens it before "to" ("Easy to use"), or it is one hyphenated modifier with no noun after
     * it ("Cross-platform", "Multi-cluster", "Self-healing"). A term spelled as a name (code, a digit, a
     * capital inside a word, an acronym) is the notes' own name and is left alone.
     */
    String describingFault(String term) {
        String t = term.strip();
        // "**immutable**", "**optional**": one word all in lower case is a key or a field, written as the manifest has it.
        if (t.isEmpty() || spelledAsName(t) || t.indexOf(' ') < 0 && t.equals(t.toLowerCase(Locale.ROOT))) return null;
        String[] words = WHITESPACE_RUN.split(NOT_A_WORD_CHAR.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
        if (words.length == 0 || words[0].isEmpty() || words.length > 5) return null;
        String last = words[words.length - 1];
        boolean describes = isAdjective(last) || modifierCompound(last)
                || words.length >= 3 && isAdjective(words[0]) && words[1].equals("to");
        if (!describes) return null;
        return "\u201c" + term + "\u201d describes its topic (an adjective), it is not a term the notes define.";
    }

    /**
     * Why a definition's term is a quality its topic is claimed to have, with a claim about the topic for
     * its answer ("**Scalability**: the cluster can add nodes as load grows"), or null. An answer that says
     * what the quality is ("The ability to ...", "How well ...", "Scalability is ...") defines it.
     */
    public String claimFault(String term, String answer) {
        String t = term.strip();
        if (t.isEmpty() || spelledAsName(t) || t.indexOf(' ') >= 0) return null;
        String w = t.toLowerCase(Locale.ROOT);
        if (!qualityNouns.contains(w) && !endsWithAny(w, qualityEndings)) return null;
        String a = LEADING_MARKS.matcher(answer.strip()).replaceFirst("");
        if (a.isEmpty() || qualityGlosses.matcher(a).lookingAt()) return null;
        if (a.regionMatches(true, 0, t, 0, t.length())) return null;
        return "\u201c" + term + "\u201d is a quality the notes claim for their topic and the answer a claim about that topic, "
                + "not a definition of a term.";
    }

    /** Code, a digit, a capital inside a word ("CoreDNS", "Cross-Platform" is not one), or an acronym. */
    static boolean spelledAsName(String term) {
        if (term.indexOf('`') >= 0) return true;
        for (String w : SPACE_OR_SLASH.split(term)) {
            int letters = 0;
            int upper = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c)) return true;
                if (Character.isLetter(c)) letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && Character.isLowerCase(w.charAt(i - 1))) return true;
                }
            }
            if (letters >= 2 && upper == letters) return true;
        }
        return false;
    }

    private boolean isAdjective(String word) {
        if (describingWords.contains(word)) return true;
        if (adjectiveEndingNouns.contains(word) || word.indexOf('-') >= 0) return false;
        for (String end : adjectiveEndings) {
            if (word.endsWith(end) && word.length() - end.length() >= 3) return true;
        }
        return false;
    }

    /** "cross-platform", "self-healing", "easy-to-use": a modifier or an adjective, a hyphen, and no noun after. */
    private boolean modifierCompound(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash == word.length() - 1) return false;
        String first = word.substring(0, dash);
        return modifierPrefixes.contains(first) || describingWords.contains(first) && word.indexOf("-to-") > 0;
    }

    private static boolean endsWithAny(String word, Set<String> endings) {
        for (String end : endings) {
            if (word.endsWith(end) && word.length() >= end.length() + 2) return true;
        }
        return false;
    }
}
