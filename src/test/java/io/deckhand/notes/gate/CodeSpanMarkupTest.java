package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Spec examples: a code span that swallowed a remark in brackets, or a lead-in asked as a question, is unticked. */
class CodeSpanMarkupTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.BASIC, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void aRemarkInsideACodeSpanIsBrokenFormatting() {
        Quality q = judged("How do you see each kiln zone's heat?", "`kiln top zone (needs the probe)`");
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("remark"), q.reasons().toString());
        assertTrue(judged("How do you see each kiln zone's heat?", "`kiln top zone` (needs the probe)").passed());
    }

    @Test
    void shellBracketsAndQuotedBracketsAreCode() {
        assertNull(Markup.codeSpanProblem("`echo $(date +%s)`"));
        assertNull(Markup.codeSpanProblem("`(cd build && make)`"));
        assertNull(Markup.codeSpanProblem("`grep -E '^(a|b'`"));
        assertTrue(Markup.codeSpanProblem("`kiln log (last`").contains("bracket"));
    }

    @Test
    void aLabelTurnedIntoAQuestionByItsMarkAsksNothing() {
        Quality q = judged("*Kiln tools*\n\n**kilnctl**:?", "Runs the kiln from a terminal.");
        assertTrue(q.reasonText().contains("lead-in"), q.reasons().toString());
    }

    @Test
    void anAnswerThatPointsAtAMessageItDoesNotShowIsCut() {
        Quality q = judged("What happens if the kiln stalls?", "You will see this error");
        assertTrue(q.reasonText().contains("lead-in"), q.reasons().toString());
        Quality whole = judged("What happens if the kiln stalls?", "The controller stops and shows E7 on its panel.");
        assertFalse(whole.reasonText().contains("lead-in"), whole.reasons().toString());
    }

    @Provide
    Arbitrary<String> remarks() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(7).list().ofMinSize(2).ofMaxSize(4)
                .map(ws -> String.join(" ", ws));
    }

    @Property(tries = 200)
    void anyWordsInBracketsClosingASpanAreARemark(@ForAll("remarks") String remark) {
        String problem = Markup.codeSpanProblem("Use `kiln zone list (" + remark + ")` first.");
        assertTrue(problem != null && problem.contains(remark), () -> remark + " -> " + problem);
    }
}
