package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The gate asks {@link ManifestRepair#problem} about a card's YAML with the line break that closes its
 * fence, after the rules read the same text without it; the answer must be the one a fresh reading of
 * the text with its line break gives, whatever the rules read before.
 */
class ClosingLineBreakProperties {

    @Property(tries = 400)
    void theProblemOfATextWithItsClosingLineBreakIsTheOneItsOwnReadingGives(@ForAll("yamlish") String text) {
        String withBreak = text + "\n";
        boolean parsesWithBreak = ParsedYaml.of(withBreak).error == null;
        Statistics.label("parses").collect(parsesWithBreak);
        ParsedYaml.of(text); // what the rules read first
        String problem = ManifestRepair.problem(withBreak);
        assertEquals(parsesWithBreak, problem == null, () -> "problem " + problem + " for\n" + withBreak);
        // Both kinds of text are tried often enough for the property to say something.
        Statistics.label("parses").coverage(check -> {
            check.check(true).percentage(p -> p > 10);
            check.check(false).percentage(p -> p > 10);
        });
    }

    @Test
    void aBrokenTextIsStillReportedAfterTheRulesReadIt() {
        String broken = "kind: Pod\nmetadata:\n  name: a\n   bad: [";
        ParsedYaml.of(broken);
        assertNotNull(ManifestRepair.problem(broken + "\n"));
        String fine = "kind: Pod\nmetadata:\n  name: a";
        ParsedYaml.of(fine);
        assertNull(ManifestRepair.problem(fine + "\n"));
    }

    /** Lines of YAML's punctuation, indentation, scalars and block scalar headers: many parse, many do not. */
    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> piece = Arbitraries.of(List.of("key", "name", "a b", ":", ": ", "- ", "-", "|", ">", "|-",
                "[", "]", "{", "}", ",", "\"", "'", "#", " # c", "---", "...", "&a", "*a", "!!str", "?", "\t", "1", "x:y"));
        Arbitrary<String> line = Arbitraries.integers().between(0, 6).flatMap(indent ->
                piece.list().ofMinSize(0).ofMaxSize(5).map(p -> " ".repeat(indent) + String.join("", p)));
        return line.list().ofMinSize(1).ofMaxSize(8).map(lines -> String.join("\n", lines))
                .filter(t -> !t.isBlank());
    }
}
