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
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
