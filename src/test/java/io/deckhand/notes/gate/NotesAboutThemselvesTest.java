package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples, on invented notes about baking: sections about the notes or the course rather than
 * the subject (prerequisites, final thoughts, how the course works, what to read next) and a study
 * plan's levels in a table are unticked; sections whose last word only looks like one keep their cards.
 */
class NotesAboutThemselvesTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back, String... headings) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of(headings))));
    }

    private static void aboutTheNotes(Quality q) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("about the notes"), q.reasons().toString());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void aShortHeadingWhoseHeadNounIsAStudyAidIsMeta() {
        aboutTheNotes(judged(CardKind.TABLE_FACT, "*Knowledge prerequisites*\n\nArea: **Icing** — Required level?",
                "Can pipe a rosette", "Knowledge prerequisites"));
        aboutTheNotes(judged(CardKind.BASIC, "*4. Final thoughts*\n\nWhy bake at home?", "Fresh bread every morning beats the shop",
                "4. Final thoughts"));
        aboutTheNotes(judged(CardKind.DEFINITION, "*Sourdough › Further references*\n\nWhat is **The Crumb Book**?",
                "A baker's handbook on hydration", "Sourdough", "Further references"));
    }

    @Test
    void aLongerHeadingEndingInSuchAWordIsATaskNotMeta() {
        kept(judged(CardKind.BASIC, "*Step 5 — Replace the broken recipe references*\n\nWhich recipe field names the flour?",
                "`flourRef` in the ingredients block", "Step 5 — Replace the broken recipe references"));
    }

    @Test
    void aHeadingThatSpeaksOfTheCourseItselfIsMeta() {
        aboutTheNotes(judged(CardKind.DEFINITION, "*How this course works › Each unit*\n\nWhat is a **Checkpoint**?",
                "A short quiz at the end of each unit", "How this course works", "Each unit"));
        aboutTheNotes(judged(CardKind.TABLE_FACT, "*Using the guide*\n\nLevel: **Novice** — Duration?", "2-3 weeks", "Using the guide"));
        aboutTheNotes(judged(CardKind.TABLE_FACT, "*Where this points next*\n\nFinding: **Flat loaves** — Go to?",
                "the proofing lessons", "Where this points next"));
    }

    @Test
    void aHeadingThatSpeaksOfSeveralOfTheNotesIsMeta() {
        aboutTheNotes(judged(CardKind.DEFINITION, "*What These Guides Offer That Bakeries Don't*\n\nWhat is **Crumb visibility**?",
                "Baking by hand shows how the crumb forms", "What These Guides Offer That Bakeries Don't"));
        aboutTheNotes(judged(CardKind.BASIC, "*All four tutorials assume*\n\nWhich oven is needed?", "A deck oven", "All four tutorials assume"));
        kept(judged(CardKind.BASIC, "*All four ovens*\n\nWhich oven bakes rye best?", "The deck oven holds heat longest", "All four ovens"));
    }

    @Test
    void theCourseOfSomethingIsAPathNotTheNotes() {
        kept(judged(CardKind.BASIC, "*The course of a loaf through the oven*\n\nWhat sets the crust?",
                "The dry heat of the last ten minutes", "The course of a loaf through the oven"));
    }

    @Test
    void aStudyPlansLevelInATableIsAGradeNotAFact() {
        Quality level = judged(CardKind.TABLE_FACT, "*Tools*\n\nTool: **Dough scraper** — First needed at?", "Intermediate", "Tools");
        assertFalse(level.passed(), level.reasons().toString());
        assertTrue(level.reasonText().contains("graded cell"), level.reasons().toString());
        Quality optional = judged(CardKind.TABLE_FACT, "*Tools*\n\nTool: **Lame** — Needed?", "Beginner, optional", "Tools");
        assertFalse(optional.passed(), optional.reasons().toString());
        kept(judged(CardKind.TABLE_FACT, "*Tools*\n\nTool: **Lame** — Purpose?", "Scores the loaf so it opens evenly", "Tools"));
    }
}
