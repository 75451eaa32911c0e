package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Issue 9: a definition or a plain question stands alone. The term asked is a name, not a piece of a
 * sentence, a selling point or a part of the document; a definition's answer says what the term is;
 * neither side leans on the notes' own text; a question's subject is not only a pronoun.
 */
class StandAloneDefinitionsTest {
    private static final SourceRef BAKERY = new SourceRef("bakery.md", 1, 1, List.of("Bakery"));

    private static Quality judged(CardKind kind, String front, String back) {
        return GateVerdicts.judged(BAKERY, kind, front, back);
    }

    private static Quality definition(String front, String back) {
        return judged(CardKind.DEFINITION, front, back);
    }

    private static void unticked(Quality q, String why) {
        GateVerdicts.unticked(q, why);
    }

    @Test
    void aPieceOfASentenceIsNoTerm() {
        unticked(definition("What is **While the oven**?", "It heats up in ten minutes and holds its heat."), "piece of a sentence");
        unticked(definition("What is **It contains**?", "Flour, water, salt and a starter culture."), "piece of a sentence");
        unticked(definition("**Sourdough**: what are **Faster proofs and better crumb**?", "A warm kitchen shortens the rise."),
                "selling point");
        unticked(definition("What is **Preheat the oven**?", "Set it to 250 degrees an hour ahead."), "instruction or a clause");
        unticked(judged(CardKind.BASIC, "**What the proofer does**: what happens if the door opens?", "The dough cools and slows."),
                "piece of a sentence");
    }

    @Test
    void aNumberedOrNamedPartOfTheNotesIsNoTerm() {
        unticked(definition("What is **Q3**?", "The rye loaf question."), "numbers a part");
        unticked(definition("What is **Part 2**?", "Shaping and scoring the dough."), "numbers a part");
        unticked(definition("What is **Proofing Diagram**?", "Dough rises in a warm box for an hour."), "part of the notes");
        unticked(definition("What is **Getting Started**?", "Buy flour and a scale first."), "section name");
        unticked(definition("**Levain**: what is **Points to ponder**?", "How long the levain keeps in the fridge."), "section name");
    }

    @Test
    void theAskedTermIsANounPhraseNamingAThing() {
        unticked(definition("What is **Each Oven**?", "A brick chamber that holds heat."), "members of a kind");
        unticked(definition("What are **Updating Recipes**?", "Edit the card, then reprint it."), "names an action");
        unticked(definition("What is **Rye vs Spelt**?", "Dense and sour against light and nutty."), "relation or a claim");
        unticked(definition("What is **Crust \u2260 Crumb**?", "A dark crust says nothing about the centre."), "relation or a claim");
        unticked(definition("What is **Introduction to Levain**?", "A tour of the starter on the counter."), "part of the notes or of a file");
        unticked(definition("What is **Oven Spec**?", "Two decks, 250 degrees, steam."), "part of the notes or of a file");
        // The heading's subject label before the asked term is context, not the term.
        assertTrue(definition("**Rye and Spelt**: what is **Levain**?", "A starter of flour and water kept alive by feeding.").passed());
        assertTrue(definition("What is **Rolling Pin**?", "A wooden cylinder that flattens dough.").passed());
    }

    @Test
    void aDefinitionAnswerSaysWhatTheTermIs() {
        unticked(definition("**Sourdough**: what is **Portability**?", "Since a starter travels in a jar, it bakes anywhere."),
                "gives a reason");
        unticked(definition("What is **Baker role**?", "E.g. Admin of the night shift."), "gives a reason, an example");
        unticked(definition("**Proofers**: what is **Cold retarding**?", "Good for busy weekends when the dough waits."),
                "verdict");
        unticked(definition("What is **Crumb**?", "Also the part people squeeze."), "not what the term is");
        unticked(definition("What are **Starters**?", "Starters can be wild or bought."), "can be or do, not what it is");
        assertTrue(definition("What are **Starters**?", "Starters are cultures of wild yeast kept in flour and water.").passed());
    }

    @Test
    void anAnswerThatLeansOnTheNotesCannotBeLearntAlone() {
        unticked(definition("What is **Autolyse**?", "A rest of flour and water, like your example."), "notes' own text");
        unticked(judged(CardKind.BASIC, "How do you score a loaf?", "The following example shows:"), "notes' own text");
        unticked(judged(CardKind.BASIC, "How do you fold the dough?", "As shown above, in thirds."), "notes' own text");
        unticked(judged(CardKind.BASIC, "How do you knead rye?", "Let's now take a look at kneading by hand."), "notes' own text");
        unticked(judged(CardKind.BASIC, "How do you check the crust?", "Tap it as in the below steps."), "notes' own text");
        assertTrue(judged(CardKind.BASIC, "How do you check the crust?", "Run the below command:\n```\ntap --loaf\n```").passed());
        // "The following" before what follows is a lead-in, not a reference.
        assertTrue(judged(CardKind.BASIC, "How do you feed a starter?", "Run the following:\n```\nfeed --flour 50g\n```").passed());
    }

    @Test
    void aRhetoricalHeadingWithOnlyAPronounIsNoQuestion() {
        unticked(judged(CardKind.BASIC, "*Levain*\n\nWhy does this matter?", "A young levain gives a milder loaf."), "a pronoun only the notes explain");
        unticked(judged(CardKind.BASIC, "How does it work?", "Yeast eats sugar and makes gas."), "a pronoun only the notes explain");
        // A sentence of its own on the front says what "this" is.
        assertTrue(judged(CardKind.BASIC, "*Levain*\n\nKeep the levain in the fridge between bakes.\n\nWhy would you do this?",
                "It slows the yeast so the levain keeps for a week.").passed());
        // A yes/no question put to the reader's own bakery has no answer in the notes.
        unticked(judged(CardKind.BASIC, "*Ovens › Questions to ask*\n\nDo we want a deck oven, a rack oven, or both?",
                "- Deck ovens give a better crust."), "a pronoun only the notes explain");
        // A named subject is no pronoun.
        assertTrue(judged(CardKind.BASIC, "**Levain**: what happens if it is fed twice a day?", "It gets stronger and sourer.").passed());
    }

    @Test
    void realTermsWithDefiningAnswersPass() {
        assertTrue(definition("What is **Levain**?", "A starter built up the day before a bake.").passed());
        assertTrue(definition("What is **Crumb-O**?", "The open inner texture of a loaf.").passed());
        assertTrue(definition("**Oven**: what is **Steam injection**?", "A burst of water vapour in the first minutes of baking.")
                .passed());
        assertTrue(definition("What is **OnFailure**?", "When the loaf collapses, the baker starts a new batch.").passed());
        assertTrue(definition("What is **Route Table**?", "A list of paths a courier follows.").passed());
        assertTrue(definition("What is **The Bakers Guild**?", "A society that sets the price of bread.").passed());
        assertTrue(judged(CardKind.BASIC, "How do you proof rye?", "Keep it warm; this suits your case too.").passed());
        // Bold words inside a task's own text are the task's wording, not a term asked.
        assertTrue(judged(CardKind.BASIC, "**What is being baked:** a rye loaf for the market.", "Mix, proof, bake at 230 degrees.")
                .passed());
    }

    @Test
    void aLabelStoppingOnAPrepositionOpensASentence() {
        unticked(definition("What is **Adapted for**?", "A small home oven with a single rack."), "opens a sentence");
        unticked(definition("What is **Flour not accounted for**?", "Dust on the bench and dough left in the bowl."), "opens a sentence");
        unticked(judged(CardKind.BASIC, "**Based on**: what does the recipe change?", "It halves the salt."), "opens a sentence");
        // A preposition inside a name is part of it; only the last word tells.
        assertTrue(definition("What is **Proof of Work**?", "A rest of the dough that shows the yeast is alive.").passed());
    }

    @Test
    void aDateOrALevelOfTheCourseIsNoTerm() {
        unticked(definition("What is **2031-04-02**?", "Added a chapter on rye starters."), "a date");
        unticked(definition("What is **Level 2 (Loaves 2.1 to 2.3)**?", "Shaping boules and batards."), "numbers a part");
    }

    @Test
    void aFileOfTheNotesOwnProjectIsNoTerm() {
        unticked(definition("What is **site/recipes.json**?", "The list of recipes the site shows."), "notes' own project");
        unticked(definition("What is **serve.js**?", "A static server for the recipe pages."), "notes' own project");
        // The subject's own files are things to learn.
        assertTrue(definition("What is **oven.yaml**?", "The file that sets the deck oven's temperature curve.").passed());
    }

    @Test
    void anAnswerThatIsOnlyAnAmountAKindOrAnExpansionDefinesNothing() {
        unticked(definition("What is **Bench rest**?", "20 to 30 minutes under a cloth."), "an amount or a count");
        unticked(definition("What is **Oven capacity**?", "At least 12 loaves per deck."), "an amount or a count");
        unticked(definition("What is **Levain**?", "The engine."), "names only a kind");
        unticked(definition("What is **BGA**?", "Bread guild association"), "spells out");
        // A numbered list is no amount; a kind with what sets it apart is a definition.
        assertTrue(definition("What is **Bench rest**?", "1. A pause after dividing\n2. that relaxes the gluten").passed());
        assertTrue(definition("What is **Levain**?", "A starter built up the day before a bake.").passed());
        assertTrue(definition("What is **BGA**?", "The guild that certifies master bakers.").passed());
    }

    @Test
    void aTermJoinedByButOrARuleOfConductIsNoTerm() {
        unticked(definition("What is **Dough rises but collapses**?", "Over-proofed or too little salt."), "relation or a claim");
        unticked(definition("What is **Don't open the oven early**?", "The loaf falls when the door lets the steam out."),
                "piece of a sentence");
        unticked(definition("What is **Objective**?", "Bake a rye loaf with an open crumb."), "section name");
    }

    @Test
    void anAnswerSayingWhereATopicIsCoveredOrWhereATermIsWrittenIsNoDefinition() {
        unticked(definition("What is **Crumb analysis**?", "Cutting and photographing the loaf is covered in the pastry course."),
                "notes' own text");
        unticked(definition("What is **Hydration**?", "Appears under the recipe header."), "not what the term is");
    }

    @Test
    void aDefinitionsTermStandsAloneUnderAHeadingAboutTheNotes() {
        assertTrue(definition("*Ovens › What This Chapter Covers*\n\nWhat is **levain**?", "A starter built up the day before a bake.")
                .passed());
        // A question of its own still leans on such a heading.
        unticked(judged(CardKind.BASIC, "*Ovens › Steps in this chapter*\n\nWhy preheat first?", "The crust sets before the loaf spreads."),
                "notes' layout");
        unticked(definition("What is **the levain in this chapter**?", "A starter built up the day before a bake."), "notes' layout");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    @Property(tries = 200)
    void aClauseOpenerNeverStartsATerm(@ForAll("names") String a, @ForAll("names") String b) {
        for (String opener : List.of("While", "Because", "Since", "Although", "It", "These", "Faster", "Also")) {
            Quality q = definition("What is **" + opener + " " + a.toLowerCase() + " " + b + "**?", "A tray of " + a + " loaves.");
            assertFalse(q.passed(), opener + " " + a + " " + b);
        }
    }

    @Property(tries = 200)
    void aPrepositionNeverEndsATerm(@ForAll("names") String a, @ForAll("names") String b) {
        for (String preposition : List.of("for", "on", "of", "with", "by", "from")) {
            String term = a + " " + b.toLowerCase() + " " + preposition;
            assertTrue(DefinitionShape.load().termFaultOf(term) != null, term);
        }
    }

    @Property(tries = 200)
    void anAmountNeverDefinesButAListNumberIsNone(@ForAll("names") String a, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 999) int n) {
        DefinitionShape shape = DefinitionShape.load();
        String question = "What is **" + a + "**?";
        assertTrue(shape.answerFault(question, n + " " + a.toLowerCase() + " loaves per tray") != null);
        assertTrue(shape.answerFault(question, n + ". A tray of warm " + a.toLowerCase() + " loaves") == null);
    }

    @Property(tries = 200)
    void aNameOfCapitalisedWordsWithADefiningAnswerPasses(@ForAll("names") String a, @ForAll("names") String b) {
        Quality q = definition("What is **" + a + " " + b + "**?", "A tray of warm " + b.toLowerCase() + " loaves for " + a + ".");
        // Only a real name: the gate's own word lists could (rarely) hold a generated word.
        DefinitionShape shape = DefinitionShape.load();
        if (shape.termFaultOf(a + " " + b) == null) {
            assertTrue(shape.answerFault("What is **" + a + "**?", "A tray of warm loaves.") == null);
            assertTrue(q.reasons().stream().noneMatch(r -> r.contains("piece of a sentence") || r.contains("part of the notes")),
                    q.reasons().toString());
        }
    }
}
