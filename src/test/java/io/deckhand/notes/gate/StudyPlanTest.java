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
 * Spec examples on invented baking notes: a list of learning goals ("Understand …", "Practice …") is a
 * study plan, an answer describing the notes ("A set of exercises that …") is about the notes, a table
 * asked by its origin column is about where the subject comes from and an answer sending the reader to
 * another lesson or the docs is not on the card; steps and facts that merely start with such a verb keep
 * their tick.
 */
class StudyPlanTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void meta(Quality q, String saying) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains(saying), q.reasons().toString());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void aListOfLearningGoalsIsAStudyPlan() {
        meta(judged(CardKind.LIST, "What are the topics of the proofing unit?",
                "- Understand how yeast produces gas\n- Know how to judge a finished proof\n- Practice shaping a boule\n- Oven spring"),
                "study plan");
        meta(judged(CardKind.LIST, "What are the steps for bread basics?",
                "1. **Learn** the baker's percentages\n2. **Review** the hydration table\n3. **Master** the stretch and fold"), "study plan");
    }

    @Test
    void aSingleCurriculumLineIsAStudyGoal() {
        meta(judged(CardKind.DEFINITION, "What is **Lamination**?", "Understand lamination and butter temperature"), "study plan");
        meta(judged(CardKind.BASIC, "*Icing*\n\nWhat should you be able to do?", "Know how to pipe a rosette."), "study plan");
    }

    @Test
    void stepsOrFactsThatOpenWithSuchAVerbKeepTheirTick() {
        kept(judged(CardKind.BASIC, "What do you do when a loaf collapses?", "Review the proofing time: it rose too long."));
        kept(judged(CardKind.LIST, "What are the steps to rescue a flat starter?",
                "- Discard half of the starter\n- Feed it equal flour and water\n- Review its rise after 6 hours\n- Keep it at 26 \u00b0C"));
    }

    @Test
    void anAnswerDescribingTheNotesIsAboutTheNotes() {
        meta(judged(CardKind.DEFINITION, "What are **Bread Drills**?",
                "A set of exercises that helped me prepare for the bakery exam."), "describes the notes");
        kept(judged(CardKind.DEFINITION, "What is a **bake log**?", "A list of batches with their oven times and temperatures."));
    }

    @Test
    void aTableAskedByItsOriginColumnIsAboutWhereTheSubjectComesFrom() {
        meta(judged(CardKind.TABLE_FACT, "*Mixers at a glance*\n\n**Origin** \u2014 Doughmatic?", "Community project, built by Kneadco"),
                "where its subject comes from");
        meta(judged(CardKind.TABLE_FACT, "Mixer: **Doughmatic** \u2014 Maintainer?", "Kneadco"), "where its subject comes from");
        kept(judged(CardKind.TABLE_FACT, "*Mixers at a glance*\n\n**Speed settings** \u2014 Doughmatic?", "Three, from 60 to 240 rpm"));
    }

    @Test
    void anAnswerThatSendsTheReaderToAnotherLessonCannotBeLearntAlone() {
        meta(judged(CardKind.COMMAND, "What does `ovenctl probe --slow` do?",
                "Covered in depth in [Lesson 1](/baking/oven-probes), the quick check is the probe's last result."), "refers to the notes");
        meta(judged(CardKind.BASIC, "How do you calibrate the oven probe?", "See the official docs for your oven model."), "refers to the notes");
    }
    @Test
    void aListAskedAsTheNotesOwnGoalsIsAboutTheNotes() {
        // "Learning outcomes:" over a list under a subject's heading: what the reader should be able to do.
        meta(judged(CardKind.LIST, "*Bread basics*\n\n**Bread basics**: what are the learning outcomes?",
                "- Shape a boule with surface tension.\n- Judge a proof by the poke test.\n- Explain why salt slows yeast."),
                "learning outcomes");
        meta(judged(CardKind.LIST, "What are the prerequisites?", "- A scale that reads grams\n- A Dutch oven"), "prerequisites");
        // Parts of the subject asked the same way keep their tick.
        kept(judged(CardKind.LIST, "**Ovens**: what are the heating modes?", "- Convection\n- Top heat\n- Bottom heat"));
        kept(judged(CardKind.LIST, "What are the outcomes of an over-proofed dough?",
                "- The loaf collapses in the oven\n- The crumb has large holes under the crust"));
    }

    @Test
    void aConventionsSectionIsAboutTheNotes() {
        Quality q = GATE.judge(new CardDraft(CardKind.BASIC, "*Bakery notes › Conventions*\n\nWhat happens when a recipe needs rye?",
                "The recipes use whole rye flour throughout.", "", List.of(), new SourceRef("n.md", 1, 1, List.of("Bakery notes", "Conventions"))));
        meta(q, "Conventions");
    }
    @Test
    void aChecklistLineAskedAsATermIsAStudyGoal() {
        // "- Know how to score a loaf — the blade must be wet": the line's goal became the asked term.
        meta(judged(CardKind.DEFINITION, "What is **Know how to score a loaf**?", "The blade must be wet."), "study plan");
        meta(judged(CardKind.DEFINITION, "What is **Understand oven spring**?", "Steam keeps the crust soft."), "study plan");
        kept(judged(CardKind.DEFINITION, "What is **Practice mode**?", "A cycle of the proofer that holds 24 \u00b0C for an hour."));
    }
}
