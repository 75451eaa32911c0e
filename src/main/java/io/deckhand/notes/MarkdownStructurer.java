package io.deckhand.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.deckhand.domain.note.LongTables;
import io.deckhand.text.DeepLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown notes (CommonMark + GFM tables, YAML front matter, Obsidian wikilinks, callouts,
 * {@code <details>}) to blocks, from flexmark's AST. Walks top-level blocks only, so deep nesting
 * costs no stack. Thread-safe: the flexmark parser is immutable.
 */
final class MarkdownStructurer {
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([\\w-]+)][+-]?\\s*(.*)$");
    private static final Pattern DETAILS = Pattern.compile(
            "(?is)<details[^>]*>\\s*<summary[^>]*>(.*?)</summary>(.*?)</details>");
    private static final Pattern TAGS_ONLY = Pattern.compile("^(#[\\w/\\-]+\\s*)+$");
    private static final int MAX_ITEM_CHARS = 600;
    private static final int MAX_OUTLINE_DEPTH = 4;
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMENT_MARK = Pattern.compile("^#+\\s*");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)</?(p|div|br)\\s*/?>");

    private final Parser parser;

    MarkdownStructurer() {
        parser = Parser.builder(options()).customInlineParserFactory(BlockOnlyInlineParser.FACTORY).build();
    }

    /**
     * The flexmark options Deckhand reads notes with: CommonMark, GFM tables, front matter, wikilinks.
     * (Extraction then skips the inline pass, see {@link BlockOnlyInlineParser}.)
     */
    static MutableDataSet options() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                YamlFrontMatterExtension.create(), WikiLinkExtension.create()));
        o.set(WikiLinkExtension.IMAGE_LINKS, true);
        return o;
    }

    /** The blocks, the front matter tags (without '#') and the tables read only in part. */
    record Result(List<Block> blocks, List<String> tags, List<LongTables.Cut> cutTables) {
    }

    Result structure(String text) {
        LongTables.Capped capped = LongTables.cap(text, LongTables.MAX_ROWS, false);
        Document doc = parser.parse(DeepLists.cap(capped.text()));
        LineIndex lines = new LineIndex(text);
        List<Block> out = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int headingLevel = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            int first = lines.lineOf(n.getStartOffset());
            int last = Math.max(first, lines.lineOf(Math.max(n.getStartOffset(), n.getEndOffset() - 1)));
            if (n instanceof YamlFrontMatterBlock) {
                List<String> fm = List.of(n.getChars().toString().split("\n"));
                for (String t : FrontMatterTags.read(fm)) tags.add(t.substring(1));
            } else if (n instanceof Heading h && PlainLines.solutionLabel(h.getText().toString()) != null) {
                // "### Solution" opens no topic: it answers the exercise above it.
                out.add(new Block.Solution(h.getText().toString().strip(),
                        PlainLines.solutionLabel(h.getText().toString()), h.getLevel(), first, first));
            } else if (n instanceof Heading h) {
                headingLevel = h.getLevel();
                out.add(new Block.Heading(h.getLevel(), h.getText().toString().strip(), first, first));
            } else if (n instanceof Paragraph) {
                paragraph(out, n.getChars().toString().strip(), first, last);
            } else if (n instanceof FencedCodeBlock f) {
                code(out, f.getInfo().toString().strip().toLowerCase(Locale.ROOT), f.getContentChars().toString(),
                        first, last);
            } else if (n instanceof IndentedCodeBlock ic) {
                code(out, "", ic.getContentChars().toString(), first, last);
            } else if (n instanceof OrderedList l && holdsSolutions(l)) {
                exercises(out, l, lines);
            } else if (n instanceof ListBlock l) {
                outline(out, l, first, last, lines, headingLevel, 0);
            } else if (n instanceof TableBlock t) {
                Block.Table table = table(t, first, last);
                if (table != null) out.add(table);
            } else if (n instanceof BlockQuote q) {
                quote(out, q, first, last);
            } else if (n instanceof HtmlBlock) {
                String html = n.getChars().toString();
                if (html.contains("<details") && !html.contains("</details>")) {
                    // Blank lines inside <details> split it into several blocks: join them back.
                    StringBuilder sb = new StringBuilder(html);
                    Node m = n.getNext();
                    while (m != null && !sb.toString().contains("</details>")) {
                        sb.append('\n').append(m.getChars());
                        last = lines.lineOf(Math.max(m.getStartOffset(), m.getEndOffset() - 1));
                        n = m;
                        m = m.getNext();
                    }
                    html = sb.toString();
                }
                details(out, html, first, last);
            }
        }
        return new Result(BlockPasses.apply(out), tags, capped.cuts());
    }

    private static void paragraph(List<Block> out, String text, int first, int last) {
        if (text.isEmpty() || TAGS_ONLY.matcher(text).matches()) return;
        if (PlainLines.isAsk(text)) {
            out.add(new Block.Ask(text.substring(5).strip(), first, last));
            return;
        }
        if (text.startsWith("<details")) {
            details(out, text, first, last);
            return;
        }
        String firstLine = text.split("\n", 2)[0];
        String solution = PlainLines.solutionLabel(firstLine);
        if (solution != null) {
            String rest = text.contains("\n") ? text.substring(text.indexOf('\n') + 1).strip() : "";
            String body = solution.isEmpty() ? rest : rest.isEmpty() ? solution : solution + "\n" + rest;
            out.add(new Block.Solution(firstLine.strip(), body, first, last));
            return;
        }
        out.add(new Block.Prose(text, first, last));
    }

    /** An ordered list whose items hold their own code or {@code <details>}: numbered exercises. */
    private static boolean holdsSolutions(OrderedList l) {
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            for (Node sub = c.getFirstChild(); sub != null; sub = sub.getNext()) {
                if (sub instanceof FencedCodeBlock || sub instanceof IndentedCodeBlock
                        || sub instanceof HtmlBlock && sub.getChars().toString().contains("<details")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Numbered exercises with their solutions inside the items: each item becomes a one-item ordered
     * list (the statement) followed by its code and revealed solutions, the shape of an exercise in a
     * flattened note.
     */
    private static void exercises(List<Block> out, OrderedList l, LineIndex lines) {
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem item) || isTask(item)) continue;
            String text = itemText(item);
            int itemFirst = lines.lineOf(item.getStartOffset());
            if (!text.isEmpty()) out.add(new Block.ItemList(List.of(new Block.Item(text, itemFirst, itemFirst)),
                    true, itemFirst, itemFirst));
            Node firstChild = item.getFirstChild();
            for (Node sub = firstChild instanceof Paragraph ? firstChild.getNext() : firstChild; sub != null;
                 sub = sub.getNext()) {
                int first = lines.lineOf(sub.getStartOffset());
                int last = Math.max(first, lines.lineOf(Math.max(sub.getStartOffset(), sub.getEndOffset() - 1)));
                if (sub instanceof FencedCodeBlock f) {
                    code(out, f.getInfo().toString().strip().toLowerCase(Locale.ROOT), f.getContentChars().toString(),
                            first, last);
                } else if (sub instanceof IndentedCodeBlock ic) {
                    code(out, "", ic.getContentChars().toString(), first, last);
                } else if (sub instanceof Paragraph) {
                    paragraph(out, sub.getChars().toString().strip(), first, last);
                } else if (sub instanceof HtmlBlock) {
                    StringBuilder html = new StringBuilder(sub.getChars());
                    while (html.indexOf("</details>") < 0 && sub.getNext() != null) {
                        sub = sub.getNext();
                        html.append('\n').append(sub.getChars());
                        last = lines.lineOf(Math.max(sub.getStartOffset(), sub.getEndOffset() - 1));
                    }
                    details(out, html.toString(), first, last);
                }
            }
        }
    }

    private static void code(List<Block> out, String info, String content, int first, int last) {
        String lang = info.isEmpty() ? "" : SPACES.split(info, 2)[0];
        switch (lang) {
            case "yaml", "yml" -> out.add(new Block.Code("yaml", content.strip(), "", first, last));
            case "mermaid" -> out.add(new Block.Code("mermaid", content.strip(), "", first, last));
            case "bash", "sh", "shell", "zsh", "console", "powershell", "ps", "cmd" -> {
                // A Dockerfile under a shell fence: its lines are instructions, not commands.
                if (DOCKERFILE_START.matcher(content).find()) out.add(new Block.Code("dockerfile", content.strip(), "", first, last));
                else shell(out, content, first);
            }
            default -> {
                String firstLine = content.strip().split("\n", 2)[0].strip();
                if (lang.isEmpty() && PlainLines.command(firstLine) != null) shell(out, content, first);
                else out.add(new Block.Code(lang.isEmpty() ? "text" : lang, content.strip(), "", first, last));
            }
        }
    }

    /** The first line that is not a comment is a Dockerfile's "FROM image". */
    private static final Pattern DOCKERFILE_START = Pattern.compile("\\A(?:\\s*(?:#[^\\n]*)?\\n)*\\s*FROM\\s+\\S+");
    /** "# --- Verify the pipeline -----": the rule drawn around a comment is no part of it. */
    private static final Pattern COMMENT_RULE = Pattern.compile("^[-=*~_#]{2,}\\s*|\\s*[-=*~_#]{2,}$");

    /**
     * One block per command, each with the comment line above it or after it on the line. A comment
     * over several commands in a row says what they do together: it becomes their lead-in line when it
     * reads as one ("Add a label to a node and confirm"), else it explains none of them; a blank line
     * after a comment ends what it speaks of. A comment wrapped over several "#" lines is one comment,
     * also one that goes on from a command's line; a line warning what the command causes ("will
     * restart the service") is its caveat, kept apart from what it does; a comment naming the commands
     * it heads ("Get commands") labels them and explains none.
     */
    private static void shell(List<Block> out, String content, int fenceLine) {
        String[] lines = content.split("\n");
        String comment = "";
        String caveat = "";
        int commentLine = -1;
        // The block of the command on the line just before, while no blank or other comment line came between.
        int lastCode = -1;
        boolean lastOnItsLine = false;
        int lastIndent = 0;
        // The raw line of the comment last read: where its "#" stands and how far it reaches.
        String commentRaw = "";
        String lastRaw = "";
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k].strip();
            int line = fenceLine + 1 + k;
            if (l.isEmpty()) {
                comment = "";
                caveat = "";
                lastCode = -1;
                continue;
            }
            if (l.startsWith("```") || l.startsWith("~~~")) {
                // A fence marker inside the block (a fence the notes left open): Markdown, not a command.
                comment = "";
                caveat = "";
                lastCode = -1;
                continue;
            }
            if (l.startsWith("#") && !l.startsWith("#!")) {
                String said = COMMENT_RULE.matcher(COMMENT_MARK.matcher(l).replaceFirst("")).replaceAll("").strip();
                String line2 = ShellComments.withoutLinks(said);
                // A line that is only a link ("# https://...") points to more reading; it ends nothing.
                if (line2.isEmpty() && !said.isEmpty()) continue;
                if (lastCode >= 0 && out.get(lastCode) instanceof Block.Code prev) {
                    // Right under a command: a warning is its caveat, and the rest of its own comment goes on.
                    if (ShellComments.isCaveat(line2)) {
                        out.set(lastCode, prev.withCaveat(line2));
                        continue;
                    }
                    if (!prev.caveat().isEmpty() && ShellComments.wrapsOn(prev.caveat(), line2)) {
                        out.set(lastCode, prev.withCaveat(line2));
                        continue;
                    }
                    // Its own comment goes on when the "#" is set in under it (aligned with the comment on the
                    // command's line) or the comment stopped mid-phrase; "# show the rest" flush with the
                    // commands is the next command's description.
                    if (lastOnItsLine && prev.caveat().isEmpty() && !prev.comment().isEmpty()
                            && ShellComments.wrapsOn(prev.comment(), line2)
                            && (indent(lines[k]) > lastIndent || ShellComments.stopsMidPhrase(prev.comment()))) {
                        out.set(lastCode, prev.withComment(prev.comment() + " " + line2));
                        lastRaw = lines[k];
                        continue;
                    }
                }
                lastCode = -1;
                if (!caveat.isEmpty() && ShellComments.wrapsOn(caveat, line2)) {
                    caveat = caveat + " " + line2;
                    continue;
                }
                if (!comment.isEmpty() && ShellComments.isCaveat(line2)) {
                    caveat = caveat.isEmpty() ? line2 : caveat + " " + line2;
                    continue;
                }
                caveat = "";
                commentRaw = lines[k];
                // A comment wrapped onto the next "#" line goes on; any other comment line starts anew.
                if (comment.isEmpty() || !ShellComments.wrapsOn(comment, line2)) commentLine = line;
                comment = !comment.isEmpty() && ShellComments.wrapsOn(comment, line2) ? comment + " " + line2 : line2;
                continue;
            }
            // "# Bake the loaf, replacing any" / "previous crust.": the wrap lost the "#" of the comment's rest.
            if (!caveat.isEmpty() && ShellComments.continuesWithoutMark(commentRaw, hashColumn(commentRaw), caveat, lines[k])) {
                caveat = caveat + " " + l;
                continue;
            }
            int rest = caveat.isEmpty() ? ShellComments.restWithoutMark(commentRaw, hashColumn(commentRaw), comment, lines, k) : 0;
            if (rest > 0) {
                // A rest wrapped over several lines is one: all of it goes on the comment.
                for (int r = 0; r < rest; r++) comment = comment + " " + lines[k + r].strip();
                k += rest - 1;
                continue;
            }
            if (lastCode >= 0 && lastOnItsLine && out.get(lastCode) instanceof Block.Code prev
                    && ShellComments.continuesWithoutMark(lastRaw, hashColumn(lastRaw), prev.comment(), lines[k])) {
                out.set(lastCode, prev.withComment(prev.comment() + " " + l));
                lastOnItsLine = false;
                continue;
            }
            int firstLine = line;
            // "cat <<EOF | kubectl apply -f -": the lines up to "EOF" are the command's input, as written.
            String delimiter = Heredocs.delimiter(l);
            int close = delimiter == null ? -1 : Heredocs.end(lines, k, delimiter);
            String runOn = delimiter == null ? null : Heredocs.runOnManifest(l);
            if (runOn != null) {
                // The document ran onto the command's line: a manifest to repair like any flattened one.
                out.add(new Block.Code("yaml", runOn, "", firstLine, firstLine));
                lastCode = -1;
                comment = "";
                caveat = "";
                continue;
            }
            if (close > k) {
                List<String> body = java.util.Arrays.asList(lines).subList(k + 1, close);
                if (Heredocs.holdsManifest(body) && Heredocs.onlyFeeds(l)) {
                    for (String doc : Heredocs.documents(body)) out.add(new Block.Code("yaml", doc, "", firstLine + 1, fenceLine + close));
                } else {
                    String own = ShellComments.labelsGroup(comment) ? "" : comment;
                    out.add(new Block.Code("shell", l + "\n" + String.join("\n", body) + "\n" + lines[close].strip(), own,
                            firstLine, fenceLine + 1 + close, caveat));
                }
                k = close;
                lastCode = -1;
                comment = "";
                caveat = "";
                continue;
            }
            // A command continued over lines with a trailing backslash stays one command.
            while (l.endsWith("\\") && k + 1 < lines.length && !lines[k + 1].isBlank()) {
                k++;
                l = l + "\n  " + lines[k].strip();
            }
            // A line of switches alone ("--force") is the rest of the command: a shell would reject it.
            while (k + 1 < lines.length && PlainLines.continuesCommand(lines[k + 1].strip())) {
                k++;
                l = l + " " + lines[k].strip();
            }
            line = fenceLine + 1 + k;
            String cmd = PlainLines.hasPrompt(l) ? PlainLines.command(l) : l;
            if (cmd == null) cmd = l;
            int hash = cmd.indexOf(" # ");
            // "# Get commands with basic output": names what follows, says what none of it does.
            String own = ShellComments.labelsGroup(comment) ? "" : comment;
            if (!own.isEmpty() && hash < 0 && commandsFollow(lines, k)) {
                if (PlainLines.isImperative(PlainLines.firstToken(comment))) {
                    out.add(new Block.Prose(comment, commentLine, commentLine));
                }
                own = "";
            }
            String warns = caveat;
            if (hash > 0) {
                String trailing = ShellComments.withoutLinks(cmd.substring(hash + 3).strip());
                cmd = cmd.substring(0, hash).strip();
                // "cmd   # will cause an outage" under "# Remove all gadgets": the comment above says what it does.
                if (ShellComments.isCaveat(trailing)) warns = warns.isEmpty() ? trailing : warns + " " + trailing;
                else own = trailing;
            }
            out.add(new Block.Code("shell", cmd, own, firstLine, line, warns));
            lastCode = out.size() - 1;
            lastOnItsLine = hash > 0 && !own.isEmpty() && warns.isEmpty();
            lastIndent = indent(lines[firstLine - fenceLine - 1]);
            lastRaw = lines[k];
            comment = "";
            caveat = "";
        }
    }

    /** Where the comment's "#" stands on its line: first on a comment line, after the command on a command's. */
    private static int hashColumn(String raw) {
        if (raw.strip().startsWith("#")) return raw.indexOf('#');
        int trailing = raw.lastIndexOf(" # ");
        return trailing >= 0 ? trailing + 1 : raw.length();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i;
    }

    /** Whether another command follows the one ending on line {@code k}, with no blank line or comment between. */
    private static boolean commandsFollow(String[] lines, int k) {
        if (k + 1 >= lines.length) return false;
        String next = lines[k + 1].strip();
        return !next.isEmpty() && !next.startsWith("#") && !next.startsWith("```") && !next.startsWith("~~~");
    }

    /** Whether {@code next} carries on the comment line before it: it starts in lower case, or that line stopped mid-phrase. */
    static boolean wrapsOn(String before, String next) {
        return ShellComments.wrapsOn(before, next);
    }

    /**
     * A list, and for each item with points nested under it an outline heading over those points
     * (people outline their notes in nested bullets as often as with headings). Deeper than
     * {@link #MAX_OUTLINE_DEPTH} the nested points stay unread.
     */
    private static void outline(List<Block> out, ListBlock l, int first, int last, LineIndex lines, int level,
                                int depth) {
        Block.ItemList own = list(l, first, last, lines);
        if (own != null) out.add(own);
        explainedCommands(out, l, lines);
        if (depth >= MAX_OUTLINE_DEPTH) return;
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem item) || isTask(item)) continue;
            String text = itemText(item);
            if (text.isEmpty()) continue;
            int itemFirst = lines.lineOf(item.getStartOffset());
            int itemLast = lines.lineOf(Math.max(item.getStartOffset(), item.getEndOffset() - 1));
            boolean headed = false;
            for (Node sub = item.getFirstChild(); sub != null; sub = sub.getNext()) {
                if (!(sub instanceof ListBlock nested)) continue;
                if (!headed) {
                    out.add(new Block.Heading(level + 1 + depth, text, itemFirst, Math.max(itemFirst + 1, itemLast)));
                    headed = true;
                }
                int subFirst = lines.lineOf(nested.getStartOffset());
                int subLast = lines.lineOf(Math.max(nested.getStartOffset(), nested.getEndOffset() - 1));
                outline(out, nested, subFirst, subLast, lines, level, depth + 1);
            }
        }
    }

    /**
     * The list's items. Task items ({@code - [ ] book the exam}) are to-dos, not knowledge: they are
     * left out, and a list that is mostly tasks gives no block at all (null).
     */
    private static Block.ItemList list(ListBlock l, int first, int last, LineIndex lines) {
        List<Block.Item> items = new ArrayList<>();
        int tasks = 0;
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem item)) continue;
            if (isTask(item)) {
                tasks++;
                continue;
            }
            String text = itemText(item);
            if (!text.isEmpty()) {
                items.add(new Block.Item(text, lines.lineOf(item.getStartOffset()),
                        lines.lineOf(Math.max(item.getStartOffset(), item.getEndOffset() - 1)), holdsCode(item)));
            }
        }
        if (items.isEmpty() || tasks >= items.size()) return null;
        return new Block.ItemList(items, l instanceof OrderedList && !(l instanceof BulletList), first, last);
    }

    /**
     * "- See the history of the rollout" over a fenced {@code kubectl rollout history ...}: the item's
     * text says what its one command does, as a comment over it would. Other code in items stays unread.
     */
    private static void explainedCommands(List<Block> out, ListBlock l, LineIndex lines) {
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem item) || isTask(item) || !holdsCode(item)) continue;
            Node code = null;
            int count = 0;
            for (Node sub = item.getFirstChild(); sub != null; sub = sub.getNext()) {
                if (sub instanceof FencedCodeBlock || sub instanceof IndentedCodeBlock) {
                    code = sub;
                    count++;
                }
            }
            String text = itemText(item);
            // "Kubeadm deploys it as a pod", "In a manual setup, ...": a statement about something else, not
            // what the command does; that is said with a verb first ("List the pods") or a purpose ("To ...").
            if (count != 1 || text.isEmpty() || !saysWhatToDo(text)) continue;
            int first = lines.lineOf(code.getStartOffset());
            int last = Math.max(first, lines.lineOf(Math.max(code.getStartOffset(), code.getEndOffset() - 1)));
            List<Block> read = new ArrayList<>();
            if (code instanceof FencedCodeBlock f) {
                code(read, f.getInfo().toString().strip().toLowerCase(Locale.ROOT), f.getContentChars().toString(), first, last);
            } else {
                code(read, "", ((IndentedCodeBlock) code).getContentChars().toString(), first, last);
            }
            if (read.size() == 1 && read.get(0) instanceof Block.Code one && one.lang().equals("shell") && one.comment().isBlank()) {
                out.add(one.withComment(text));
            }
        }
    }

    private static boolean saysWhatToDo(String text) {
        String plain = text.strip();
        String w0 = PlainLines.firstToken(plain);
        if (w0.equalsIgnoreCase("to")) return CommandRules.opensWithBaseVerb(plain.substring(2).strip());
        return PlainLines.isImperative(w0);
    }

    /** Code nested in the item, at any depth: its text alone is not all it says. */
    private static boolean holdsCode(ListItem item) {
        for (Node sub = item.getFirstChild(); sub != null; sub = sub.getNext()) {
            if (sub instanceof FencedCodeBlock || sub instanceof IndentedCodeBlock) return true;
        }
        return false;
    }

    private static boolean isTask(ListItem item) {
        Node first = item.getFirstChild();
        String text = (first instanceof Paragraph ? first.getChars() : item.getChildChars()).toString();
        return text.length() >= 3 && text.charAt(0) == '[' && text.charAt(2) == ']'
                && (text.charAt(1) == ' ' || text.charAt(1) == 'x' || text.charAt(1) == 'X');
    }

    /** The item's own text: its first paragraph (nested lists are separate facts, not part of it). */
    private static String itemText(ListItem item) {
        Node first = item.getFirstChild();
        String text = first instanceof Paragraph ? first.getChars().toString() : item.getChildChars().toString();
        if (text.indexOf('\n') >= 0) text = LINE_BREAK.matcher(text).replaceAll(" ");
        text = text.strip();
        if (text.startsWith("[ ] ") || text.startsWith("[x] ") || text.startsWith("[X] ")) text = text.substring(4);
        return text.length() > MAX_ITEM_CHARS ? text.substring(0, MAX_ITEM_CHARS) : text;
    }

    private static Block.Table table(TableBlock t, int first, int last) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(t, rows);
        if (rows.size() < 2) return null;
        return new Block.Table(rows.get(0), rows.subList(1, rows.size()), first, last);
    }

    private static void collectRows(Node table, List<List<String>> rows) {
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tc) cells.add(tc.getText().toString().strip());
                }
                rows.add(cells);
            }
        }
    }

    /** A callout; a question callout (or one titled as a question) with a body is a question and answer. */
    private static void quote(List<Block> out, BlockQuote q, int first, int last) {
        String raw = q.getChars().toString();
        StringBuilder body = new StringBuilder();
        for (String line : raw.split("\n")) body.append(QUOTE_MARK.matcher(line).replaceFirst("")).append('\n');
        String text = body.toString().strip();
        Matcher m = CALLOUT.matcher(text.split("\n", 2)[0]);
        if (!m.matches()) {
            if (!text.isEmpty()) out.add(new Block.Prose(text, first, last));
            return;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String title = m.group(2).strip();
        String rest = text.contains("\n") ? text.substring(text.indexOf('\n') + 1).strip() : "";
        boolean question = type.equals("question") || type.equals("faq") || type.equals("help")
                || title.endsWith("?");
        if (question && !title.isEmpty() && !rest.isEmpty()) {
            out.add(new Block.QuestionAnswer(title, rest, first, last));
        } else {
            String prose = (title.isEmpty() ? "" : title + (rest.isEmpty() ? "" : "\n")) + rest;
            if (!prose.isBlank()) out.add(new Block.Prose(prose.strip(), first, last));
        }
    }

    /**
     * {@code <details>}: a summary that asks a question is answered by the body; any other summary
     * ("Show Solution", "Answer", "show") only hides the solution of the exercise stated before it.
     */
    private static void details(List<Block> out, String html, int first, int last) {
        Matcher m = DETAILS.matcher(html);
        while (m.find()) {
            String q = HTML_TAG.matcher(m.group(1)).replaceAll("").strip();
            String a = dedent(HTML_BREAK.matcher(m.group(2)).replaceAll("\n")).strip();
            if (a.isEmpty()) continue;
            if (!q.isEmpty() && QuestionRules.isQuestion(q)) out.add(new Block.QuestionAnswer(q, a, first, last));
            else out.add(new Block.Solution(q, a, first, last));
        }
    }

    /** Removes the indentation every non-blank line shares (details nested in a list item). */
    private static String dedent(String text) {
        String[] ls = text.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String l : ls) {
            if (l.isBlank()) continue;
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ') k++;
            common = Math.min(common, k);
        }
        if (common == 0 || common == Integer.MAX_VALUE) return text;
        StringBuilder sb = new StringBuilder();
        for (String l : ls) sb.append(l.isBlank() ? "" : l.substring(common)).append('\n');
        return sb.toString();
    }
}
