package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.find;
import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a list is asked for what it is (its lead-in, or the kind of parts its heading names), an
 * item that leads in to points keeps them, a name that only looks plural is one thing, and an answer
 * that opens with a pronoun stands alone.
 */
class ListQuestionsTest {
    private static final NoteParser PARSER = new NoteParser();

    @Test
    void aHeadingThatNamesAKindOfPartsAsksForThem() {
        List<CardDraft> cs = md("# Gearboxes\n\n## Benefits of oil baths\n\n- Gears wear out far more slowly\n"
                + "- Heat leaves the teeth through the oil\n- Grit settles at the bottom\n");
        CardDraft c = one(cs, CardKind.LIST, "What are the benefits of oil baths?");
        assertTrue(c.back().contains("Grit settles at the bottom"), c.back());
        assertTrue(find(cs, CardKind.LIST, "key facts").isEmpty(), cs.toString());
    }

    @Test
    void aPlainPluralHeadingAsksForItsPartsOfTheTopicAbove() {
        List<CardDraft> cs = md("# Gearbox\n\n## Oil rules\n\n- The oil must be changed every year\n"
                + "- The housing must have fins on its sides\n");
        one(cs, CardKind.LIST, "What are the oil rules of **Gearbox**?");
    }

    @Test
    void aTitleCaseHeadingIsANameNotAKindOfParts() {
        assertNull(Phrasing.partsOf("Gear Boxes", "Machines"));
        assertNull(Phrasing.partsOf("Checking gears", "Machines"));
        assertNull(Phrasing.partsOf("if the gear slips", "Machines"));
        assertNull(Phrasing.partsOf("Gears", "Machines"));
        assertEquals("What are the three kinds of gears?", Phrasing.partsOf("Three kinds of gears", "Machines"));
    }

    @Test
    void aLeadInThatSaysWhatTheTopicHasAsksWhichOnes() {
        assertEquals("Which lock modes does Vaultly support?", Phrasing.aboutIntro("Vaultly supports three lock modes:", ""));
        // A phrasal verb's particle ("sets up") is not the start of what is listed.
        org.junit.jupiter.api.Assertions.assertFalse(String.valueOf(Phrasing.aboutIntro("Gardenctl sets up raised beds:", ""))
                .startsWith("Which up"));
        assertEquals("Which lock modes does Vaultly support?", Phrasing.aboutIntro("It supports three lock modes:", "Vaultly")
                .replace("**", ""));
        List<CardDraft> cs = md("# Vaultly\n\nIt offers two storage tiers:\n\n- Hot tier, kept on fast disks for a day\n"
                + "- Cold tier, kept on tape for ten years\n");
        one(cs, CardKind.LIST, "Which storage tiers does Vaultly offer?");
    }

    @Test
    void anItemThatLeadsInKeepsItsNestedPoints() {
        List<CardDraft> cs = md("# Sweeper\n\nThe sweeper removes the following:\n\n- Empty crates\n"
                + "- Broken pallets in these cases:\n  - When they are older than a week\n  - When nobody claimed them\n"
                + "- Lost labels\n");
        CardDraft c = cs.stream().filter(d -> d.back().contains("Broken pallets")).findFirst().orElseThrow();
        assertTrue(c.back().contains("When nobody claimed them"), c.back());
        for (CardDraft d : cs) {
            for (String line : d.back().lines().toList()) {
                int at = d.back().indexOf(line + "\n");
                boolean pointsFollow = at >= 0 && d.back().substring(at + line.length() + 1).startsWith("    ");
                assertFalse(line.strip().endsWith(":") && !pointsFollow, "lead-in without its points: " + d);
            }
        }
    }

    @Test
    void aBareLabelKeepsItsPointsAndSoDoesAStatement() {
        List<CardDraft> cs = md("# Sweeper\n\n## Sweeping rules\n\n- Sweep the floor before the crates come in\n"
                + "- Hazards\n  - Wet tiles near the door\n  - Loose boards by the ramp\n"
                + "- The yard is swept once a week on the quiet day\n  - Mostly on Sundays\n");
        CardDraft c = cs.stream().filter(d -> d.back().contains("- Hazards")).findFirst().orElseThrow();
        assertTrue(c.back().contains("Loose boards by the ramp"), c.back());
        // A point under a statement is part of what the note says (judges read its loss as a cut answer).
        assertTrue(c.back().contains("    - Mostly on Sundays"), c.back());
    }

    @Test
    void aNameThatOnlyLooksPluralIsOneThing() {
        List<CardDraft> cs = md("# Zeptos\n\nZeptos is a scheduler for batch jobs. Zeptos runs on every host.\n");
        assertTrue(find(cs, CardKind.DEFINITION, "What are **Zeptos**").isEmpty(), cs.toString());
        List<CardDraft> plural = md("# Widgets\n\nWidgets are small parts of a panel. A widget draws itself.\n");
        assertTrue(find(plural, CardKind.DEFINITION, "What is **Widgets**").isEmpty(), plural.toString());
    }

    @Test
    void aDefinitionThatOpensWithAPronounStandsAlone() {
        assertEquals("`name=value` lines read at start", Phrasing.standingAlone("Env Files", "These are `name=value` lines read at start"));
        assertNull(Phrasing.standingAlone("Spare Keys", "These are trusted"));
        assertEquals("**Parking** will also lock the wheels", Phrasing.standingAlone("Parking", "This will also lock the wheels"));
        List<CardDraft> cs = md("# Locks\n\n- **Parking:** This will also lock the wheels until released\n"
                + "- **Spare key:** These are trusted\n- **Master key:** Opens every door in the building\n");
        for (CardDraft c : cs) {
            assertFalse(c.back().matches("(?is)^(this|these|it|they)\\b.*"), c.toString());
        }
    }

    /** Whatever a heading says, the parts question is a question about it or none, never empty words. */
    @Property(tries = 300)
    void aPartsQuestionAlwaysNamesTheHeading(@ForAll("headings") String heading) {
        String q = Phrasing.partsOf(heading, "Topic");
        if (q == null) return;
        assertTrue(q.startsWith("What are the ") && q.endsWith("?"), q);
        String last = heading.strip().substring(heading.strip().lastIndexOf(' ') + 1);
        assertTrue(q.contains(last), q + " for " + heading);
    }

    /** A lead-in becomes a question or none; never one that still leans on a pronoun or ends in a colon. */
    @Property(tries = 300)
    void aLeadInQuestionNeverLeansOnAPronoun(@ForAll("leadIns") String intro) {
        String q = Phrasing.aboutIntro(intro, "Topic");
        if (q == null) return;
        assertTrue(q.endsWith("?"), q);
        assertFalse(q.matches("(?i).*\\b(it|they|these)\\s+(support|offer|have|has|supports|offers).*"), q);
    }

    @Provide
    Arbitrary<String> headings() {
        Arbitrary<String> word = Arbitraries.of("gear", "gears", "Gears", "benefits", "of", "in", "for", "checking", "if",
                "Types", "modes", "`code`", "the", "is", "three", "oil", "rules", "X", "");
        return word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<String> leadIns() {
        Arbitrary<String> word = Arbitraries.of("It", "They", "This", "supports", "offers", "has", "three", "lock", "modes",
                "the", "following", "tiers", "such as", "is", "of", "Vaultly", "`x`", "with");
        return word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws) + ":");
    }
}
