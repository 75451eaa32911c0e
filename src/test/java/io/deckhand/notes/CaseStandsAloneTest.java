package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a case card ("what happens if C?") can be understood alone and its answer is the result, whole.
 * A condition that is a series ("if the gears are jammed, cold, or worn out, R") runs to the comma after
 * its last item; a condition whose subject is a quantifier or an ordinal standing for things listed before
 * it ("if either is missing", "if only the second fails", "if the second request returns 200") gives no
 * card, as does a result opening with "this X" when the case never said X ("this error clears"); an answer
 * that only says where to go next in the notes ("move to document 4") is unticked.
 */
class CaseStandsAloneTest {

    @Test
    void aSeriesInTheConditionStaysInTheQuestion() {
        String note = """
                # Gears

                - If the gear teeth are jammed, cold, or worn out, every lever in the shop stalls
                """;
        CardDraft c = one(md(note), CardKind.BASIC, "what happens if the gear teeth are jammed, cold, or worn out?");
        assertTrue(c.back().startsWith("Every lever"), c.back());
    }

    @Test
    void aSeriesOfNamesOpeningTheConditionStaysInTheQuestion() {
        String[] qa = Phrasing.claimItem("If the spool, latch, or lever is not oiled, the loom stops within a minute", "**Looms**");
        assertNotNull(qa);
        assertTrue(qa[0].endsWith("if the spool, latch, or lever is not oiled?"), qa[0]);
        assertTrue(qa[1].startsWith("The loom stops"), qa[1]);
    }

    @Test
    void aResultThatGoesOnAfterACommaIsNoSeries() {
        // "the loom stops, and ..." is a clause, not the next item of the condition's series.
        String[] qa = Phrasing.claimItem("If the spool is dry, the loom stops, and the lever locks", "**Looms**");
        assertNotNull(qa);
        assertTrue(qa[0].endsWith("what happens if the spool is dry?"), qa[0]);
    }

    @Test
    void aQuantifierOrOrdinalStandingForThingsToldBeforeGivesNoCase() {
        String note = """
                # Gears

                Turn both cranks and read the two gauges.

                - If either is cold, the gear teeth slip on every turn
                - If only the second reads zero, the lever spring is broken
                - If any are missing or bent, the shop replaces the whole gear
                - If the second gauge reads zero, the lever spring is broken
                - If the gear teeth are cold, the shop warms them before every turn
                """;
        List<CardDraft> cards = md(note);
        for (CardDraft c : cards) {
            String f = c.front().toLowerCase(Locale.ROOT);
            assertFalse(f.contains("if either") || f.contains("the second") || f.contains("if any are"), c.front());
        }
        one(cards, CardKind.BASIC, "what happens if the gear teeth are cold?");
    }

    @Test
    void aQuantifierWithItsOwnNounStandsAlone() {
        assertNotNull(Phrasing.claimItem("If all gear teeth are cold, the shop warms them first", "**Gears**"));
        assertNotNull(Phrasing.claimItem("If each gear returns a click, the lever is set", "**Gears**"));
        assertNotNull(Phrasing.claimItem("If either gear slips, the lever is reset", "**Gears**"));
    }

    @Test
    void aResultOpeningWithAThingTheCaseNeverSaidGivesNoCard() {
        // "This error" is one the notes told before the case; the card does not say which.
        assertNull(Phrasing.claimItem("Once the loom writes its config file, this error clears within seconds", "**Looms**"));
        // A demonstrative standing for the case itself, or for a thing the case names, stands alone.
        assertNotNull(Phrasing.claimItem("If a selector lists two labels, this is read as a logical AND", "**Looms**"));
        assertNotNull(Phrasing.claimItem("If the loom reports an error, this error clears within seconds", "**Looms**"));
        assertNotNull(Phrasing.claimItem("If there are spare spools, these won't be threaded unless forced", "**Looms**"));
    }

    @Test
    void anAnswerThatOnlySaysWhereToGoNextInTheNotesIsUnticked() {
        String note = """
                # Gears

                - If the gear teeth are cold, you can move on to part 3
                - If the lever spring is broken, fix that step before going on
                - If the gear teeth are jammed, the shop replaces the whole gear
                """;
        List<CardDraft> cards = md(note);
        assertFalse(one(cards, CardKind.BASIC, "teeth are cold").quality().passed());
        assertFalse(one(cards, CardKind.BASIC, "spring is broken").quality().passed());
        assertTrue(one(cards, CardKind.BASIC, "teeth are jammed").quality().passed());
    }

    @Provide
    Arbitrary<String> standIns() {
        Arbitrary<String> singular = Arbitraries.of("either", "neither", "each", "one", "only one", "the second", "the last",
                "the other", "only the first");
        Arbitrary<String> singularVerb = Arbitraries.of("is cold", "fails", "returns zero", "has stopped", "stopped", "can't turn");
        Arbitrary<String> plural = Arbitraries.of("any", "all", "both", "some", "most", "none", "the rest", "only some");
        Arbitrary<String> pluralVerb = Arbitraries.of("are cold", "have stopped", "stopped", "were replaced", "do not turn",
                "of them turn", "can't turn");
        return Arbitraries.oneOf(Combinators.combine(singular, singularVerb).as((q, v) -> q + " " + v),
                Combinators.combine(plural, pluralVerb).as((q, v) -> q + " " + v));
    }

    @Property(tries = 150)
    void noCaseOpensWithAStandInForThingsToldBefore(@ForAll("standIns") String condition,
            @ForAll("results") String result, @ForAll boolean subjectIsName) {
        assertNull(Phrasing.claimItem("If " + condition + ", " + result, "**Gears**", subjectIsName), condition);
        assertNull(Phrasing.claimItem("When " + condition + ", " + result, "", false), condition);
    }

    @Provide
    Arbitrary<String> results() {
        return Arbitraries.of("the lever locks", "the shop replaces the whole gear", "you must oil the spool",
                "check the gauge log", "nothing happens to the loom");
    }

    @Provide
    Arbitrary<List<String>> seriesItems() {
        return Arbitraries.of("cold", "jammed", "worn out", "bent", "rusty", "loose", "dry").list().ofMinSize(2).ofMaxSize(4)
                .uniqueElements();
    }

    @Property(tries = 150)
    void aConditionsSeriesIsNeverSplitAcrossTheCard(@ForAll("seriesItems") List<String> items, @ForAll("results") String result,
            @ForAll boolean and) {
        String series = String.join(", ", items.subList(0, items.size() - 1)) + ", " + (and ? "and " : "or ")
                + items.get(items.size() - 1);
        String[] qa = Phrasing.claimItem("If the gear teeth are " + series + ", " + result, "**Gears**");
        assertNotNull(qa, series);
        for (String item : items) {
            assertTrue(qa[0].contains(item), qa[0] + " lacks " + item);
            assertFalse(qa[1].toLowerCase(Locale.ROOT).startsWith(item), qa[1]);
        }
    }
}
