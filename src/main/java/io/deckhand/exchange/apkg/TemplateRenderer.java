package io.deckhand.exchange.apkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Renders Anki card templates: {@code {{Field}}}, {@code {{FrontSide}}}, {@code {{cloze:Field}}},
 * {@code {{#Field}}..{{/Field}}}, {@code {{^Field}}..{{/Field}}}, {@code {{type:Field}}} (shown as
 * text on the answer; Deckhand has no typing box) and filters such as {@code text:} and {@code hint:}.
 * Lenient where Anki would refuse: an unknown field renders empty, an unclosed section runs to the
 * end, a stray closing tag is dropped. Never throws on any template text.
 */
public final class TemplateRenderer {

    /** What a template can refer to. {@code clozeOrdinal} is 1-based (c1 = 1), 0 when not a cloze card. */
    public record Context(Map<String, String> fields, String tags, String deck, String noteType, String cardName,
                          int clozeOrdinal) {
        public Context {
            fields = Map.copyOf(fields);
            tags = tags == null ? "" : tags;
            deck = deck == null ? "" : deck;
            noteType = noteType == null ? "" : noteType;
            cardName = cardName == null ? "" : cardName;
        }
    }

    /** The most a rendered card side may hold (2 M characters); a template repeating a field is cut there. */
    public static final int MAX_SIDE_CHARS = 2 << 20;
    /** [^<>]: linear on a run of unclosed "<" (with [^>] each one scans to the end). */
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ANSWER_MARKER = Pattern.compile("(?i)<hr\\s+id\\s*=\\s*[\"']?answer[\"']?\\s*/?>");

    /** Real templates nest a few levels; deeper sections are ignored rather than overflow the stack. */
    private static final int MAX_NESTING = 64;

    private final ClozeRenderer cloze = new ClozeRenderer();
    /** A collection has a few templates and thousands of cards: each template is parsed once. */
    private final Map<String, List<Node>> parsed = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 256;

    public String question(String template, Context ctx) {
        return render(parsed(template), ctx, false, "");
    }

    private String render(List<Node> nodes, Context ctx, boolean answer, String question) {
        StringBuilder out = new StringBuilder();
        render(nodes, ctx, answer, question, out);
        return out.toString();
    }

    /** The full answer side, as Anki shows it ({@code {{FrontSide}}} replaced by {@code question}). */
    public String answer(String template, Context ctx, String question) {
        return render(parsed(template), ctx, true, question);
    }

    /**
     * Only what the answer adds to the question: the part after Anki's {@code <hr id=answer>}
     * marker, or the answer without a leading copy of the question.
     */
    public static String answerOnly(String fullAnswer, String question) {
        var m = ANSWER_MARKER.matcher(fullAnswer);
        if (m.find()) return fullAnswer.substring(m.end()).strip();
        String trimmed = fullAnswer.strip();
        String q = question.strip();
        if (!q.isEmpty() && trimmed.startsWith(q)) return trimmed.substring(q.length()).strip();
        return trimmed;
    }

    /**
     * True if the field shows nothing: only white space, zero-width spaces, {@code &nbsp;} and
     * {@code <br>} / {@code <div>} tags (Anki's rule). A scan, not a regex: a regex with an
     * alternation under {@code *} recurses per repetition and overflows on a few thousand tags.
     */
    public static boolean isEmptyField(String value) {
        if (value == null) return true;
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u200b') {
                i++;
            } else if (value.regionMatches(true, i, "&nbsp;", 0, 6)) {
                i += 6;
            } else if (c == '<') {
                int end = emptyTagEnd(value, i);
                if (end < 0) return false;
                i = end;
            } else {
                return false;
            }
        }
        return true;
    }

    /** After {@code <}: {@code /? (br|div) \s? /? >}; the index past it, or -1. */
    private static int emptyTagEnd(String s, int start) {
        int i = start + 1;
        if (i < s.length() && s.charAt(i) == '/') i++;
        if (s.regionMatches(true, i, "br", 0, 2)) i += 2;
        else if (s.regionMatches(true, i, "div", 0, 3)) i += 3;
        else return -1;
        if (i < s.length() && Character.isWhitespace(s.charAt(i)) && s.charAt(i) <= ' ') i++;
        if (i < s.length() && s.charAt(i) == '/') i++;
        return i < s.length() && s.charAt(i) == '>' ? i + 1 : -1;
    }

    static String stripHtml(String html) {
        return HTML_TAG.matcher(html).replaceAll("").replace("&nbsp;", " ").strip();
    }

    // ---- parsing: text and tags into a small tree ----

    private sealed interface Node permits Text, Replace, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Replace(String key, List<String> filters) implements Node {
    }

    private record Section(String key, boolean negated, List<Node> children) implements Node {
    }

    private List<Node> parsed(String template) {
        List<Node> nodes = parsed.get(template);
        if (nodes == null) {
            if (parsed.size() >= MAX_PARSED) parsed.clear();
            nodes = parse(template);
            parsed.put(template, nodes);
        }
        return nodes;
    }

    private static List<Node> parse(String template) {
        List<Node> root = new ArrayList<>();
        List<List<Node>> stack = new ArrayList<>();
        List<String> openKeys = new ArrayList<>();
        stack.add(root);
        int pos = 0;
        while (pos < template.length()) {
            int open = template.indexOf("{{", pos);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (open < 0 || close < 0) {
                top(stack).add(new Text(template.substring(pos)));
                break;
            }
            if (open > pos) top(stack).add(new Text(template.substring(pos, open)));
            String tag = template.substring(open + 2, close).strip();
            pos = close + 2;
            if (tag.startsWith("#") || tag.startsWith("^")) {
                if (openKeys.size() >= MAX_NESTING) continue; // rendering recurses per level
                List<Node> children = new ArrayList<>();
                top(stack).add(new Section(tag.substring(1).strip(), tag.startsWith("^"), children));
                stack.add(children);
                openKeys.add(tag.substring(1).strip());
            } else if (tag.startsWith("/")) {
                String key = tag.substring(1).strip();
                int idx = openKeys.lastIndexOf(key);
                if (idx >= 0) { // close it and anything left open inside it
                    while (openKeys.size() > idx) {
                        openKeys.remove(openKeys.size() - 1);
                        stack.remove(stack.size() - 1);
                    }
                }
            } else if (!tag.isEmpty() && !tag.startsWith("!") && !tag.startsWith("=")) {
                List<String> parts = List.of(tag.split(":", -1));
                top(stack).add(new Replace(parts.get(parts.size() - 1).strip(),
                        parts.subList(0, parts.size() - 1).stream().map(String::strip).toList()));
            }
        }
        return root;
    }

    private static List<Node> top(List<List<Node>> stack) {
        return stack.get(stack.size() - 1);
    }

    // ---- rendering ----

    /** Appends to {@code out}, never past {@link #MAX_SIDE_CHARS}. */
    private void render(List<Node> nodes, Context ctx, boolean answer, String question, StringBuilder out) {
        for (Node node : nodes) {
            if (out.length() >= MAX_SIDE_CHARS) return;
            if (node instanceof Text t) {
                appendCapped(out, t.text());
            } else if (node instanceof Section s) {
                boolean nonEmpty = sectionNonEmpty(s.key(), ctx);
                if (nonEmpty != s.negated()) render(s.children(), ctx, answer, question, out);
            } else if (node instanceof Replace r) {
                appendCapped(out, replace(r, ctx, answer, question));
            }
        }
    }

    private static void appendCapped(StringBuilder out, String text) {
        int room = MAX_SIDE_CHARS - out.length();
        if (text.length() <= room) out.append(text);
        else out.append(text, 0, room);
    }

    private boolean sectionNonEmpty(String key, Context ctx) {
        // {{#cloze:Text}} style sections: a cloze card shows them when its ordinal is present
        int colon = key.lastIndexOf(':');
        String field = colon >= 0 ? key.substring(colon + 1).strip() : key;
        String value = special(field, ctx, "");
        if (value == null) value = lookup(field, ctx);
        return !isEmptyField(value);
    }

    private String replace(Replace r, Context ctx, boolean answer, String question) {
        if (r.key().equals("FrontSide") && r.filters().isEmpty()) return answer ? question : "";
        String value = special(r.key(), ctx, question);
        if (value == null) value = lookup(r.key(), ctx);
        // filters apply right to left, as in Anki
        for (int i = r.filters().size() - 1; i >= 0; i--) {
            value = applyFilter(r.filters().get(i), value, ctx, answer);
        }
        return value;
    }

    private String applyFilter(String filter, String value, Context ctx, boolean answer) {
        String name = filter.contains(" ") ? filter.substring(0, filter.indexOf(' ')) : filter;
        switch (name) {
            case "cloze":
                return ctx.clozeOrdinal() > 0 ? cloze.render(value, ctx.clozeOrdinal(), answer) : value;
            case "cloze-only":
                return ctx.clozeOrdinal() > 0 ? cloze.answers(value, ctx.clozeOrdinal()) : "";
            case "type":
                // Deckhand shows no typing box: nothing on the question, the expected text on the answer
                if (!answer) return "";
                String expected = ctx.clozeOrdinal() > 0 && value.contains("{{c")
                        ? cloze.answers(value, ctx.clozeOrdinal()) : value;
                return "<code>" + stripHtml(expected) + "</code>";
            case "text":
                return stripHtml(value);
            case "tts":
                return "";
            default: // hint, furigana, kana, kanji and unknown filters: show the value
                return value;
        }
    }

    private static String special(String key, Context ctx, String question) {
        return switch (key) {
            case "Tags" -> ctx.tags();
            case "Deck" -> ctx.deck();
            case "Subdeck" -> ctx.deck().contains("::")
                    ? ctx.deck().substring(ctx.deck().lastIndexOf("::") + 2) : ctx.deck();
            case "Type" -> ctx.noteType();
            case "Card" -> ctx.cardName();
            case "CardFlag" -> "";
            default -> null;
        };
    }

    private static String lookup(String key, Context ctx) {
        String v = ctx.fields().get(key);
        if (v != null) return v;
        for (Map.Entry<String, String> e : ctx.fields().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
        }
        return "";
    }
}
