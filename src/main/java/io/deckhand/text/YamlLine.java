package io.deckhand.text;

/**
 * One line of a flattened YAML text, classified without trusting its indentation. Shared by the notes
 * reader and the renderer's re-indenter, so both read a YAML line the same way.
 */
public record YamlLine(Kind kind, String text, String key, String value, int indent) {
    private static final java.util.regex.Pattern BLOCK_SCALAR = java.util.regex.Pattern.compile("[|>][-+0-9]*");

    public enum Kind { BLANK, COMMENT, DOCUMENT, ITEM, KEY, TEXT }

    public static YamlLine of(String raw) {
        String text = raw.strip();
        int indent = raw.length() - raw.stripLeading().length();
        if (text.isEmpty()) {
            return new YamlLine(Kind.BLANK, "", null, null, indent);
        }
        if (text.startsWith("#")) {
            return new YamlLine(Kind.COMMENT, text, null, null, indent);
        }
        if (text.equals("---") || text.startsWith("--- ") || text.equals("...")) {
            return new YamlLine(Kind.DOCUMENT, text, null, null, indent);
        }
        if (text.equals("-") || text.startsWith("- ")) {
            return new YamlLine(Kind.ITEM, text, null, text.substring(1).strip(), indent);
        }
        int colon = keyColon(text);
        if (colon > 0) {
            return new YamlLine(Kind.KEY, text, unquote(text.substring(0, colon).strip()),
                    text.substring(colon + 1).strip(), indent);
        }
        return new YamlLine(Kind.TEXT, text, null, null, indent);
    }

    /** The colon ending a mapping key, or -1 (flow collections and plain words are not keys). */
    public static int keyColon(String text) {
        int i = 0;
        char first = text.charAt(0);
        if (first == '[' || first == '{' || first == '&' || first == '*' || first == '!' || first == '|' || first == '>') {
            return -1;
        }
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, 1);
            if (close < 0) {
                return -1;
            }
            i = close + 1;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
                return -1;
            }
            if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.endsWith(key.substring(0, 1))) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    /** The value without a trailing comment. */
    public static String valueOnly(String value) {
        if (value == null) {
            return "";
        }
        if (value.startsWith("#")) {
            return "";
        }
        int hash = value.indexOf(" #");
        return (hash >= 0 && !value.startsWith("\"") && !value.startsWith("'") ? value.substring(0, hash) : value).strip();
    }

    public static boolean isBlockScalar(String value) {
        String v = valueOnly(value);
        return !v.isEmpty() && (v.charAt(0) == '|' || v.charAt(0) == '>') && BLOCK_SCALAR.matcher(v).matches();
    }
}
