package io.deckhand.notes;

import static io.deckhand.notes.PlainLines.*;

import io.deckhand.text.BlockStarts;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers the structure of a note whose Markdown was flattened to plain lines: headings (short title
 * lines), commands and their output, YAML manifests, Mermaid diagrams, tables, lists, #ask questions
 * and prose (lines broken after inline code are joined again). One pass, linear in the input.
 */
final class PlainTextStructurer {
    private static final int MAX_DIAGRAM_LINES = 40;
    private static final java.util.regex.Pattern LINE_ENDS = java.util.regex.Pattern.compile("\r?\n");

    private final String[] lines;
    /** The lines as written: where a comment's "#" stands tells a wrapped rest set out-dented under it. */
    private final String[] raw;
    private final List<Block> out = new ArrayList<>();
    private int i;

    private PlainTextStructurer(String text) {
        this.lines = LINE_ENDS.split(text, -1);
        this.raw = lines.clone();
        for (int k = 0; k < lines.length; k++) lines[k] = lines[k].strip();
    }

    static List<Block> structure(String text) {
        PlainTextStructurer s = new PlainTextStructurer(text);
        s.run();
        return BlockPasses.apply(HeadingLevels.assign(s.out));
    }

    private String t(int k) {
        return k < lines.length ? lines[k] : "";
    }

    private void run() {
        String pendingComment = "";
        String pendingCaveat = "";
        while (i < lines.length) {
            String line = lines[i];
            if (line.isEmpty()) {
                i++;
                continue;
            }
            if (isUrlOnly(line) || isEmbedOnly(line)) {
                // Kept as content (it tells a heading has a body) but never made into a card.
                out.add(new Block.Prose(line, i + 1, i + 1));
                i++;
                continue;
            }
            String solution = solutionLabel(line);
            if (solution != null) {
                out.add(new Block.Solution(line, solution, i + 1, i + 1));
                i++;
                pendingComment = "";
                continue;
            }
            if (isMermaidStart(line)) {
                mermaid();
            } else if (isManifestStart(line) || yamlFragmentAhead()) {
                yaml();
            } else if (isTableRow(line)) {
                table();
            } else if (isDataLine(line) || isBareKey(line) && isDataLine(t(i + 1))) {
                data();
            } else if (command(line) != null) {
                commandAndOutput(pendingComment, pendingCaveat);
                pendingComment = "";
                pendingCaveat = "";
                continue;
            } else if (line.startsWith("# ") && commentOverCommand(i)) {
                // "# List the crates on a shelf that holds a" / "# spare crate": one comment, wrapped; a
                // warning line ("# will lock the room") is the command's caveat, not part of what it does.
                String comment = line.substring(2).trim();
                String caveat = "";
                while (++i < lines.length && command(lines[i]) == null) {
                    if (!lines[i].startsWith("# ")) {
                        // The comment's rest that lost its "#" when the notes were wrapped (see commentOverCommand).
                        if (caveat.isEmpty()) comment = comment + " " + lines[i];
                        else caveat = caveat + " " + lines[i];
                        continue;
                    }
                    String next = lines[i].substring(2).trim();
                    if (caveat.isEmpty() && ShellComments.isCaveat(next)) caveat = next;
                    else if (caveat.isEmpty()) comment = comment + " " + next;
                    else caveat = caveat + " " + next;
                }
                pendingComment = comment;
                pendingCaveat = caveat;
                continue;
            } else if (isAsk(line)) {
                int first = i;
                String q = joinContinuations(line.substring(5).trim());
                out.add(new Block.Ask(q, first + 1, i));
            } else if (isMarkerTagLine(line)) {
                i++;
            } else if (listItem(line) != null) {
                list();
            } else if (line.startsWith("[!") && line.contains("]")) {
                int first = i;
                String body = line.substring(line.indexOf(']') + 1).trim();
                String text = body.isEmpty() ? "" : joinContinuations(body);
                if (!text.isEmpty()) out.add(new Block.Prose(text, first + 1, i));
                else i++;
            } else if (isTitleCandidate(line) && isHeadingHere()) {
                out.add(new Block.Heading(0, line, i + 1, i + 1));
                i++;
            } else {
                int first = i;
                String text = joinContinuations(line);
                out.add(new Block.Prose(text, first + 1, i));
            }
            pendingComment = "";
            pendingCaveat = "";
        }
    }

    /**
     * The comment line at {@code k} and any "# " lines after it that go on from it or warn of what the
     * command causes (or its rest that lost the "#" in a wrap) lead straight to a command.
     */
    private boolean commentOverCommand(int k) {
        String before = lines[k].substring(2).trim();
        boolean warned = false;
        int j = k + 1;
        while (j < lines.length && command(lines[j]) == null) {
            if (!lines[j].startsWith("# ")) {
                // "# Bake the loaf, replacing any" / "previous crust.": the wrap lost the rest's "#".
                int rest = ShellComments.restWithoutMark(raw[j - 1], raw[j - 1].indexOf('#'), before, raw, j);
                if (rest == 0) break;
                for (int r = 0; r < rest; r++, j++) before = before + " " + lines[j];
                continue;
            }
            String next = lines[j].substring(2).trim();
            if (ShellComments.isCaveat(next)) {
                warned = true;
            } else if (warned || !ShellComments.wrapsOn(before, next)) {
                return false;
            } else {
                before = before + " " + next;
            }
            j++;
        }
        return command(t(j)) != null;
    }

    /**
     * A title candidate is a heading unless it reads as a sentence continued on the next line, or as
     * the one-line description between two headings ("CNI" / "Common network interface" / "Jaeger").
     */
    private boolean isHeadingHere() {
        String line = lines[i];
        String next = t(i + 1);
        boolean sentenceCase = tokenCount(line) > 1 && !isTitleCase(line);
        // A column header over program output ("Type Reason Age" / "---- ------").
        if (looksTechnical(next) && !looksLikeProse(next) && !isContinuation(next) && !startsOwnBlock(next)
                && !isTitleCandidate(next) && !isUrlOnly(next) && !isEmbedOnly(next)) {
            return false;
        }
        if (sentenceCase && isContinuation(next) && !startsOwnBlock(next)) return false;
        if (sentenceCase && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Heading
                && out.get(out.size() - 1).last() == i && isTitleCandidate(next) && !line.endsWith("?")) {
            return false;
        }
        return true;
    }

    /** Appends following continuation lines; leaves {@code i} after the last line used. */
    private String joinContinuations(String start) {
        StringBuilder sb = new StringBuilder(start);
        i++;
        while (i < lines.length) {
            String n = inlineCodeIn(i) ? "`" + lines[i] + "`" : lines[i];
            if (!inlineCodeIn(i) && (!isContinuation(n) || startsOwnBlock(n) || isDataLine(n) || isBareKey(n))) break;
            String sofar = sb.toString();
            if (sofar.endsWith(" -") || sofar.endsWith(":")) break;
            // "... IP address." then "kube-proxy - programs iptables ...": a new definition, not more sentence.
            if (sofar.endsWith(".") && FactRules.definition(n) != null) break;
            // A lone lowercase word before a sentence is a term being defined ("logs" / "Print the logs").
            String after = t(i + 1);
            if (tokenCount(n) == 1 && !after.isEmpty() && Character.isUpperCase(after.charAt(0))
                    && !startsOwnBlock(after) && ",.;:)!?".indexOf(n.charAt(0)) < 0) {
                break;
            }
            if (",.;:)!?".indexOf(n.charAt(0)) < 0) sb.append(' ');
            sb.append(n);
            i++;
        }
        return sb.toString();
    }

    /**
     * Line k is a switch that was inline code in a sentence broken around it ("unless" / "--force" /
     * "flag is specified."): the lines around it are one sentence, not a command and a new point.
     */
    private boolean inlineCodeIn(int k) {
        return k > 0 && continuesCommand(t(k)) && tokenCount(t(k)) == 1 && isContinuation(t(k + 1))
                && !startsOwnBlock(t(k + 1)) && !t(k - 1).isEmpty();
    }

    private void mermaid() {
        int first = i;
        StringBuilder sb = new StringBuilder(lines[i]);
        int depth = bracketDepth(lines[i]);
        i++;
        while (i < lines.length && i - first < MAX_DIAGRAM_LINES) {
            String n = lines[i];
            if (n.isEmpty() || isMermaidStart(n)) break;
            boolean inside = depth > 0;
            boolean edgeGoesOn = hasMermaidArrow(n) && command(n) == null && !looksLikeProse(n);
            if (!inside && !edgeGoesOn) break;
            sb.append('\n').append(n);
            depth += bracketDepth(n);
            i++;
        }
        out.add(new Block.Code("mermaid", sb.toString(), "", first + 1, i));
    }

    private static int bracketDepth(String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(' || c == '[' || c == '{') d++;
            else if (c == ')' || c == ']' || c == '}') d--;
        }
        return d;
    }

    /** A key-only line opening at least two more YAML lines ("selector:" / "matchLabels:" / ...). */
    private boolean yamlFragmentAhead() {
        if (!isBareKey(lines[i])) return false;
        return isYamlLine(t(i + 1)) && !t(i + 1).isEmpty() && isYamlLine(t(i + 2)) && !t(i + 2).isEmpty()
                && !t(i + 1).startsWith("#") && keyHasNoSpace(t(i + 1)) && keyHasNoSpace(t(i + 2));
    }

    private static boolean keyHasNoSpace(String t) {
        int colon = t.indexOf(':');
        if (t.startsWith("- ") || t.startsWith("#") || colon < 0) return true;
        return colon > 0 && t.substring(0, colon).indexOf(' ') < 0;
    }

    private void yaml() {
        yaml(lines.length);
    }

    /** The manifest lines from {@code i}, none at or past {@code limit} (where a heredoc's document ends). */
    private void yaml(int limit) {
        int first = i;
        StringBuilder doc = new StringBuilder();
        boolean hasApi = false;
        boolean hasKind = false;
        boolean literal = false;
        int docFirst = i;
        while (i < limit) {
            String n = lines[i];
            if (n.isEmpty() || isAsk(n) || isMarkerTagLine(n)) break;
            boolean yamlish = isYamlLine(n) && keyHasNoSpace(n);
            if (literal && !yamlish) {
                if (looksLikeProse(n) && !n.endsWith(";") || isTitleCandidate(n) && looksLikeProse(t(i + 1))) break;
                doc.append("  ").append(n).append('\n');
                i++;
                continue;
            }
            if (!yamlish) break;
            // A manifest holds one apiVersion and one kind: a second one starts the next manifest.
            String manifestKey = BlockStarts.manifestKeyName(n);
            boolean isApi = "apiVersion".equals(manifestKey);
            boolean isKind = "kind".equals(manifestKey);
            boolean newDoc = (isYamlFileComment(n) || n.equals("---") || isApi && hasApi || isKind && hasKind) && doc.length() > 0;
            if (newDoc) {
                emitYaml(doc, docFirst, i);
                doc.setLength(0);
                hasApi = false;
                hasKind = false;
                docFirst = i;
            }
            if (n.equals("---")) {
                i++;
                docFirst = i;
                continue;
            }
            hasApi |= isApi;
            hasKind |= isKind;
            literal = opensBlockScalar(n);
            doc.append(n).append('\n');
            i++;
        }
        if (i == first) {
            out.add(new Block.Prose(lines[i], i + 1, i + 1));
            i++;
            return;
        }
        emitYaml(doc, docFirst, i);
    }

    private void emitYaml(StringBuilder doc, int first, int end) {
        String text = doc.toString().strip();
        if (text.isEmpty()) return;
        out.add(new Block.Code("yaml", text, "", first + 1, Math.max(first + 1, end)));
    }

    private void table() {
        int first = i;
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.length && (isTableRow(lines[i]) || isTableSeparator(lines[i]))) {
            if (!isTableSeparator(lines[i]) && !lines[i].replace("|", "").replace("-", "").isBlank()) {
                rows.add(cells(lines[i]));
            }
            i++;
        }
        if (rows.size() < 2) {
            out.add(new Block.Prose(lines[first], first + 1, first + 1));
            return;
        }
        out.add(new Block.Table(rows.get(0), rows.subList(1, rows.size()), first + 1, i));
    }

    static List<String> cells(String row) {
        String r = row.trim();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|")) r = r.substring(0, r.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : r.split("\\|", -1)) cells.add(c.trim());
        return cells;
    }

    private void commandAndOutput(String comment, String caveat) {
        int first = i;
        String line = lines[i];
        boolean prompted = hasPrompt(line);
        String cmd = command(line);
        String trailing = "";
        int hash = cmd.indexOf(" # ");
        if (hash > 0) {
            trailing = cmd.substring(hash + 3).trim();
            cmd = cmd.substring(0, hash).trim();
        }
        // "cmd  # will lock the room" under "# Empty the room": the comment above says what it does.
        if (ShellComments.isCaveat(trailing)) {
            caveat = caveat.isEmpty() ? trailing : caveat + " " + trailing;
            trailing = "";
        }
        String explain = !trailing.isEmpty() ? trailing : comment;
        // "cat <<EOF | kubectl apply -f -": the lines up to "EOF" are the command's input, not commands or output.
        String delimiter = Heredocs.delimiter(cmd);
        int close = delimiter == null ? -1 : Heredocs.end(lines, i, delimiter);
        String runOn = delimiter == null ? null : Heredocs.runOnManifest(lines[i]);
        if (runOn != null) {
            // The document ran onto the command's line: a manifest to repair like any flattened one.
            out.add(new Block.Code("yaml", runOn, "", first + 1, first + 1));
            i++;
            return;
        }
        if (close > i) {
            List<String> body = java.util.Arrays.asList(lines).subList(i + 1, close);
            if (Heredocs.holdsManifest(body) && Heredocs.onlyFeeds(cmd)) {
                i++;
                while (i < close) {
                    if (lines[i].isEmpty()) i++;
                    else yaml(close);
                }
            } else {
                out.add(new Block.Code("shell", cmd + "\n" + String.join("\n", body) + "\n" + delimiter, explain, first + 1, close + 1, caveat));
            }
            i = close + 1;
            return;
        }
        i++;
        // A command broken over lines ("... --ignore-daemonsets" / "--force") is one command.
        while (i < lines.length && (cmd.endsWith("\\") || continuesCommand(lines[i]) && !inlineCodeIn(i))) {
            String base = cmd.endsWith("\\") ? cmd.substring(0, cmd.length() - 1).stripTrailing() : cmd;
            if (lines[i].isEmpty()) break;
            cmd = base + " " + lines[i];
            i++;
        }
        out.add(new Block.Code("shell", cmd, explain, first + 1, i, caveat));
        int outFirst = i;
        StringBuilder output = new StringBuilder();
        while (i < lines.length) {
            String n = lines[i];
            if (n.isEmpty() || command(n) != null || isMermaidStart(n) || isManifestStart(n) || isAsk(n)
                    || listItem(n) != null && !prompted) {
                break;
            }
            if (isTitleCandidate(n) && (looksLikeProse(t(i + 1)) || isTitleCandidate(t(i + 1)))) break;
            boolean outputLike = prompted
                    ? !looksLikeProse(n) || n.startsWith("# ") || output.length() == 0 && i == outFirst
                    : looksTechnical(n) && !looksLikeProse(n) && !isContinuation(n) || isDataLine(n);
            if (!outputLike) break;
            output.append(n).append('\n');
            i++;
        }
        if (output.length() > 0) {
            out.add(new Block.Code("output", output.toString().strip(), "", outFirst + 1, i));
        }
    }

    /** A run of {@code Key: value} lines (describe output, config dumps): kept, never made into cards. */
    private void data() {
        int first = i;
        StringBuilder sb = new StringBuilder();
        while (i < lines.length) {
            String n = lines[i];
            if (n.isEmpty() || startsOwnBlock(n) || looksLikeProse(n) && !isDataLine(n)) break;
            if (!isDataLine(n) && !isBareKey(n) && !looksTechnical(n)) break;
            sb.append(n).append('\n');
            i++;
        }
        if (i == first) {
            out.add(new Block.Prose(lines[i], i + 1, i + 1));
            i++;
            return;
        }
        out.add(new Block.Code("output", sb.toString().strip(), "", first + 1, i));
    }

    private void list() {
        int first = i;
        boolean ordered = isOrderedItem(lines[i]);
        List<Block.Item> items = new ArrayList<>();
        while (i < lines.length) {
            String item = listItem(lines[i]);
            if (item == null || isOrderedItem(lines[i]) != ordered) break;
            int itemFirst = i;
            StringBuilder text = new StringBuilder(item);
            i++;
            // Items whose inline code was flattened run on: "...on a node. - Check networking ...".
            while (i < lines.length && (isContinuation(lines[i]) && !startsOwnBlock(lines[i]) || inlineCodeIn(i))) {
                String n = inlineCodeIn(i) ? "`" + lines[i] + "`" : lines[i];
                int dash = n.indexOf(" - ");
                if (",.;:)!?".indexOf(n.charAt(0)) < 0) text.append(' ');
                if (dash < 0) {
                    text.append(n);
                    i++;
                    continue;
                }
                text.append(n, 0, dash);
                items.add(new Block.Item(text.toString().strip(), itemFirst + 1, i + 1));
                text.setLength(0);
                text.append(n.substring(dash + 3));
                itemFirst = i;
                i++;
            }
            items.add(new Block.Item(text.toString().strip(), itemFirst + 1, Math.max(itemFirst + 1, i)));
        }
        out.add(new Block.ItemList(items, ordered, first + 1, i));
    }
}
