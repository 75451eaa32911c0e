package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, list cards on invented kitchen notes: the question says what kind of items it wants and of
 * what. A heading of one plural word ("Burners") or a plural qualified only by section words
 * ("Additional Features") is asked within the topic that owns it; a lead-in that opens with a setting
 * ("For the small jar, ...") keeps that setting after the question's verb.
 */
class ListKindQuestionsTest {

    private static List<CardDraft> lists(List<CardDraft> cs) {
        return cs.stream().filter(c -> c.kind() == CardKind.LIST).toList();
    }

    @Test
    void aOneWordPluralHeadingIsAskedWithinItsOwner() {
        List<CardDraft> cs = md("# Ovens\n\nOvens bake bread.\n\n## Burners\n\n- Gas ring – heats the tray with a flame\n"
                + "- Coil – heats the tray with a wire\n");
        assertTrue(lists(cs).stream().noneMatch(c -> c.front().endsWith("What are the **Burners**?")), cs.toString());
        CardDraft c = one(cs, CardKind.LIST, "burners");
        assertTrue(c.front().contains("**Ovens**"), c.front());
        assertTrue(c.back().contains("Gas ring") && c.back().contains("with a wire"), c.back());
    }

    @Test
    void aPluralQualifiedOnlyBySectionWordsIsAskedWithinItsOwner() {
        List<CardDraft> cs = md("# Kettles\n\nKettles boil water.\n\n## Additional Features\n\n- Keep-warm plate\n- Steam stop\n");
        assertTrue(lists(cs).stream().noneMatch(c -> c.front().endsWith("What are the **Additional Features**?")), cs.toString());
        CardDraft c = one(cs, CardKind.LIST, "additional features");
        assertTrue(c.front().contains("**Kettles**"), c.front());
    }

    @Test
    void aHeadingThatNamesItsKindStandsAlone() {
        List<CardDraft> cs = md("# Kettles\n\nKettles boil water.\n\n## Kettle Types\n\n- Stovetop\n- Electric\n");
        CardDraft c = one(cs, CardKind.LIST, "What are the **Kettle Types**?");
        assertTrue(c.back().contains("Electric"), c.back());
    }

    @Test
    void aLeadInsSettingComesAfterTheQuestionsVerb() {
        List<CardDraft> cs = md("# Sourdough\n\n## Starter\n\nFor the small starter jar, the feeding list includes:\n\n"
                + "- fifty grams of rye flour\n- fifty grams of warm water\n");
        CardDraft c = one(cs, CardKind.LIST, "for the small starter jar?");
        assertFalse(c.front().toLowerCase(Locale.ROOT).contains("does for"), c.front());
        assertTrue(c.front().contains("the feeding list include"), c.front());
    }

    @Test
    void aListWhoseItemRunsOnIntoTheCodeBelowGivesNoListCard() {
        // The last item's sentence ends in the code block under the list: the list alone is cut off.
        List<CardDraft> cs = md("# Bread\n\n## Tips\n\n- Weigh the flour\n- Rest the dough overnight\n"
                + "- Fold twice: first the edges, then\n\n```bash\nbake --fold centre\n```\n");
        for (CardDraft c : lists(cs)) assertFalse(c.back().strip().endsWith("then"), c.toString());
    }

    /** Whatever the setting, no question asks "What does for ..., the X include?". */
    @Property(tries = 60)
    void aFrontedSettingNeverSitsBeforeTheVerb(@ForAll("prepositions") String prep, @ForAll("words") String place,
                                               @ForAll("words") String thing) {
        String note = "# Pantry\n\n## Shelves\n\n" + Inline.capitalise(prep) + " the " + place + " shelf, the " + thing
                + " list includes:\n\n- dried beans in jars\n- rolled oats in tins\n";
        for (CardDraft c : md(note)) {
            String q = c.front().toLowerCase(Locale.ROOT);
            assertFalse(q.contains("does " + prep + " ") || q.contains("what " + prep + " the"), c.front());
            assertFalse(q.matches("(?s).*\\b" + prep + " the " + place + " shelf,.*\\?.*"), c.front());
        }
    }

    @Provide
    Arbitrary<String> prepositions() {
        return Arbitraries.of("for", "in", "on", "with", "under", "during", "inside");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("top", "cold", "spice", "baking", "lower", "corner", "morning", "guest");
    }
}
