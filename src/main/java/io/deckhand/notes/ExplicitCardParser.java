package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cards written in explicit markup ({@code Q::A}, {@code Q:::A}, {@code ?}/{@code ??} blocks,
 * clozes), line by line as the Obsidian Spaced Repetition plugin does, so notes written for that
 * plugin give the same cards. Code blocks and HTML comments are skipped. Linear in the input.
 */
public final class ExplicitCardParser {
    /** The plugin's own expression for its schedule comments. */
    private static final Pattern SR_COMMENT = Pattern.compile("\\s?<!--SR:!.+?-->");
    /** Any schedule comment, old ({@code <!--SR:2021-...}) or new ({@code <!--SR:!...}) form. */
    private static final Pattern ANY_SR_COMMENT = Pattern.compile("\\s?<!--SR:.*?-->");
    private static final Pattern BLOCK_ID = Pattern.compile("\\s+\\^[A-Za-z0-9-]+\\s*$");
    /**
     * Dataview's {@code status:: done}: one word, "::", a space, then one word, date or link; not a
     * question and answer. {@code Paris::France} (no space after "::") is a card, as in the plugin.
     */
    private static final Pattern DATAVIEW_FIELD_LINE = Pattern.compile("\\s*[-*]?\\s*[\\p{L}\\p{N}_-]+::(\\s+\\S*)?\\s*");
    /** Dataview's inline fields inside text: {@code [mood:: happy]}, {@code (due:: 2024-05-01)}. */
    private static final Pattern DATAVIEW_INLINE_FIELD = Pattern.compile("[\\[(][\\p{L}\\p{N}_ -]+::[^\\])]*[\\])]");
    private static final Pattern LINES = Pattern.compile("\r?\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ExplicitSyntax syntax;
    private final List<String> tagPrefixes;

    public ExplicitCardParser(ExplicitSyntax syntax) {
        this.syntax = syntax;
        this.tagPrefixes = syntax.flashcardTags();
        this.curlyClozes = syntax.clozePatterns().stream().anyMatch(p -> p.source().startsWith("{{"));
    }

    private final boolean curlyClozes;

    /** Cards in {@code text}; {@code folders} (may be empty) name the note's folder for folder decks. */
    public List<ExplicitCard> parse(String text, List<String> folders) {
        String[] lines = LINES.split(text, -1);
        String noteEndMarker = noteEndMarker(lines);
        List<String> frontMatterTags = blankFrontMatter(lines);
        TopicTags topics = TopicTags.of(lines, tagPrefixes, frontMatterTags);
        if (syntax.requireFlashcardTag() && !syntax.decksFromFolders() && !topics.any()) return List.of();
        // A note not tagged for flashcards may use "::" for Dataview fields; only the plugin's tagged notes are read as-is.
        List<Raw> raws = scan(lines, syntax.dataviewFields() && !topics.any(),
                noteEndMarker != null ? noteEndMarker : syntax.multilineEndMarker());
        if (raws.isEmpty()) return List.of();
        List<ExplicitCard> out = new ArrayList<>();
        for (Raw r : raws) {
            // The line limit guards against a stray "?" in notes without blank lines; an end marker ends cards itself.
            if (noteEndMarker == null && r.last - r.first + 1 > syntax.maxCardLines()) continue;
            List<String> leading = topics.leadingTags(lines[r.first]);
            List<String> specific = leading.stream().filter(topics::isTag).toList();
            List<String> own = leading.stream().filter(t -> !topics.isTag(t)).map(t -> t.substring(1)).toList();
            List<String> decks;
            if (syntax.decksFromFolders()) {
                decks = folders.isEmpty() ? List.of() : List.of("#" + String.join("/", folders));
            } else if (!specific.isEmpty()) {
                decks = specific;
            } else {
                decks = topics.decksFor(r.first);
            }
            String body = stripMeta(r.text, leading);
            List<ExplicitCard.Side> sides = expand(r.type, body);
            if (!sides.isEmpty()) {
                out.add(new ExplicitCard(r.type, r.text, r.first, r.last, decks, own, sides, SrScheduleComment.in(r.text)));
            }
        }
        return out;
    }

    private record Raw(ExplicitCard.Type type, String text, int first, int last) {
    }

    private List<Raw> scan(String[] lines, boolean dataviewAware, String endMarker) {
        List<Raw> cards = new ArrayList<>();
        StringBuilder card = new StringBuilder();
        ExplicitCard.Type type = null;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (line.startsWith("<!--") && !line.startsWith("<!--SR:")) {
                while (i + 1 < lines.length && !lines[i].contains("-->")) i++;
                card.setLength(0);
                type = null;
                first = i + 1;
                continue;
            }
            boolean empty = trimmed.isEmpty();
            boolean endsHere = !endMarker.isEmpty() && trimmed.equals(endMarker);
            if ((empty && endMarker.isEmpty()) || (empty && type == null) || endsHere) {
                if (type != null) cards.add(new Raw(type, stripEnd(card.toString()), first, i - 1));
                type = null;
                card.setLength(0);
                first = i + 1;
                continue;
            }
            if (card.length() > 0) card.append('\n');
            card.append(stripEnd(line));
            String inline = inlineSeparatorIn(line, dataviewAware);
            if (inline != null) {
                ExplicitCard.Type t = inline.equals(syntax.singleLineReversedSeparator())
                        ? ExplicitCard.Type.REVERSED : ExplicitCard.Type.BASIC;
                StringBuilder one = new StringBuilder(line);
                int start = i;
                if (i + 1 < lines.length && lines[i + 1].startsWith("<!--SR:")) {
                    one.append('\n').append(lines[i + 1]);
                    i++;
                }
                cards.add(new Raw(t, one.toString(), start, i));
                type = null;
                card.setLength(0);
                first = i + 1;
            } else if (!syntax.multilineSeparator().isEmpty() && trimmed.equals(syntax.multilineSeparator())) {
                if (card.length() > 1 + trimmed.length()) type = ExplicitCard.Type.MULTILINE;
            } else if (!syntax.multilineReversedSeparator().isEmpty()
                    && trimmed.equals(syntax.multilineReversedSeparator())) {
                if (card.length() > 1 + trimmed.length()) type = ExplicitCard.Type.MULTILINE_REVERSED;
            } else if (line.startsWith("```") || line.startsWith("~~~")) {
                String fence = fenceOf(line);
                while (i + 1 < lines.length && !lines[i + 1].startsWith(fence)) {
                    i++;
                    card.append('\n').append(lines[i]);
                }
                card.append('\n').append(fence);
                i++;
            } else if (type == null && isCloze(line)) {
                type = ExplicitCard.Type.CLOZE;
            }
        }
        if (type != null && card.length() > 0) cards.add(new Raw(type, stripEnd(card.toString()), first, lines.length - 1));
        return cards;
    }

    /** The inline separator on this line (the reversed one wins), ignoring inline code spans. */
    private String inlineSeparatorIn(String line, boolean dataviewAware) {
        String rev = syntax.singleLineReversedSeparator();
        String basic = syntax.singleLineSeparator();
        String visible = line.indexOf('`') >= 0 ? withoutCodeSpans(line) : line;
        if (curlyClozes && visible.contains("{{")) visible = withoutCurlySpans(visible);
        if (dataviewAware && basic.equals("::") && visible.contains("::")) {
            if (DATAVIEW_FIELD_LINE.matcher(visible).matches()) return null;
            visible = DATAVIEW_INLINE_FIELD.matcher(visible).replaceAll(" ");
        }
        if (!rev.isBlank() && visible.contains(rev)) return rev;
        if (!basic.isBlank() && visible.contains(basic)) return basic;
        return null;
    }

    private boolean isCloze(String line) {
        String visible = line.indexOf('`') >= 0 ? withoutCodeSpans(line) : line;
        for (ClozePattern p : syntax.clozePatterns()) {
            if (p.matchesIn(visible)) return true;
        }
        return false;
    }

    /** {{c1::text::hint}} holds "::" that is not a card separator. */
    private static String withoutCurlySpans(String line) {
        StringBuilder sb = new StringBuilder(line);
        int from = 0;
        while (true) {
            int open = line.indexOf("{{", from);
            if (open < 0) break;
            int close = line.indexOf("}}", open + 2);
            if (close < 0) break;
            for (int k = open; k < close + 2; k++) sb.setCharAt(k, ' ');
            from = close + 2;
        }
        return sb.toString();
    }

    static String withoutCodeSpans(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                in = !in;
                sb.append(' ');
            } else {
                sb.append(in ? ' ' : c);
            }
        }
        return in ? line : sb.toString();
    }

    private static String fenceOf(String line) {
        char c = line.charAt(0);
        int n = 0;
        while (n < line.length() && line.charAt(n) == c) n++;
        return line.substring(0, n);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /** Front matter key by which a note names its own multi-line end marker (Deckhand's Markdown export writes it). */
    static final String END_MARKER_KEY = "sr-multiline-end-marker:";

    /** The note's own end marker from its front matter, or null. */
    private static String noteEndMarker(String[] lines) {
        if (lines.length < 2 || !lines[0].trim().equals("---")) return null;
        for (int i = 1; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.equals("---") || t.equals("...")) return null;
            if (t.startsWith(END_MARKER_KEY)) {
                String v = t.substring(END_MARKER_KEY.length()).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }

    /**
     * Front matter key under which a note maps its deck tags to the exact deck names they stand for
     * ({@code "#flashcards/K8s/Core-Concepts": "K8s::Core Concepts"}): a tag cannot hold a space.
     * Deckhand's Markdown export writes it; the plugin ignores it.
     */
    public static final String DECK_NAMES_KEY = "deckhand-decks:";

    /** The note's deck-tag → deck-name map from its front matter (empty if none). Tolerant: never throws. */
    public static java.util.Map<String, String> deckNames(String text) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        // Only front matter names decks: a note that does not open with "---" is not split into lines.
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0 || !text.substring(0, firstBreak).trim().equals("---")) return names;
        String[] lines = LINES.split(text, -1);
        if (lines.length < 2 || !lines[0].trim().equals("---")) return names;
        boolean in = false;
        for (int i = 1; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.equals("---") || t.equals("...")) break;
            if (!in) {
                in = t.equals(DECK_NAMES_KEY);
                continue;
            }
            if (!lines[i].startsWith(" ") || !t.startsWith("\"")) {
                in = t.equals(DECK_NAMES_KEY);
                continue;
            }
            int[] at = {0};
            String tag = quoted(t, at);
            if (tag == null) continue;
            String rest = t.substring(at[0]).strip();
            if (!rest.startsWith(":")) continue;
            rest = rest.substring(1).strip();
            at[0] = 0;
            String name = quoted(rest, at);
            if (name != null && !name.isBlank() && rest.substring(at[0]).isBlank()) names.put(tag, name.strip());
        }
        return names;
    }

    /** The YAML double-quoted string starting at {@code at[0]} (escapes \\ \" \n \t), or null; moves {@code at[0]} past it. */
    private static String quoted(String s, int[] at) {
        if (at[0] >= s.length() || s.charAt(at[0]) != '"') return null;
        StringBuilder out = new StringBuilder();
        for (int i = at[0] + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                at[0] = i + 1;
                return out.toString();
            }
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        return null;
    }

    /** Front matter lines become blank (keeps line numbers); returns its tags as #tags. */
    private static List<String> blankFrontMatter(String[] lines) {
        List<String> tags = new ArrayList<>();
        if (lines.length < 2 || !lines[0].trim().equals("---")) return tags;
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.equals("---") || t.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) return tags;
        tags.addAll(FrontMatterTags.read(java.util.Arrays.asList(lines).subList(1, end)));
        for (int i = 0; i <= end; i++) lines[i] = "";
        return tags;
    }

    /** The text without the plugin's schedule comments. */
    public static String removeScheduleComments(String text) {
        return SR_COMMENT.matcher(text).replaceAll("");
    }

    /** {@code leadingTags}: the tags opening the card's first line, which are not part of its front. */
    private String stripMeta(String text, List<String> leadingTags) {
        String s = ANY_SR_COMMENT.matcher(text).replaceAll("");
        List<String> kept = new ArrayList<>();
        boolean firstLine = true;
        for (String line : s.split("\n", -1)) {
            String l = BLOCK_ID.matcher(line).replaceAll("");
            if (firstLine && !leadingTags.isEmpty()) {
                for (String tag : leadingTags) {
                    if (l.trim().startsWith(tag)) l = l.trim().substring(tag.length()).trim();
                }
            }
            firstLine = false;
            if (isOnlyTags(l)) continue;
            kept.add(l);
        }
        return String.join("\n", kept);
    }

    private boolean isOnlyTags(String line) {
        String t = line.trim();
        if (!t.startsWith("#")) return false;
        for (String word : SPACES.split(t)) {
            if (!isFlashcardTag(word)) return false;
        }
        return true;
    }

    private boolean isFlashcardTag(String word) {
        for (String p : tagPrefixes) {
            if (word.equals(p) || word.startsWith(p + "/")) return true;
        }
        return false;
    }

    private List<ExplicitCard.Side> expand(ExplicitCard.Type type, String body) {
        return switch (type) {
            case BASIC -> splitInline(body, syntax.singleLineSeparator(), false);
            case REVERSED -> splitInline(body, syntax.singleLineReversedSeparator(), true);
            case MULTILINE -> splitLines(body, syntax.multilineSeparator(), false);
            case MULTILINE_REVERSED -> splitLines(body, syntax.multilineReversedSeparator(), true);
            case CLOZE -> ClozeExpander.expand(body, syntax.clozePatterns());
        };
    }

    private static List<ExplicitCard.Side> splitInline(String body, String sep, boolean reversed) {
        String line = body.strip();
        int at = line.indexOf(sep);
        if (at < 0) return List.of();
        return sides(line.substring(0, at), line.substring(at + sep.length()), reversed);
    }

    private static List<ExplicitCard.Side> splitLines(String body, String sep, boolean reversed) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals(sep)) {
                String front = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i));
                String back = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return sides(front, back, reversed);
            }
        }
        return List.of();
    }

    private static List<ExplicitCard.Side> sides(String front, String back, boolean reversed) {
        String f = front.strip();
        String b = back.strip();
        if (f.isEmpty() || b.isEmpty()) return List.of();
        return reversed ? List.of(new ExplicitCard.Side(f, b), new ExplicitCard.Side(b, f))
                : List.of(new ExplicitCard.Side(f, b));
    }

    /** The flashcard tags in a note: topic tags by line, and whether a line starts with its own tags. */
    private static final class TopicTags {
        /** Lines holding topic tags, in note order, with the tags each holds. */
        private final List<Integer> tagLines = new ArrayList<>();
        private final List<List<String>> tagsOnLine = new ArrayList<>();
        private final List<String> prefixes;
        private final List<String> frontMatter = new ArrayList<>();
        private boolean hasSpecific;

        private TopicTags(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        static TopicTags of(String[] lines, List<String> prefixes, List<String> frontMatterTags) {
            TopicTags t = new TopicTags(prefixes);
            for (String fm : frontMatterTags) {
                if (t.isTag(fm) && !t.frontMatter.contains(fm)) t.frontMatter.add(fm);
            }
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.indexOf('#') < 0) continue;
                List<String> specific = t.questionSpecific(line);
                List<String> topics = new ArrayList<>();
                for (String word : SPACES.split(line.trim())) {
                    if (t.isTag(word) && !specific.contains(word) && !topics.contains(word)) topics.add(word);
                }
                if (!topics.isEmpty()) {
                    t.tagLines.add(i);
                    t.tagsOnLine.add(topics);
                }
            }
            return t;
        }

        boolean isTag(String word) {
            for (String p : prefixes) {
                if (word.equals(p) || word.startsWith(p + "/")) return true;
            }
            return false;
        }

        boolean any() {
            return !tagLines.isEmpty() || !frontMatter.isEmpty() || hasSpecific;
        }

        /**
         * Tags that open a line followed by the question itself apply to that question only; several
         * ({@code #flashcards/a #flashcards/b Q::A}) put it in several decks. Empty when the line has none.
         */
        List<String> questionSpecific(String line) {
            return leadingTags(line).stream().filter(this::isTag).toList();
        }

        /**
         * The tags opening a line followed by the question itself, when at least one of them is a
         * flashcard tag ({@code #flashcards/k8s #storage Q::A}): the flashcard tags file the card, the
         * others are the card's own tags. Empty when the line opens with no flashcard tag (its tags are
         * then part of the text) or holds only tags (a topic line).
         */
        List<String> leadingTags(String line) {
            String t = line.trim();
            if (!t.startsWith("#")) return List.of();
            List<String> tags = new ArrayList<>();
            boolean deck = false;
            int at = 0;
            while (at < t.length() && t.charAt(at) == '#') {
                int sp = t.indexOf(' ', at);
                if (sp < 0) return List.of(); // only tags on the line: a topic line, not a question
                String word = t.substring(at, sp);
                if (word.length() < 2 || word.indexOf('#', 1) >= 0) break; // "#", "##": not a tag
                deck |= isTag(word);
                if (!tags.contains(word)) tags.add(word);
                at = sp;
                while (at < t.length() && t.charAt(at) == ' ') at++;
            }
            if (at >= t.length() || !deck) return List.of();
            hasSpecific = true;
            return tags;
        }

        /**
         * The tags of the last topic line at or before the line (all of them: two topics on one line
         * file the card in both decks), else of the first one after, else the front matter's.
         */
        List<String> decksFor(int line) {
            List<String> best = null;
            for (int k = 0; k < tagLines.size() && tagLines.get(k) <= line; k++) best = tagsOnLine.get(k);
            if (best != null) return best;
            if (!tagsOnLine.isEmpty()) return tagsOnLine.get(0);
            return frontMatter;
        }
    }

}
