package io.deckhand.render.highlight;

import io.deckhand.render.html.Html;
import java.util.ArrayList;
import java.util.List;

/** Accumulates escaped text and token spans over one source string. */
abstract class Tokens {
    protected final String src;
    protected final StringBuilder out;
    protected int pos;
    /** The same tokens as offsets into {@code src}, for editors that style text in place. */
    final List<TokenSpan> spans = new ArrayList<>();

    Tokens(String src) {
        this.src = src;
        this.out = new StringBuilder(src.length() * 2 + 16);
    }

    abstract void scan();

    final String run() {
        scan();
        return out.toString();
    }

    final void span(String kind, int from, int to) {
        if (to <= from) {
            return;
        }
        spans.add(new TokenSpan(kind, from, to));
        out.append("<span class=\"tk-").append(kind).append("\">");
        Html.escapeTo(out, src, from, to);
        out.append("</span>");
    }

    final List<TokenSpan> tokens() {
        scan();
        return List.copyOf(spans);
    }

    final void text(int from, int to) {
        Html.escapeTo(out, src, from, to);
    }

    /** End of a quoted string starting at {@code from} (the quote), honouring backslash escapes if asked. */
    final int quoted(int from, boolean backslash) {
        char q = src.charAt(from);
        int i = from + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\n' && q != '`') {
                return i;
            }
            i++;
            if (c == q) {
                return i;
            }
        }
        return src.length();
    }

    final int lineEnd(int from) {
        int e = src.indexOf('\n', from);
        return e < 0 ? src.length() : e;
    }
}
