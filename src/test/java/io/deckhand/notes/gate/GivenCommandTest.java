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

/** Spec examples: a task answered by one command that only says the front's verb and arguments adds nothing. */
class GivenCommandTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.COMMAND, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void theBreadcrumbAndASwitchThatIsTheFactGiveNothingAway() {
        // The command's verb only in the breadcrumb: the question asks for it.
        assertFalse(judged("*brew › steep*\n\nHow do you soak leaves `green`?", "`brew steep green`").reasonText().contains("only restates"));
        // A selector switch is what the card teaches, even when the front gives its value.
        assertFalse(judged("Get cups with label tea=green.", "`brew get cups -l tea=green`").reasonText().contains("only restates"));
    }

    @Test
    void aCommandOfTheFrontsVerbAndArgumentsIsUnticked() {
        Quality q = judged("*Kettle setup*\n\nApply `cups.yaml`.", "`brew apply -f cups.yaml`");
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("only restates"), q.reasons().toString());
        Quality d = judged("Delete the teapot `green-leaf`.", "```\nbrew delete teapot green-leaf\n```");
        assertTrue(d.reasonText().contains("only restates"), d.reasons().toString());
        Quality t = judged("*Brew commands*\n\nAction: **Steep leaves** — Command?", "`brew steep leaves`");
        assertTrue(t.reasonText().contains("only restates"), t.reasons().toString());
    }

    @Test
    void aValueOptionOrStepTheFrontLacksIsKept() {
        // A value the front does not give.
        assertFalse(judged("Apply `cups.yaml`.", "`brew apply -f cups.yaml -n kitchen`").reasonText().contains("only restates"));
        // A long option is form to learn.
        assertFalse(judged("Apply `cups.yaml`.", "`brew apply --server-side -f cups.yaml`").reasonText().contains("only restates"));
        // The verb is not the front's.
        assertFalse(judged("Put `cups.yaml` in place.", "`brew apply -f cups.yaml`").reasonText().contains("only restates"));
        // The sub-commands' order is the form to learn ("repo add", "logs" for "get logs").
        assertFalse(judged("Add the `oolong` repo to brew.", "`brew repo add oolong`").reasonText().contains("only restates"));
        assertFalse(judged("Get the teapot's logs.", "`brew logs teapot`").reasonText().contains("only restates"));
        // Two steps.
        assertFalse(judged("Apply `cups.yaml`.", "`brew apply -f cups.yaml && brew get cups`").reasonText().contains("only restates"));
    }

    @Property(tries = 200)
    void onlyAnArgumentMissingFromTheFrontSavesTheCard(@ForAll("words") String verb, @ForAll("words") String file,
            @ForAll("words") String other, @ForAll boolean withOther) {
        net.jqwik.api.Assume.that(!other.equals(file) && !other.equals(verb));
        String back = "`tool " + verb + " -f " + file + ".yaml" + (withOther ? " " + other + "q" : "") + "`";
        Quality q = judged(capital(verb) + " `" + file + ".yaml`.", back);
        boolean flagged = q.reasonText().contains("verb and every argument");
        assertTrue(flagged != withOther, back + " -> " + q.reasons());
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9);
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
