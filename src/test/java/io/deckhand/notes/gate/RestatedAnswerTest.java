package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Spec examples: a definition or table answer that only restates its front teaches nothing and is unticked. */
class RestatedAnswerTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void restated(CardKind kind, String front, String back) {
        Quality q = judged(kind, front, back);
        assertFalse(q.passed(), front + " -> " + back);
        assertTrue(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Test
    void anAnswerMadeOfTheTermAndTheHeadingsWordsIsUnticked() {
        restated(CardKind.DEFINITION, "*Kettle parts*\n\nWhat is **spout**?", "uses a spout");
        restated(CardKind.TABLE_FACT, "*Bicycle › Frame fields*\n\nsize: meaning?", "the size of the bicycle");
        restated(CardKind.TABLE_FACT, "*Lamp*\n\nWattage — description?", "The lamp's wattage.");
    }

    @Test
    void anAnswerWithOneWordOfItsOwnIsKept() {
        Quality q = judged(CardKind.DEFINITION, "*Kettle parts*\n\nWhat is **spout**?", "the tube water is poured through");
        assertTrue(q.passed(), q.reasons().toString());
        Quality t = judged(CardKind.TABLE_FACT, "*Bicycle › Frame fields*\n\nsize: meaning?", "the seat tube length in cm");
        assertTrue(t.passed(), t.reasons().toString());
    }

    @Test
    void aCommandMadeOfTheFrontsWordsStillTeachesItsForm() {
        Quality q = judged(CardKind.TABLE_FACT, "*Kettle tool commands*\n\nAction: **descale** — Command?", "`kettle descale`");
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void otherKindsAreLeftToTheirOwnRules() {
        // A question card may rightly be answered with a word of its heading ("Which part? The spout.").
        Quality q = judged(CardKind.BASIC, "*Kettle parts*\n\nWhich part pours?", "the spout of the kettle");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Test
    void aValueInOtherCaseOrPunctuationIsStillTheFrontsOwn() {
        restated(CardKind.DEFINITION, "*Kettle headers › X-Boil*\n\nWhat is the header's name?", "`x-boil`");
        restated(CardKind.TABLE_FACT, "*Kettle modes*\n\nMode: **Quick_Boil** — name?", "`quickboil`");
    }

    @Test
    void anExpansionOrAnAbbreviationTheFrontSpellsOutIsNoAnswer() {
        restated(CardKind.LIST, "*Fill, Heat, Pour, Empty (FHPE)*\n\nWhat are the kettle's steps?", "- Fill\n- Heat\n- Pour\n- Empty\n");
        restated(CardKind.DEFINITION, "What do you call **Fill Heat Pour Empty**?", "FHPE");
    }

    @Test
    void anAbbreviationAskedForItsExpansionIsKept() {
        Quality q = judged(CardKind.DEFINITION, "What does **FHPE** stand for?", "Fill, Heat, Pour, Empty");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
        Quality code = judged(CardKind.DEFINITION, "What is the **X-Boil** header?", "`x-boil: 100`");
        assertFalse(code.reasonText().contains("only restates"), code.reasons().toString());
    }

    @Property(tries = 200)
    void theFrontsWordInAnyCaseIsARestatement(@ForAll("words") String heading, @ForAll("words") String term) {
        String shouted = term.substring(0, 2).toUpperCase(java.util.Locale.ROOT) + "-" + term.substring(2).toUpperCase(java.util.Locale.ROOT);
        Quality q = judged(CardKind.DEFINITION, "*" + heading + "*\n\nWhat is the **" + shouted + "** value?", "`" + term + "`");
        assertFalse(q.passed(), shouted + " / " + term + " -> " + q.reasons());
    }

    @Provide
    Arbitrary<String> words() {
        java.util.Set<String> stop = GateConfig.wordsOf("gate-stopwords.txt");
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
                .filter(w -> !stop.contains(w) && !stop.contains(w + "q"));
    }

    @Property(tries = 200)
    void anAnswerOfOnlyTheFrontsWordsIsAlwaysUnticked(@ForAll("words") String heading, @ForAll("words") String term) {
        Quality q = judged(CardKind.DEFINITION, "*" + heading + "*\n\nWhat is **" + term + "**?", "the " + term + " of the " + heading);
        assertFalse(q.passed(), q.reasons().toString());
    }

    @Property(tries = 200)
    void anAnswerWithAWordTheFrontLacksIsNeverCalledARestatement(@ForAll("words") String term, @ForAll("words") String own) {
        net.jqwik.api.Assume.that(!term.equals(own + "q"));
        String answer = "the " + term + " " + own + "q";
        Quality q = judged(CardKind.DEFINITION, "What is **" + term + "**?", answer);
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Test
    void anAnswerSpellingOutTheFrontsIdentifierIsUnticked() {
        restated(CardKind.BASIC, "*Kettle drivers*\n\n`boil.kpx.acme.org`: which maker?", "Acme KPX");
        restated(CardKind.DEFINITION, "*Kettle events*\n\nWhat is **PourWater**?", "pours the water");
        restated(CardKind.TABLE_FACT, "*Kettle plugins*\n\nPlugin: `acme.io/steam-valve` — meaning?", "the Acme steam valve");
        restated(CardKind.BASIC, "What are `spout_guard/*` under trays?", "spout guards");
    }

    @Test
    void anAnswerWithAWordBeyondTheIdentifiersPartsIsKept() {
        Quality q = judged(CardKind.BASIC, "*Kettle drivers*\n\n`boil.kpx.acme.org`: which maker?", "Acme's ceramic heater line");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
        Quality e = judged(CardKind.DEFINITION, "What is **PourWater**?", "fired once the spout valve opens");
        assertFalse(e.reasonText().contains("only restates"), e.reasons().toString());
    }

    @Test
    void aLongAnswerIsNotComparedWithTheIdentifiersParts() {
        Quality q = judged(CardKind.DEFINITION, "What is **PourWater**?",
                "pour water pour water pour water pour water pour water pour water pour");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Property(tries = 200)
    void anAnswerOfAnIdentifiersPartsIsFlagged(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll("words") String c, @ForAll("separators") String sep, @ForAll boolean camel) {
        String id = camel ? capital(a) + capital(b) + capital(c) : a + sep + b + sep + c;
        Quality q = judged(CardKind.BASIC, "`" + id + "`: which one?", capital(c) + " " + a);
        assertTrue(q.reasonText().contains("only restates") || q.reasonText().contains("already in the question"),
                id + " -> " + q.reasons());
    }

    @Property(tries = 200)
    void anAnswerWithAPartTheFrontLacksIsNotFlagged(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll("words") String own, @ForAll("separators") String sep, @ForAll boolean camel) {
        String extra = own + "q";
        net.jqwik.api.Assume.that(!a.startsWith(extra) && !b.startsWith(extra));
        String id = camel ? capital(a) + capital(b) : a + sep + b;
        Quality q = judged(CardKind.BASIC, "`" + id + "`: which one?", a + " " + extra);
        assertFalse(q.reasonText().contains("only restates"), id + " -> " + q.reasons());
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(".", "/", "-", "_");
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
