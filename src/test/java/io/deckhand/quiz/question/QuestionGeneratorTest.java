package io.deckhand.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.Card;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {
    private final QuestionGenerator generator = new QuestionGenerator();
    private final List<Card> deck = QuizCards.bundled();

    @Test
    void theSameSeedGivesTheSameQuestions() {
        Set<QuestionType> all = EnumSet.allOf(QuestionType.class);
        List<Question> first = generator.generate(deck, all, 60, 42);
        assertEquals(60, first.size());
        assertEquals(first, new QuestionGenerator().generate(deck, all, 60, 42));
        assertNotEquals(first, generator.generate(deck, all, 60, 43));
    }

    @Test
    void everyRequestedTypeIsAskedWhenTheDeckSupportsIt() {
        for (QuestionType type : List.of(QuestionType.COMMAND, QuestionType.MANIFEST, QuestionType.MULTIPLE_CHOICE,
                QuestionType.TRUE_FALSE, QuestionType.FILL_FIELD, QuestionType.DIAGRAM_NODE, QuestionType.TYPED)) {
            List<Question> qs = generator.generate(deck, Set.of(type), 5, 1);
            assertEquals(5, qs.size(), type.toString());
            assertTrue(qs.stream().allMatch(q -> q.type() == type));
        }
    }

    @Test
    void noCardIsUsedTwiceWhileUnusedOnesRemain() {
        List<Question> qs = generator.generate(deck, EnumSet.allOf(QuestionType.class), 40, 9);
        assertEquals(40, qs.stream().map(Question::cardId).distinct().count());
    }

    @Test
    void everyQuestionFromTheBundledDeckHoldsUp() {
        QuestionChecks checks = new QuestionChecks(deck);
        int checked = 0;
        for (long seed = 0; seed < 8; seed++) {
            for (Question q : generator.generate(deck, EnumSet.allOf(QuestionType.class), 120, seed)) {
                checks.check(q);
                checked++;
            }
        }
        assertTrue(checked > 700);
    }

    @Test
    void multipleChoiceOnTheBundledDeckHoldsUpForManySeeds() {
        QuestionChecks checks = new QuestionChecks(deck);
        for (long seed = 100; seed < 116; seed++) {
            List<Question> qs = generator.generate(deck, Set.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE), 80, seed);
            assertTrue(qs.size() >= 60, "only " + qs.size());
            qs.forEach(checks::check);
        }
    }

    @Test
    void nothingIsAskedOfNothing() {
        assertTrue(generator.generate(List.of(), EnumSet.allOf(QuestionType.class), 10, 1).isEmpty());
        assertTrue(generator.generate(deck, Set.of(), 10, 1).isEmpty());
        assertTrue(generator.generate(deck, EnumSet.allOf(QuestionType.class), 0, 1).isEmpty());
        assertFalse(generator.generate(deck, Set.of(QuestionType.COMMAND), 1, 1).isEmpty());
    }
}
