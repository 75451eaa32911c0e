package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A back whose words are all on its front, whatever their verb ending, teaches nothing, whatever the
 * card's kind: a command described by its own words, a question answered with its own words. Spec
 * examples on invented notes (an oven tool), and the property that such a card is never ticked.
 */
class AnswerAddsNothingTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void addsNothing(Quality q) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("only restates") || q.reasonText().contains("already in the question"),
                q.reasons().toString());
    }

    @Test
    void aCommandDescribedByItsOwnWordsTeachesNothing() {
        addsNothing(judged(CardKind.COMMAND, "What does `ovenctl preheat oven` do?", "Preheats the oven."));
        addsNothing(judged(CardKind.COMMAND, "*Ovens: warm-up checks*\n\nWhat does `ovenctl status --all` do?", "Warm-up checks."));
    }

    @Test
    void aCircularAnswerTeachesNothing() {
        addsNothing(judged(CardKind.BASIC, "How do you apply a glaze?", "By applying the glaze."));
        addsNothing(judged(CardKind.BASIC, "*Loaf scoring*\n\nWhy score a loaf?", "Scoring the loaf."));
    }

    @Test
    void anAnswerThatSaysSomethingNewIsKept() {
        Quality command = judged(CardKind.COMMAND, "What does `ovenctl preheat oven` do?", "Heats the oven to 180 \u00b0C before baking.");
        assertTrue(command.passed(), command.reasons().toString());
        Quality basic = judged(CardKind.BASIC, "How do you apply a glaze?", "Brush beaten egg on just before baking.");
        assertTrue(basic.passed(), basic.reasons().toString());
    }

    @Test
    void aNegationTheFrontLacksIsSomethingNew() {
        Quality q = judged(CardKind.BASIC, "*Proofing*\n\nDoes a cold dough proof overnight?", "A cold dough doesn't proof overnight.");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Test
    void aCommandWrittenFromTheFrontsWordsStillTeachesItsForm() {
        Quality q = judged(CardKind.COMMAND, "How do you preheat the oven with ovenctl?", "`ovenctl preheat`");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    /** A back made only of the front's words (in any order, with verb endings and linking words) is never ticked. */
    @Property(tries = 300)
    void aBackThatAddsNothingToItsFrontIsNeverTicked(@ForAll("cards") CardDraft card) {
        Quality q = GATE.judge(card);
        assertFalse(q.passed(), card.front() + " -> " + card.back() + " " + q.reasons());
    }

    /**
     * Words of consonant-vowel syllables and a closing consonant, without 'e', 'i', 'y' and 's': no
     * generated word already carries an ending the comparison folds, so an added ending is the only one.
     */
    private static Arbitrary<String> word() {
        Arbitrary<String> syllable = Combinators.combine(Arbitraries.of('b', 'd', 'k', 'l', 'm', 'v', 'z'), Arbitraries.of('a', 'o', 'u'))
                .as((c, v) -> "" + c + v);
        return Combinators.combine(syllable.list().ofMinSize(2).ofMaxSize(3), Arbitraries.of('k', 'l', 'm', 'v', 'z'))
                .as((s, end) -> String.join("", s) + end);
    }

    @Provide
    Arbitrary<CardDraft> cards() {
        Arbitrary<CardKind> kinds = Arbitraries.of(CardKind.values()).filter(k -> k != CardKind.DIAGRAM);
        Arbitrary<List<String>> frontWords = word().list().ofMinSize(2).ofMaxSize(8);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 7).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<String>> endings = Arbitraries.of("", "s", "ing", "ed").list().ofSize(12);
        Arbitrary<List<String>> glue = Arbitraries.of("the", "a", "of", "is", "it", "by", "and", "to").list().ofSize(12);
        return Combinators.combine(kinds, frontWords, picks, endings, glue, Arbitraries.of(true, false))
                .as((kind, words, pick, ending, linking, withHeading) -> {
                    List<String> back = new ArrayList<>();
                    for (int i = 0; i < pick.size(); i++) {
                        back.add(linking.get(i));
                        back.add(words.get(pick.get(i) % words.size()) + ending.get(i));
                    }
                    String question = "What about " + String.join(" ", words.subList(words.size() / 2, words.size())) + "?";
                    String heading = String.join(" ", words.subList(0, words.size() / 2));
                    String front = withHeading && !heading.isEmpty() ? "*" + heading + "*\n\n" + question
                            : String.join(" ", words.subList(0, words.size() / 2)) + " " + question;
                    return new CardDraft(kind, front, String.join(" ", back) + ".", "", List.of(), new SourceRef("n.md", 1, 1, List.of()));
                });
    }
}
