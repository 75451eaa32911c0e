package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Structure shared by both note formats, found after the first pass: {@code Q:}/{@code A:} pairs and
 * glossaries (a run of short terms each followed by a one-line description, which flattening turned
 * into heading/line pairs).
 */
final class BlockPasses {
    private static final int MAX_ANSWER_BLOCKS = 6;

    private BlockPasses() {
    }

    static List<Block> apply(List<Block> blocks) {
        return questionAnswers(glossaries(blocks));
    }

    static List<Block> glossaries(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        int k = 0;
        while (k < in.size()) {
            int end = k;
            while (end + 1 < in.size() && isTerm(in.get(end)) && isDescription(in.get(end + 1))) end += 2;
            int pairs = (end - k) / 2;
            boolean closed = end >= in.size() || in.get(end) instanceof Block.Heading;
            if (pairs >= 3 || pairs == 2 && closed) {
                List<Block.Item> items = new ArrayList<>();
                for (int p = k; p < end; p += 2) {
                    Block.Heading term = (Block.Heading) in.get(p);
                    Block.Prose desc = (Block.Prose) in.get(p + 1);
                    items.add(new Block.Item(Names.unnumbered(term.text()) + " - " + desc.text(), term.first(), desc.last()));
                }
                out.add(new Block.ItemList(items, false, in.get(k).first(), in.get(end - 1).last()));
                k = end;
            } else {
                out.add(in.get(k));
                k++;
            }
        }
        return out;
    }

    private static boolean isTerm(Block b) {
        return b instanceof Block.Heading h && PlainLines.tokenCount(h.text()) <= 4 && !h.text().endsWith("?");
    }

    private static boolean isDescription(Block b) {
        return b instanceof Block.Prose p && p.first() == p.last() && p.text().length() <= 200
                && !p.text().startsWith("http") && !p.text().startsWith("![[");
    }

    /** {@code Q: ...} prose followed (maybe later) by {@code A: ...} and the blocks that continue it. */
    static List<Block> questionAnswers(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        int k = 0;
        while (k < in.size()) {
            Block b = in.get(k);
            if (b instanceof Block.Prose p && isQ(p.text())) {
                String inline = p.text();
                int aAt = indexOfAnswer(inline);
                if (aAt > 0) {
                    String q = inline.substring(2, aAt).trim();
                    String a = inline.substring(aAt + 2).trim();
                    out.add(new Block.QuestionAnswer(q, a, p.first(), p.last()));
                    k++;
                    continue;
                }
                int a = k + 1;
                if (a < in.size() && in.get(a) instanceof Block.Prose ap && isA(ap.text())) {
                    StringBuilder answer = new StringBuilder(ap.text().substring(2).trim());
                    int end = a + 1;
                    // After a blank line the answer goes on only where it said so ("... like this:").
                    while (end < in.size() && end - a <= MAX_ANSWER_BLOCKS && continuesAnswer(in.get(end))
                            && (in.get(end).first() <= in.get(end - 1).last() + 1 || answer.toString().strip().endsWith(":"))) {
                        answer.append("\n\n").append(Markdown.of(in.get(end)));
                        end++;
                    }
                    out.add(new Block.QuestionAnswer(p.text().substring(2).trim(), answer.toString(),
                            p.first(), in.get(end - 1).last()));
                    k = end;
                    continue;
                }
            }
            out.add(b);
            k++;
        }
        return out;
    }

    private static boolean continuesAnswer(Block b) {
        if (b instanceof Block.Prose p) {
            return !isQ(p.text()) && !p.text().startsWith("http") && !PlainLines.isUrlOnly(p.text());
        }
        return b instanceof Block.Code c && (c.lang().equals("shell") || c.lang().equals("output"))
                || b instanceof Block.ItemList;
    }

    private static boolean isQ(String t) {
        return t.startsWith("Q:") || t.startsWith("Q.") && t.length() > 3 && t.charAt(2) == ' ';
    }

    private static boolean isA(String t) {
        return t.startsWith("A:");
    }

    private static int indexOfAnswer(String t) {
        int at = t.indexOf(" A: ");
        if (at < 0) at = t.indexOf("\nA: ");
        return at < 0 ? -1 : at + 1;
    }
}
