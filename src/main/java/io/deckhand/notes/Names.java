package io.deckhand.notes;

import io.deckhand.notes.gate.Terms;
import io.deckhand.render.yaml.K8sStructure;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a heading or a label is a name a card may ask about, and how it reads as one: the notes' one
 * verdict ({@link #isName}). A phrase must first be shaped like a term at all, which the gate judges for
 * the notes and for itself ({@link Terms}: no adjective, selling point, action, relation or part of the
 * document); then it is a name when the notes use it as one: code, an acronym or a word with capitals
 * inside, a number, a kind of the domain's vocabulary ({@code k8s-structure.json}), one ordinary word the
 * notes write as a name somewhere ({@link FolderWords}), or a phrase the note mentions again outside its
 * own heading or label. A phrase of ordinary words the note uses only as a heading or label ("Namespace
 * Issue", "Secure Setup") names a part of the note, not a thing.
 */
final class Names {
    private Names() {
    }

    /** "3. ", "2) ", "1.2 ", "IV. ": a heading's place in the document, never part of its name. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*\\\\?[.)]|\\d{1,3}(?:\\.\\d{1,3})+|[IVX]{1,5}\\\\?[.)])\\s+(?=\\S)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    /** "Additional Notes: ...": the part before the colon is a label when it is made of section words. */
    private static final Pattern LABEL_PREFIX = Pattern.compile("^([^:]{1,40}):\\s+(\\S.*)$");
    private static final Pattern ARTICLE = Pattern.compile("(?:[Tt]he|[Aa]n?)\\s+(?=\\p{Lu})");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\-/]+");
    /** Bold or italic marks around the whole text (compiled once: bare runs for every heading of every card). */
    private static final Pattern EMPHASIS_ENDS = Pattern.compile("^[*_]+|[*_]+$");

    /**
     * The notes' verdict on whether a heading or label names a thing: shaped like a term ({@link Terms}),
     * then named so by its spelling, the domain's vocabulary, how the notes write the word ({@code usage}, read only for one ordinary word)
     * or, for a phrase, being said again outside headings ({@code mentionedElsewhere}, asked last).
     */
    static boolean isName(String phrase, Supplier<FolderWords> usage, BooleanSupplier mentionedElsewhere) {
        String bare = bare(phrase);
        if (!bare.isEmpty() && !phrase.strip().startsWith("`") && !Terms.standard().canName(bare)) return false;
        // "Memory", "Fix": one word that reads as a name only at the start of a line; the notes decide.
        if (isLoneOrdinaryWord(bare)) return isDomainKind(bare) || isDomainField(bare) || usage.get().treatsAsName(bare);
        return byItsSpelling(phrase) || mentionedElsewhere.getAsBoolean();
    }

    /**
     * One word written as a dictionary word at the start of a sentence ("Memory") or shouted ("SECTION"):
     * its spelling does not say whether it is a name. Acronyms of up to five letters ("CNI", "HTTPS") do.
     */
    static boolean isLoneOrdinaryWord(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) return false;
        boolean allUpper = true;
        boolean restLower = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) || c > 'z') return false;
            if (!Character.isUpperCase(c)) allUpper = false;
            if (i > 0 && !Character.isLowerCase(c)) restLower = false;
        }
        return restLower || allUpper && w.length() > 5;
    }

    /** The text without a heading's number in front ("3. Background" is "Background"). */
    static String unnumbered(String heading) {
        return NUMBERING.matcher(heading.strip()).replaceFirst("");
    }

    /**
     * The heading or label as a name reads: no numbering in front, no label punctuation or bold around
     * it, a link's text without its address, no section-word label glued before a colon.
     */
    static String bare(String heading) {
        return heading == null ? "" : BARE.of(heading);
    }

    /** {@link #bare} is asked of each heading again for every card under it. */
    private static final Memo<String> BARE = new Memo<>(4096, Names::bareOf);

    private static String bareOf(String heading) {
        String t = Inline.plain(heading).strip();
        if (t.indexOf('[') >= 0) t = LINK.matcher(t).replaceAll("$1").strip();
        t = NUMBERING.matcher(t).replaceFirst("");
        t = EMPHASIS_ENDS.matcher(t).replaceAll("").strip();
        while (!t.isEmpty() && ":-–—;,".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        t = EMPHASIS_ENDS.matcher(t).replaceAll("").strip();
        Matcher m = LABEL_PREFIX.matcher(t);
        if (m.matches() && Vocabulary.isSectionLabel(m.group(1))) t = m.group(2).strip();
        // "The Downward API" is asked as "Downward API": the article is the sentence's, not the name's.
        m = ARTICLE.matcher(t);
        if (m.lookingAt() && Inline.words(t) > 2) t = t.substring(m.end());
        return t;
    }

    /** "Further Reading: [A Note on Spools](https://...)": a label over a link points at another document. */
    static boolean isReference(String heading) {
        Matcher m = LABEL_PREFIX.matcher(Inline.plain(heading).strip());
        return m.matches() && Vocabulary.isSectionLabel(m.group(1)) && LINK.matcher(m.group(2)).find();
    }

    /**
     * A name by its spelling alone: code, a digit, an acronym or a capital inside a word ("CoreDNS",
     * "PV", "etcd v3"), a single word, or a kind of the domain's vocabulary written as words ("Storage
     * Class"). Phrases of ordinary words need the note to use them again ({@link RuleContext#isName}).
     */
    static boolean byItsSpelling(String phrase) {
        String t = bare(phrase);
        if (t.isEmpty()) return false;
        if (t.contains("`")) return true;
        String[] words = WORD_SPLIT.split(t.strip());
        if (words.length <= 1) return true;
        for (String w : words) if (marked(w)) return true;
        return isKind(words);
    }

    /** A word written as a name: a digit or a capital after its first letter ("etcd3", "CoreDNS", "PV"). */
    static boolean marked(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || i > 0 && Character.isUpperCase(c)) return true;
        }
        return false;
    }

    /** "Pods", "Storage Class": the phrase is a kind the API serves, in any spelling. */
    static boolean isDomainKind(String phrase) {
        String t = bare(phrase).strip();
        return !t.isEmpty() && (isKind(WORD_SPLIT.split(t)) || Vocabulary.isBuiltInKind(t));
    }

    /** "Labels", "Selector": one word that is a field of the domain's manifests, singular or plural. */
    static boolean isDomainField(String word) {
        String w = bare(word).strip().toLowerCase(Locale.ROOT);
        K8sStructure k8s = K8sStructure.bundled();
        return !w.isEmpty() && (k8s.hasField(w) || w.endsWith("s") && k8s.hasField(w.substring(0, w.length() - 1))
                || k8s.hasField(w + "s"));
    }

    /** "Storage Class", "Network Policies": the words joined are a kind the API serves. */
    private static boolean isKind(String[] words) {
        if (words.length > 4) return false;
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return false;
            joined.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        String j = joined.toString();
        K8sStructure k8s = K8sStructure.bundled();
        for (String form : new String[] {j, j.endsWith("ies") ? j.substring(0, j.length() - 3) + "y" : j,
                j.endsWith("s") ? j.substring(0, j.length() - 1) : j}) {
            if (k8s.typeOfKind(form).isPresent()) return true;
        }
        return false;
    }

    /** Lower case letters and digits only: "Kube-Proxy", "kube proxy" and "kubeproxy" read alike. */
    static String folded(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** The folded phrase without a plural ending, so "Network Policies" finds "network policy". */
    static String foldedStem(String phrase) {
        String f = folded(bare(phrase));
        if (f.endsWith("ies") && f.length() > 5) return f.substring(0, f.length() - 3);
        if (f.endsWith("es") && f.length() > 5 && (f.endsWith("ses") || f.endsWith("xes") || f.endsWith("ches") || f.endsWith("shes"))) {
            return f.substring(0, f.length() - 2);
        }
        if (f.endsWith("s") && !f.endsWith("ss") && f.length() > 4) return f.substring(0, f.length() - 1);
        return f;
    }

    /** Whether the text says the name in any spelling ("the kube proxy" says "Kube-Proxy"). */
    static boolean says(String text, String name) {
        String stem = foldedStem(name);
        return stem.length() >= 4 && folded(Inline.plain(text)).contains(stem);
    }

    /** Two spellings of one name ("Kube Proxy" and "Kube-Proxy", "Pod" and "Pods"). */
    static boolean same(String a, String b) {
        String fa = foldedStem(a);
        return !fa.isEmpty() && fa.equals(foldedStem(b));
    }
}
