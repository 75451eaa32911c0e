package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, definitions whose term is a real term: a label that describes its topic (an adjective,
 * "Easy to clean", "Cross-regional") or names a quality the topic is claimed to have, over that claim
 * ("**Configurability**: lets you ..."), is a point made about the topic, not a term; an answer telling
 * the reader what to do ("Give yourself ...") is a step, not what the term is. {@link Terms} judges the
 * label's shape, for the gate and for the notes' rules alike.
 */
class DescribingLabelsTest {
    private static final SourceRef KILNS = new SourceRef("kilns.md", 1, 1, List.of("Kilns"));

    private static Quality definition(String front, String back) {
        return GateVerdicts.judged(KILNS, CardKind.DEFINITION, front, back);
    }

    private static void unticked(Quality q, String why) {
        GateVerdicts.unticked(q, why);
    }

    @Test
    void anAdjectiveDescribesItsTopicAndIsNoTerm() {
        unticked(definition("**Electric kilns**: what is **Lightweight**?", "One person can carry the shell up a stair."), "describes its topic");
        unticked(definition("**Electric kilns**: what is **Easy to clean**?", "The floor lifts out for brushing."), "describes its topic");
        unticked(definition("**Electric kilns**: what does **Cross-regional** do?", "Runs on any mains supply."), "describes its topic");
        unticked(definition("**Electric kilns**: what is **Self-venting**?", "Fumes leave through a hole in the lid."), "describes its topic");
        unticked(definition("What is **Firing curve unreachable**?", "The controller stops and shows an error."), "describes its topic");
        unticked(definition("What is **Highly portable**?", "The shell folds into two halves."), "describes its topic");
    }

    @Test
    void aNounAfterTheModifierOrAnAdjectiveEndingNounIsATerm() {
        assertTrue(definition("What are **Multi-shelf Kilns**?", "Kilns that fire several shelves of pots at once.").passed());
        assertTrue(definition("What is **Glaze Table**?", "A chart of the temperatures each glaze matures at.").passed());
        assertTrue(definition("What is **Cone Variable**?", "A setting that holds the cone a programme fires to.").passed());
        // A name by its spelling is the notes' own, whatever it ends in: code, inner capitals, an acronym.
        assertTrue(definition("What is **KilnStable**?", "The controller that keeps a kiln at one temperature.").passed());
        assertTrue(definition("What is **`reusable`**?", "A setting that keeps a firing programme for later.").passed());
    }

    @Test
    void aQualityClaimedForTheTopicIsNoTerm() {
        unticked(definition("**Electric kilns**: what is **Configurability**?", "Lets you set a firing curve per shelf."), "quality");
        unticked(definition("What is **Scalability**?", "The studio can add kilns as orders grow."), "quality");
        unticked(definition("What is **Simplicity**?", "One dial starts a firing."), "quality");
    }

    @Test
    void aQualityTheAnswerDefinesIsATerm() {
        assertTrue(definition("What is **Reliability**?", "The ability of a kiln to fire the same curve every time.").passed());
        assertTrue(definition("What is **Durability**?", "How well a glaze resists wear in use.").passed());
        assertTrue(definition("What is **Availability**?", "A measure of how often the studio's kilns can be booked.").passed());
    }

    @Test
    void anAnswerTellingTheReaderWhatToDoIsAStep() {
        unticked(definition("What is **Warm-up round**?", "Give yourself ten minutes at the wheel before the first pot."), "step to take");
        unticked(definition("What is **Second glaze**?", "Compare the test tiles against the chart, then dip again."), "step to take");
        // A command's description and a noun answer opening with a verb's spelling stay.
        assertTrue(definition("What does **fire** do?", "Run the loaded programme to its last segment.").passed());
        assertTrue(definition("What is **Batch**?", "Set of pots fired together in one load.").passed());
    }

    @Test
    void aCheckResultIsNoDefinition() {
        unticked(definition("What is **Glaze chart**?", "PASS \u2014 every glaze on the chart matched its test tile."), "verdict");
        unticked(definition("What is **Kiln log**?", "Failed: two firings have no end temperature."), "verdict");
        assertTrue(definition("What is **Passthrough vent**?", "A vent that lets fumes pass out of the lid.").passed());
    }

    @Test
    void oneJudgementServesTheGateAndTheNotes() {
        Terms terms = Terms.standard();
        assertNotNull(terms.fault("Cross-regional"));
        assertFalse(terms.canName("Easy to clean"));
        assertTrue(terms.canName("Glaze Table"));
        // A relation is a fine subject label but never the asked term.
        assertTrue(terms.canName("Kilns and Wheels"));
        assertNotNull(terms.askedFault("Kilns and Wheels"));
        assertNull(terms.claimFault("Reliability", "The ability of a kiln to fire the same curve."));
        assertNotNull(terms.claimFault("Configurability", "Lets you set a firing curve per shelf."));
    }
}
