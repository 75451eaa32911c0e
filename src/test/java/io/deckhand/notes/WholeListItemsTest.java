package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a list's answer holds its items whole. The points nested under an item are part of it,
 * an item with code nested in it gives no list answer (its words would lead in to nothing), and a line
 * that introduces the next command is not what the command before it does.
 */
class WholeListItemsTest {

    @Test
    void aStatementKeepsThePointsNestedUnderIt() {
        List<CardDraft> cs = md("# Kilns\n\n## Firing rules\n\n- The kiln must cool slowly\n  - opening the door early cracks the glaze\n"
                + "- Shelves are loaded from the bottom up\n- Cones show the heat the ware reached\n");
        CardDraft c = one(cs, CardKind.LIST, "Firing rules");
        assertTrue(c.back().contains("Shelves are loaded") && c.back().contains("    - opening the door early cracks the glaze"), c.back());
    }

    @Test
    void namesWithPointsUnderThemAreAskedWithTheirPoints() {
        List<CardDraft> cs = md("# Boats\n\n## Sail Rigs\n\n- Square\n  - hung from a yard across the mast\n"
                + "- Lateen\n  - a triangle on a long slanted yard\n    - good for beating upwind\n");
        CardDraft c = one(cs, CardKind.LIST, "Sail Rigs");
        for (String point : List.of("hung from a yard", "a triangle on a long slanted yard", "        - good for beating upwind")) {
            assertTrue(c.back().contains(point), c.back());
        }
    }

    @Test
    void pointsTooManyToRecallTogetherGiveNoCardRatherThanACutOne() {
        StringBuilder note = new StringBuilder("# Boats\n\n## Rope Knots\n\n- Bowline\n");
        for (int i = 0; i < 12; i++) note.append("  - a loop that neither slips nor jams, point number ").append(i).append('\n');
        note.append("- Clove hitch\n  - two turns round a post\n");
        for (CardDraft c : md(note.toString())) {
            if (c.kind() == CardKind.LIST && c.back().contains("Clove hitch")) {
                assertTrue(c.back().contains("two turns round a post") && c.back().contains("point number 11"), c.back());
            }
        }
    }

    @Test
    void itemsHoldingCodeGiveNoListOfTheirLeadIns() {
        List<CardDraft> cs = md("# Kiln tool\n\n## Kiln commands\n\n- See the firing log with the command below\n"
                + "  ```bash\n  kilnctl log --tail 20\n  ```\n- To reset the alarm\n  ```bash\n  kilnctl alarm reset --force\n  ```\n");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == CardKind.LIST && c.back().contains("See the firing log")), cs.toString());
    }

    @Test
    void anItemSaysWhatItsOneCommandDoesAndAStatementDoesNot() {
        List<CardDraft> cs = md("# Kiln tool\n\n## Kiln commands\n\n- Show the firing log of the kiln\n"
                + "  ```bash\n  kilnctl log --tail 20\n  ```\n- To reset the alarm after a fault\n  ```bash\n  kilnctl alarm reset --force\n  ```\n");
        // Asked either way round: the item's text and its command are one card.
        assertTrue(cs.stream().anyMatch(c -> c.kind() == CardKind.COMMAND && (c.front() + c.back()).contains("firing log of the kiln")
                && (c.front() + c.back()).contains("kilnctl log --tail 20")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.kind() == CardKind.COMMAND && (c.front() + c.back()).contains("reset the alarm after a fault")
                && (c.front() + c.back()).contains("kilnctl alarm reset --force")), cs.toString());
        List<CardDraft> statement = md("# Kiln tool\n\n## Kiln commands\n\n- The kiln keeps its log on the controller board\n"
                + "  ```bash\n  kilnctl log --tail 20\n  ```\n");
        assertTrue(statement.stream().noneMatch(c -> c.back().contains("keeps its log") && c.front().contains("kilnctl log")), statement.toString());
    }

    @Test
    void aPurposeIsAskedWithoutTheHowThatFollowsIt() {
        assertEquals("Which command do you use to list the burners of another kiln?",
                CommandRules.whichCommand("To list the burners of another kiln, use the --kiln flag", false));
        assertEquals("Which command do you use to create the burner?", CommandRules.whichCommand("To Create the burner", false));
    }

    @Test
    void aLineThatNamesTheNextCommandIsItsLeadInNotTheDescriptionOfTheOneBefore() {
        List<CardDraft> cs = md("# Burners\n\n## Scaling the burners\n\n```bash\nkilnctl apply --file burners.yaml\n```\n\n"
                + "- The second way is to use `kilnctl scale`\n\n```bash\nkilnctl scale --burners=6 --file burners.yaml\n```\n");
        for (CardDraft c : cs) {
            boolean aboutApply = c.front().contains("kilnctl apply") || c.back().contains("kilnctl apply");
            assertFalse(aboutApply && (c.front().contains("second way") || c.back().contains("second way")), c.toString());
        }
    }

    @Test
    void aStepThatLeadsInWithAColonIsNotTheDescriptionOfTheCommandBefore() {
        List<CardDraft> cs = md("# Gas\n\n## Switch the kiln to the new gas line\n\n1. List the lines:\n\n```bash\nkilnctl get lines --all\n```\n\n"
                + "2. Update the burner file to use the new line:\n\nSet `line: east` in the burner file.\n");
        for (CardDraft c : cs) {
            boolean aboutGet = c.front().contains("kilnctl get lines") || c.back().contains("kilnctl get lines");
            assertFalse(aboutGet && (c.front().contains("burner file") || c.back().contains("burner file")), c.toString());
        }
    }

    /** Any outline of invented points: a list answer that holds an item holds every point nested under it. */
    @Property(tries = 150)
    void aListAnswerNeverHoldsAnItemWithoutItsPoints(@ForAll("outlines") List<List<String>> outline) {
        StringBuilder note = new StringBuilder("# Harbour\n\n## Mooring Kinds\n\n");
        for (List<String> item : outline) {
            note.append("- ").append(item.get(0)).append('\n');
            for (String point : item.subList(1, item.size())) note.append("  - ").append(point).append('\n');
        }
        for (CardDraft c : md(note.toString())) {
            if (c.kind() != CardKind.LIST) continue;
            for (List<String> item : outline) {
                // An item whose words are also another item's point cannot be told apart from that point in the answer.
                boolean alsoAPoint = outline.stream().anyMatch(o -> o.subList(1, o.size()).contains(item.get(0)));
                if (alsoAPoint || !c.back().contains("- " + item.get(0) + "\n")) continue;
                for (String point : item.subList(1, item.size())) assertTrue(c.back().contains(point), c.back());
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> outlines() {
        Arbitrary<String> word = Arbitraries.of("buoy", "chain", "anchor", "swivel", "shackle", "pontoon", "cleat",
                "warp", "fender", "mud", "sand", "rock", "heavy", "light", "holds", "drags", "rusts", "floats");
        Arbitrary<String> phrase = word.list().ofMinSize(2).ofMaxSize(6).map(ws -> {
            String p = String.join(" ", ws);
            return Character.toUpperCase(p.charAt(0)) + p.substring(1);
        });
        return phrase.list().ofMinSize(1).ofMaxSize(3).map(ArrayList::new).list().ofMinSize(2).ofMaxSize(5)
                .map(items -> items.stream().map(i -> (List<String>) i).toList());
    }
}
