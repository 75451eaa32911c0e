package io.deckhand.notes.gate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a table card is worth learning: its front names the row it asks about (a cell with no row
 * subject, or a row named only by a number, asks about nothing), and its cell states something rather
 * than grading it ("Yes", "Partial", "Very high", "Lightweight", "Slightly heavier" are marks in a
 * comparison, learnt as the comparison, not one cell at a time; "N/A" marks an empty cell). A cell is
 * worth a card when it holds a value, a name, a command, a number or a flag. Each check gives the reason in the user's words, or null.
 */
final class TableCells {
    private static final Pattern BOLD_SPAN = Pattern.compile("\\*\\*([^\\n]{1,200}?)\\*\\*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/'\u2019-]*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** "3", "#2", "(iv)", "2.": a row named by its place in the table. */
    private static final Pattern ORDINAL = Pattern.compile("(?i)^[#(]?(?:\\d{1,3}|[ivx]{1,5})[.)]?$");

    /** The column a table question asks for: after the dash that follows the row, to the question mark. */
    private static final Pattern COLUMN = Pattern.compile("\\s\u2014\\s+([^\\n]+?)\\?*\\s*$");

    private final Set<String> verdictWords;
    private final Set<String> numberedParts;
    private final Set<String> platformNames;

    TableCells(Set<String> verdictWords, Set<String> numberedParts, Set<String> platformNames) {
        this.verdictWords = verdictWords;
        this.numberedParts = numberedParts;
        this.platformNames = platformNames;
    }

    static TableCells load() {
        return new TableCells(GateConfig.wordsOf("gate-verdict-words.txt"), GateConfig.wordsOf("gate-document-parts.txt"),
                GateConfig.wordsOf("gate-platform-names.txt"));
    }

    /**
     * Why the cell is one cloud provider's (its row or column is named only by provider names, "AWS
     * EKS", "Google GKE"), or null: how one provider does a thing, not what Kubernetes does.
     */
    String platformFault(String question) {
        Matcher row = BOLD_SPAN.matcher(question);
        Matcher column = COLUMN.matcher(question);
        for (String name : new String[] {row.find() ? row.group(1) : null, column.find() ? column.group(1) : null}) {
            if (name == null) continue;
            String plain = CardText.plain(name).strip();
            List<String> words = WORD.matcher(plain.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
            if (words.isEmpty()) continue;
            boolean all = true;
            for (String w : words) all &= platformNames.contains(w);
            if (all) {
                return "It asks for one cloud provider's cell (\u201c" + plain + "\u201d): how that provider does it, "
                        + "not how Kubernetes does.";
            }
        }
        return null;
    }

    /** Why the question's row (its bold name) is no subject, or null. */
    String subjectFault(String question) {
        Matcher m = BOLD_SPAN.matcher(question);
        // The notes write the row in bold; a front written otherwise is read as it stands.
        if (!m.find()) return null;
        String row = CardText.plain(m.group(1)).strip();
        List<String> words = WORD.matcher(row.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
        boolean numbered = words.size() == 2 && numberedParts.contains(words.get(0)) && ORDINAL.matcher(words.get(1)).matches();
        // "Exit code: **137**": a label before the row says what its number is.
        String before = question.substring(0, m.start());
        int colon = before.indexOf(':');
        String label = colon < 0 ? "" : CardText.plain(before.substring(0, colon)).strip();
        boolean labelled = LETTER.matcher(label).find() && !numberedParts.contains(label.toLowerCase(Locale.ROOT));
        if (!LETTER.matcher(row).find() && !labelled || ORDINAL.matcher(row).matches() && !labelled || numbered) {
            return "The row it asks about is named only by its place (\u201c" + row
                    + "\u201d), so the question has no subject without the table.";
        }
        return null;
    }

    /**
     * Why the cell grades or compares instead of stating ("Yes", "Not supported", "High", "Slightly
     * heavier", "N/A"), or null. Code in a cell is a command, flag or value: something to check.
     */
    String verdictFault(String cell) {
        if (cell.indexOf('`') >= 0) return null;
        String plain = CardText.plain(cell).toLowerCase(Locale.ROOT);
        if (plain.length() > 40 || plain.isEmpty()) return null;
        List<String> words = WORD.matcher(plain).results().map(java.util.regex.MatchResult::group).toList();
        if (words.isEmpty() || words.size() > 3) return null;
        for (String w : words) if (!verdictWords.contains(w)) return null;
        return "A yes/no or graded cell (\u201c" + CardText.shortened(CardText.plain(cell), 30)
                + "\u201d): a mark in a comparison, with no fact of its own to learn.";
    }
}
