package io.deckhand.render.html;

/** HTML text escaping shared by the renderers that build markup by hand. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    public static String escape(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeTo(b, s, 0, s.length());
        return b.toString();
    }

    public static void escapeTo(StringBuilder b, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }
}
