package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.notes.NoteParser;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Spec examples per failure class, as small notes on everyday subjects (not the seed's wording). */
class QualityGateTest {
    private static final NoteParser PARSER = new NoteParser();
    private static final QualityGate GATE = QualityGate.standard();

    /** The one card an explicit {@code front::back} line makes, with the gate's verdict. */
    private static CardDraft card(String front, String back) {
        List<CardDraft> cards = PARSER.parse("notes/garden.md", "# Garden\n\n" + front + "::" + back + "\n").drafts();
        assertEquals(1, cards.size(), cards.toString());
        return cards.get(0);
    }

    private static CardDraft draft(String front, String back, String... headings) {
        return new CardDraft(CardKind.BASIC, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of(headings)));
    }

    private static CardDraft draftJudged(String front, String back) {
        return GATE.judge(List.of(draft(front, back))).get(0);
    }

    private static void rejected(CardDraft c, String because) {
        Quality q = c.quality();
        assertFalse(q.passed(), () -> "expected below the gate: " + c);
        assertTrue(q.reasonText().contains(because), () -> "reason '" + because + "' missing in " + q.reasons());
        assertTrue(q.score() < GATE.threshold());
    }

    private static void kept(CardDraft c) {
        assertTrue(c.quality().passed(), () -> "expected to pass: " + c + " " + c.quality().reasons());
        assertEquals(List.of(), c.quality().reasons());
        assertEquals(1.0, c.quality().score());
    }

    @Nested
    class LayoutReferences {
        @Test
        void countsAndPlacesInTheNotesCannotBeAnsweredWithoutThem() {
            rejected(card("What are the 4 points noted under Watering?", "Morning, deep, at the roots, less in winter."), "layout");
            rejected(card("Tools for pruning — list all 3.", "Secateurs, loppers and a saw."), "list all 3");
            rejected(card("Why mulch? (2/3)", "It keeps the soil moist."), "(2/3)");
            rejected(card("Which tools are mentioned above?", "A spade and a fork."), "layout");
            rejected(card("How is a raised bed built, as follows", "Frame, liner, soil."), "as follows");
            rejected(card("What does the next section cover?", "Pests and diseases of roses."), "layout");
            rejected(card("A good compost heap is — list both.", "Moist and turned often."), "list both");
            // The notes' own numbered steps, however many are named: "for steps 2 and 3", "in steps 4-5".
            rejected(card("What will the main additions for steps 2 and 3 be?", "A second bed and a water butt."), "layout");
            rejected(card("Which tools are needed in steps 4-5?", "A rake and a hoe."), "layout");
        }

        @Test
        void theSameWordsAboutTheSubjectAreFine() {
            kept(card("What happens to tomatoes when nights drop below 10 degrees C?", "They stop setting fruit."));
            kept(card("What are the 4 seasons of pruning apple trees?", "Winter shaping, spring thinning, summer cutting, autumn clearing."));
        }
    }

    @Nested
    class DanglingLeadIns {
        @Test
        void aSideThatAnnouncesWhatFollowsWithNothingAfterIt() {
            rejected(card("How is compost started?", "Layer green and brown waste like this:"), "lead-in");
            rejected(card("How is a seed tray filled?", "Here's a template"), "lead-in");
            rejected(card("What does lime do to soil?", "It raises the pH. This means"), "lead-in");
            rejected(GATE.judge(List.of(draft("Steps to sow carrots:", "Sow thinly in drills."))).get(0),
                    "question ends with a lead-in");
        }

        @Test
        void strayStopsAndDashesAfterALeadInDoNotHideIt() {
            rejected(draftJudged("What can a hedge do?", "Hedges can:."), "lead-in");
            rejected(draftJudged("How is a pond lined?", "Lay a liner with the following layers: -."), "lead-in");
            rejected(draftJudged("What goes in a potting mix?", "Mix these parts: \u2014"), "lead-in");
        }

        @Test
        void anAnswerThatOnlyAnnouncesWhatFollowsIsRejected() {
            rejected(draftJudged("How do you graft an apple?", "The following example shows a whip graft."), "lead-in");
            rejected(draftJudged("What if the seeds rot?", "You will see following mould"), "lead-in");
            rejected(draftJudged("Where are the bulbs planted?", "Plant them as shown below."), "lead-in");
        }

        @Test
        void anAnswerThatEndsInAnEmptyListItemIsRejected() {
            rejected(draftJudged("Which herbs like shade?", "Mint and parsley\n-"), "lead-in");
            rejected(draftJudged("Which herbs like sun?", "Basil\n2."), "lead-in");
            rejected(draftJudged("Which herbs like damp?", "-"), "one-symbol");
        }

        @Test
        void followingAsAPrepositionAndSentenceStopsAreFine() {
            kept(draftJudged("When are roses pruned?", "In late winter, following the last hard frost."));
            kept(draftJudged("What is a drill?", "A shallow furrow for seeds."));
            kept(draftJudged("How do you count frost dates?", "Count weeks back from the last frost - usually mid-May."));
            kept(draftJudged("Which herbs like sun?", "Basil, thyme:\n- rosemary\n- sage"));
        }

        @Test
        void aLeadInFollowedByWhatItAnnouncedIsFine() {
            kept(GATE.judge(List.of(draft("How is a seed tray filled?", "Here's a template:\n\n```\nfill, firm, water\n```")))
                    .get(0));
            kept(card("Why is clay soil heavy?", "Its particles are tiny: they pack tight and hold water."));
        }
    }

    @Nested
    class BrokenMarkup {
        @Test
        void unclosedEmphasisCodeLinksAndFences() {
            rejected(card("What is **humus?", "Decayed organic matter."), "unclosed **");
            rejected(card("Which command lists files?", "`ls -la"), "`");
            rejected(card("Where is the guide?", "In the [growing guide](https://example.org/guide"), "link");
            rejected(card("What is _loam?", "A mix of sand, silt and clay."), "unclosed _");
            rejected(GATE.judge(List.of(draft("Which file sets the beds?", "```yaml\nbeds: 4\n"))).get(0), "code block");
            rejected(card("What holds the trellis?", "Posts] and wire."), "]");
        }

        @Test
        void markupThatLooksOddButIsClosed() {
            kept(card("What does `soil_ph_target` hold?", "The wanted **acidity** of a bed, as in `soil_ph_target=6.5`."));
            kept(card("In what order is a bed dug?", "1) remove turf 2) loosen subsoil 3) add compost"));
            kept(card("When is the second cut (cut 2) made?", "In late June, a month after the first."));
            kept(card("What is a hoe for?", "Cutting weeds (at the surface) and _loosening_ soil."));
        }
    }

    @Nested
    class Blobs {
        @Test
        void base64AndLongHashesAreNothingToLearn() {
            rejected(card("What is in the key file?", "c2VlZHMgYW5kIHNvaWwgYW5kIHdhdGVyIGFuZCBzdW4gYW5kIHRpbWUK"), "blob");
            rejected(card("Which commit added the bed plan?", "3f786850e387550fdab836ed7e6dc881de23001b"), "hash");
        }

        @Test
        void aHashInACommandsPrintedOutputIsIncidental() {
            kept(GATE.judge(List.of(draft("How is a container created without starting it?",
                    "```bash\npodman create busybox\n```\n```\n51b613406e8889213c176523e1c430e4bd00047965b0c22cff5b1c9badfbc452\n```")))
                    .get(0));
        }

        @Test
        void longWordsAndPathsAreNotBlobs() {
            kept(card("Where is the sowing calendar?", "In /home/gardener/data/vegetables/sowing-calendar-for-the-north.csv"));
        }
    }

    @Nested
    class MetaContent {
        @Test
        void contentsBadgesChecklistsProgressAndLinks() {
            rejected(GATE.judge(List.of(draft("What is in the guide?", "- [Soil](#soil)\n- [Water](#water)\n- [Pests](#pests)"))).get(0),
                    "table of contents");
            rejected(GATE.judge(List.of(draft("Status of the guide?", "[![build](https://img.example/b.svg)](https://ci.example)"))).get(0),
                    "badges");
            rejected(GATE.judge(List.of(draft("What is left to plant?", "- [x] Beans\n- [ ] Peas"))).get(0), "checklist");
            rejected(card("Which chapters are done?", "Soil ✅ Water ✅ Pests ❌"), "progress marks");
            rejected(GATE.judge(List.of(draft("Where to read more?", "- [RHS](https://rhs.example)\n- [Kew](https://kew.example)")))
                    .get(0), "list of links");
            rejected(GATE.judge(List.of(draft("What is lesson 3?", "Crop rotation over four beds.", "Garden course", "Table of Contents")))
                    .get(0), "Table of Contents");
        }

        @Test
        void courseObjectivesAndTheAuthorAreAboutTheCourseNotTheSubject() {
            rejected(GATE.judge(List.of(draft("What will you be able to do?", "Plan a four-bed rotation.", "Garden course",
                    "Learning Objectives"))).get(0), "Learning Objectives");
            rejected(GATE.judge(List.of(draft("Who wrote the guide?", "A gardener of forty years.", "About the author")))
                    .get(0), "About the author");
            kept(GATE.judge(List.of(draft("When are beans sown?", "After the last frost.", "Garden course", "Beans"))).get(0));
        }

        @Test
        void aFactWithALinkInItIsKnowledge() {
            kept(GATE.judge(List.of(draft("Who breeds new roses?", "Rose breeders such as [David Austin](https://da.example) cross varieties for scent.")))
                    .get(0));
        }
    }

    @Nested
    class LowValue {
        @Test
        void theAnswerAlreadyInTheQuestion() {
            rejected(card("What does `git status` show?", "git status"), "already in the question");
        }

        @Test
        void yesNoAndOneSymbolAnswers() {
            rejected(card("Do roses need sun?", "Yes"), "yes/no");
            rejected(card("Basil — frost hardy?", "no."), "yes/no");
            rejected(card("Mint spreads by runners?", "✅"), "one-symbol");
        }

        @Test
        void aWallOfText() {
            rejected(card("How is a garden planned?", "Measure the plot. Note the sun. Test the soil. Pick the crops. "
                    + "Draw the beds. Plan the paths. Order the seeds. Mark the dates."), "long answer");
        }

        @Test
        void aQuestionThatIsOnlyALabel() {
            rejected(GATE.judge(List.of(draft("*Exercises › Sow a row of radishes*\n\nShow", "Draw a drill, sow, cover, water.")))
                    .get(0), "only a label");
        }

        @Test
        void aQuestionThatDoesNotSayWhatToRecall() {
            // Judged as a draft: in a note, the list lines after "::" would make cards of their own.
            CardDraft compost = draft("What are the key facts about **Compost**?", "- Turn it monthly\n- Keep it moist\n- Mix greens and browns");
            rejected(compost.withQuality(GATE.judge(compost)), "does not say what to recall");
            rejected(card("What do you know about mulch?", "It keeps the soil moist."), "does not say what to recall");
            kept(card("What are the three layers of a compost heap?", "Browns, greens and soil."));
        }

        @Test
        void aSectionNameAskedAsATerm() {
            rejected(card("What is **Example**?", "Tomatoes sown in March fruit in July."), "section name");
            rejected(card("What is How it works?", "Roots take up water."), "section name");
            kept(card("What is **Humus**?", "Dark organic matter made as leaves and roots decay."));
            kept(card("What is a `ConfigMap`?", "An object that holds settings as key-value pairs."));
            kept(card("What is an Overview-Plot?", "The one-page drawing of the whole garden with beds to scale."));
        }
    }

    @Nested
    class NearDuplicates {
        @Test
        void theLaterOfTwoCardsSayingTheSameLosesPoints() {
            List<CardDraft> cards = PARSER.parse("notes/garden.md", """
                    # Garden
                    When are garlic cloves planted outside?::In autumn, pointed end up, two inches deep.

                    When are the garlic cloves planted outside?::In autumn, pointed end up, two inches deep!

                    When are onion sets planted?::In spring, tips just showing.
                    """).drafts();
            kept(cards.get(0));
            rejected(cards.get(1), "Nearly the same");
            kept(cards.get(2));
        }

        @Test
        void aReversePairIsNamedAsSuch() {
            List<CardDraft> cards = GATE.judge(List.of(
                    draft("What does a soil thermometer measure?", "The temperature of the soil at root depth."),
                    draft("Which tool measures the temperature of the soil at root depth?", "A soil thermometer.")));
            kept(cards.get(0));
            rejected(cards.get(1), "other way round");
        }
    }

    @Test
    void bothSidesOfAReversedCardAndTheDeletionsOfOneClozeAreWhatTheUserAskedFor() {
        List<CardDraft> cards = PARSER.parse("notes/garden.md", """
                # Garden
                Companion planting:::Growing plants together that help each other.

                Marigolds keep ==aphids== away from ==tomatoes== when planted close by.
                """).drafts();
        assertTrue(cards.size() >= 4, cards.toString());
        for (CardDraft c : cards) kept(c);
    }

    @Test
    void scoresMultiplyAndStayBetweenZeroAndOne() {
        CardDraft c = card("What is **Example? (1/2)", "Yes");
        assertTrue(c.quality().reasons().size() >= 3, c.quality().reasons().toString());
        assertTrue(c.quality().score() >= 0 && c.quality().score() < 0.1, String.valueOf(c.quality().score()));
    }
}
