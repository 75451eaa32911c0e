package io.deckhand.notes;

/** How a block reads as Markdown on a card. */
final class Markdown {
    private Markdown() {
    }

    static String of(Block b) {
        if (b instanceof Block.Prose p) return p.text();
        if (b instanceof Block.Code c) return c.lang().equals("output") ? fence("text", c.text()) : fence(c.lang(), c.text());
        if (b instanceof Block.ItemList l) {
            StringBuilder sb = new StringBuilder();
            int n = 1;
            for (Block.Item it : l.items()) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(l.ordered() ? (n++) + ". " : "- ").append(it.text());
            }
            return sb.toString();
        }
        if (b instanceof Block.Heading h) return "**" + h.text() + "**";
        if (b instanceof Block.Ask a) return a.question();
        if (b instanceof Block.QuestionAnswer qa) return qa.question() + "\n\n" + qa.answer();
        if (b instanceof Block.Solution s) return s.body();
        if (b instanceof Block.Table t) return String.join(" | ", t.header());
        return "";
    }

    /** A fenced code block; the fence grows past any backticks inside. */
    static String fence(String lang, String code) {
        String fence = "```";
        while (code.contains(fence)) fence += "`";
        return fence + (lang == null || lang.equals("shell") ? "bash" : lang) + "\n" + code.strip() + "\n" + fence;
    }

    /**
     * Inline code; falls back to a longer delimiter when the code holds backticks. A remark in brackets
     * after the command ("(needs metrics-server)") stays outside the span: it is the note's aside.
     */
    static String code(String s) {
        String t = s.strip();
        int remark = io.deckhand.text.CodeRemark.start(t);
        if (remark > 0) return code(t.substring(0, remark)) + " " + t.substring(remark).strip();
        if (!t.contains("`")) return "`" + t + "`";
        return "`` " + t + " ``";
    }
}
