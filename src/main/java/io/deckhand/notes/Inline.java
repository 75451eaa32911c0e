package io.deckhand.notes;

import java.util.regex.Pattern;

/** Small text helpers over inline Markdown: plain text of a heading, wikilinks, tidy sentences. */
final class Inline {
    private static final Pattern WIKILINK = Pattern.compile("!?\\[\\[([^\\]|#]*)(#[^\\]|]*)?(?:\\|([^\\]]*))?]]");
    private static final Pattern MARKER_TAG = Pattern.compile("(^|\\s)#(readmore|todo|refine|find|ask|review|wip)\\b");

    private Inline() {
    }

    /** {@code [[Page#Section|alias]]} becomes its alias (or page, or section); marker tags go. */
    static String readable(String s) {
        if (s.indexOf("[[") >= 0) {
            s = WIKILINK.matcher(s).replaceAll(m -> {
                String alias = m.group(3);
                String page = m.group(1);
                String section = m.group(2) == null ? "" : m.group(2).replaceAll("^#+", "");
                String shown = alias != null && !alias.isBlank() ? alias : !page.isBlank() ? page : section;
                return java.util.regex.Matcher.quoteReplacement(shown);
            });
        }
        if (s.indexOf('#') >= 0) s = MARKER_TAG.matcher(s).replaceAll("");
        return s.strip();
    }

    private static final Pattern URL = Pattern.compile("\\s*<?https?://\\S+>?");

    /** Without bare links: a question reads better without them. */
    static String withoutUrls(String s) {
        return s.contains("://") ? URL.matcher(s).replaceAll("").strip() : s;
    }

    static String plain(String s) {
        return readable(s).replace("**", "").replace("__", "").replace("`", "");
    }

    static String capitalise(String s) {
        // "*every* service ...": a sentence opening in italics starts with the word inside them.
        int at = italicOpening(s) ? 1 : 0;
        if (s.length() <= at || !Character.isLowerCase(s.charAt(at))) return s;
        return s.substring(0, at) + Character.toUpperCase(s.charAt(at)) + s.substring(at + 1);
    }

    /** "*every* pod": one "*" or "_" opens the text and closes after a word, as emphasis does ("_id" is a name). */
    private static boolean italicOpening(String s) {
        if (s.length() < 3 || s.charAt(0) != '*' && s.charAt(0) != '_' || !Character.isLetter(s.charAt(1))) return false;
        int close = s.indexOf(s.charAt(0), 2);
        return close > 0 && (close + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(close + 1)) && s.charAt(close + 1) != s.charAt(0));
    }

    /** Drops a trailing " -", ":", ", use" that introduced the next block. */
    static String withoutLeadIn(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String tail : new String[] {" -", ":", "-", ",", ", use", " use", " using", " with"}) {
                if (t.endsWith(tail)) {
                    t = t.substring(0, t.length() - tail.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }

    static String withoutFinalStop(String s) {
        String t = s.strip();
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    static int words(String s) {
        return PlainLines.tokenCount(s);
    }
}
