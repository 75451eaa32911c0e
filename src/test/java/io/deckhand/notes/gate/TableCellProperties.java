package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.notes.NoteParser;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated Markdown tables (rows named by words, numbered in order, numbered out of order or
 * left empty; cells stating facts or only grading): every ticked table card names its row with a word
 * or under a labelled corner, names a column, and states more than a grade. Checked by this test's own
 * simpler reading of the card.
 */
class TableCellProperties {
    private static final NoteParser PARSER = new NoteParser();
    private static final Set<String> GRADES = Set.of("yes", "no", "partial", "high", "low", "not supported", "very fast", "limited");
    private static final Set<String> NUMBERING = Set.of("step", "part");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    @Property(tries = 200)
    void everyTickedTableCardNamesItsRowAndColumnAndStatesAFact(@ForAll("tables") String table) {
        List<CardDraft> cards = PARSER.parse("n.md", "# Ovens\n\n" + table).drafts();
        for (CardDraft c : cards) {
            if (c.kind() != CardKind.TABLE_FACT || !c.quality().passed()) continue;
            String q = c.front().substring(c.front().lastIndexOf('\n') + 1);
            Matcher m = BOLD.matcher(q);
            assertTrue(m.find(), "no row named in " + q);
            String row = m.group(1);
            String before = q.substring(0, m.start());
            String label = before.contains(":") ? before.substring(0, before.indexOf(':')).strip().toLowerCase(java.util.Locale.ROOT) : "";
            // A corner with a word names what the rows' numbers are ("Status: **137**"); "#" or "Step" does not.
            boolean labelled = label.chars().anyMatch(Character::isLetter) && !NUMBERING.contains(label);
            assertTrue(row.chars().anyMatch(Character::isLetter) || labelled, "row without a name or label: " + q);
            assertFalse(GRADES.contains(c.back().strip().toLowerCase(java.util.Locale.ROOT)), "a grade ticked: " + q + " -> " + c.back());
            assertTrue(q.length() > m.end() - m.start() + 1, "no column in " + q);
        }
    }

    @Provide
    Arbitrary<String> tables() {
        Arbitrary<String> word = Arbitraries.of("proofer", "oven", "tray", "crust", "batch", "timer", "rack", "glaze");
        Arbitrary<String> fact = Arbitraries.of("bakes at 220 degrees", "`ovenctl drain`", "per bakery", "8470",
                "holds twelve trays", "restarts after cool-down");
        Arbitrary<String> cell = Arbitraries.oneOf(fact, Arbitraries.of(GRADES.toArray(String[]::new)), Arbitraries.just(""));
        Arbitrary<String> corner = Arbitraries.of("", "#", "Step", "Part", "Status", "Tool");
        return Arbitraries.integers().between(1, 3).flatMap(cols -> Arbitraries.integers().between(1, 5).flatMap(rows ->
                Arbitraries.integers().between(0, 3).flatMap(naming -> corner.flatMap(cn ->
                        word.list().ofSize(cols + 1).flatMap(heads -> cell.list().ofSize(rows * (cols + 1)).flatMap(cells ->
                                word.list().ofSize(rows).map(names -> {
                                    StringBuilder b = new StringBuilder("| " + cn);
                                    for (int c = 0; c <= cols; c++) b.append(" | ").append(heads.get(c));
                                    b.append(" |\n|---");
                                    for (int c = 0; c <= cols; c++) b.append("|---");
                                    b.append("|\n");
                                    for (int r = 0; r < rows; r++) {
                                        String name = switch (naming) {
                                            case 0 -> names.get(r);
                                            case 1 -> String.valueOf(r + 1);
                                            case 2 -> String.valueOf(r * 7 + 3);
                                            default -> "";
                                        };
                                        b.append("| ").append(name);
                                        for (int c = 0; c <= cols; c++) b.append(" | ").append(cells.get(r * (cols + 1) + c));
                                        b.append(" |\n");
                                    }
                                    return b.toString();
                                })))))));
    }
}
