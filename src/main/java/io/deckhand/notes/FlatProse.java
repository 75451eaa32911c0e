package io.deckhand.notes;

import java.util.Locale;
import java.util.Set;

/**
 * Sentence ends lost when a note was flattened. Lines of one prose block were joined because the next
 * one starts in lowercase, but some of those breaks ended a statement (a list item whose marker was
 * lost: "essentially a key value pair" / "all resources are stored in etcd ..."). A break is such an
 * end when both sides are complete (no dangling word, the next line has its own subject and verb
 * early on) and the line does not end in a code token (inline code is where flattening broke lines).
 */
final class FlatProse {
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on",
            "for", "with", "by", "from", "as", "at", "is", "are", "be", "that", "which", "than", "into", "via",
            "if", "when", "like", "using", "use", "not", "no", "your", "its", "their", "this", "these", "my",
            "our", "but", "so", "then", "was", "were", "can", "will", "should", "must", "has", "have");
    private static final Set<String> CONTINUERS = Set.of("and", "or", "but", "in", "on", "for", "with", "by",
            "from", "as", "at", "to", "of", "than", "that", "which", "who", "where", "when", "while", "so", "then",
            "into", "via", "if", "using", "like", "because", "since", "unless", "until", "instead", "otherwise",
            "except", "e.g.", "i.e.", "etc", "is", "are", "was", "were", "be");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "can", "cannot", "can't",
            "could", "will", "would", "should", "must", "may", "might", "has", "have", "had", "does", "do", "did",
            "isn't", "aren't", "doesn't", "don't", "won't", "needs", "need", "gets", "get");
    private static final int VERB_WITHIN = 4;

    private FlatProse() {
    }

    /** The block's text with lost sentence ends restored, or its text as is when the lines do not match it. */
    static String sentences(Block.Prose p, String[] lines) {
        int from = p.first() - 1;
        int to = Math.min(p.last() - 1, lines.length - 1);
        if (from < 0 || from >= to) return p.text();
        StringBuilder plain = new StringBuilder(lines[from].strip());
        StringBuilder out = new StringBuilder(plain);
        boolean changed = false;
        String prev = lines[from].strip();
        for (int k = from + 1; k <= to; k++) {
            String next = lines[k].strip();
            if (next.isEmpty()) continue;
            boolean glued = ",.;:)!?".indexOf(next.charAt(0)) >= 0;
            plain.append(glued ? "" : " ").append(next);
            if (!glued && endsStatement(prev, next)) {
                out.append(". ").append(Inline.capitalise(next));
                changed = true;
            } else {
                out.append(glued ? "" : " ").append(next);
            }
            prev = next;
        }
        if (!changed || !plain.toString().equals(p.text())) return p.text();
        String s = out.toString();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    static boolean endsStatement(String prev, String next) {
        if (prev.isEmpty() || ".,;:!?-(–—".indexOf(prev.charAt(prev.length() - 1)) >= 0) return false;
        String[] a = PlainLines.words(prev);
        String[] b = PlainLines.words(next);
        if (a.length < 3 || b.length < 4 || !Character.isLowerCase(next.charAt(0))) return false;
        String last = a[a.length - 1];
        if (DANGLING.contains(last.toLowerCase(Locale.ROOT)) || looksLikeCode(last)) return false;
        if (CONTINUERS.contains(b[0].toLowerCase(Locale.ROOT))) return false;
        // The next line has a subject of its own: a verb a little way in, not as its first word.
        for (int k = 1; k < Math.min(b.length, VERB_WITHIN + 1); k++) {
            String w = b[k].toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && ",.;:".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
            if (VERBS.contains(w) || PlainLines.isDescribingVerb(w) && w.endsWith("s") && k <= 2) return true;
        }
        return false;
    }

    private static boolean looksLikeCode(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ("/._=[]{}<>$`\"'-".indexOf(c) >= 0 && i > 0 && i < token.length() - 1) return true;
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1))) return true;
        }
        return false;
    }
}
