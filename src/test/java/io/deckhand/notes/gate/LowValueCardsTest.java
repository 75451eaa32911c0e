package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples of cards not worth learning, on an invented subject (a bakery's oven scheduler): a
 * table cell without its row or that only grades, a fact about who made the subject, when or how
 * popular it is, and the notes' own file names. Their neighbours that state facts keep their tick.
 */
class LowValueCardsTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void unticked(Quality q, String saying) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains(saying), q.reasons().toString());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertEquals(List.of(), q.reasons());
    }

    @Test
    void aGradedTableCellIsAMarkNotAFact() {
        unticked(judged(CardKind.TABLE_FACT, "**Ovenctl** — Batch baking?", "\u2705 Yes"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "Scheduler: **Crumb** — Speed?", "Very high"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "**Crumb** — Cron triggers?", "Not supported"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "**Crumb** — Multi-oven?", "*Partial*"), "graded cell");
    }

    @Test
    void aTableCellThatStatesSomethingKeepsItsTick() {
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Scope?", "per bakery"));
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Default port?", "8470"));
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Batch baking?", "Yes, with `--batch`"));
        kept(judged(CardKind.TABLE_FACT, "Exit status: **137** — Meaning?", "killed for using too much memory"));
    }

    @Test
    void aTableCardMustNameItsRow() {
        unticked(judged(CardKind.TABLE_FACT, "**3** — Command?", "`ovenctl drain`"), "named only by its place");
        unticked(judged(CardKind.TABLE_FACT, "**Step 2** — Command?", "`ovenctl drain`"), "named only by its place");
        unticked(judged(CardKind.TABLE_FACT, "#: **4** — Command?", "`ovenctl drain`"), "named only by its place");
    }

    @Test
    void historyVendorAndPopularityAreNotTheSubject() {
        unticked(judged(CardKind.BASIC, "Who originally developed **Crumb**?", "The Flour Guild"), "where its subject comes from");
        unticked(judged(CardKind.BASIC, "When was Crumb first released?", "In 2016"), "where its subject comes from");
        unticked(judged(CardKind.BASIC, "Which companies use Crumb?", "Large bakery chains"), "where its subject comes from");
        unticked(judged(CardKind.DEFINITION, "What is **Crumb's origin**?", "Originally developed by the Flour Guild in 2016."),
                "where its subject comes from");
        unticked(judged(CardKind.BASIC, "Why choose Crumb?", "It is widely adopted across the industry."), "how popular");
        unticked(judged(CardKind.BASIC, "What backs the Crumb project?", "It has a large and active community."), "how popular");
    }

    @Test
    void whatTheSubjectDoesKeepsItsTickEvenNearHistoryWords() {
        kept(judged(CardKind.DEFINITION, "What is **Crumb**?", "A scheduler that assigns dough batches to ovens by free capacity."));
        kept(judged(CardKind.BASIC, "Who restarts a failed bake?", "The oven supervisor restarts it after the cool-down delay."));
        kept(judged(CardKind.COMMAND, "How do you show the release history of a bake plan?", "`ovenctl plan history loaves`"));
        kept(judged(CardKind.BASIC, "When is a batch released to the ovens?",
                "When every tray of the batch has proofed for its rise time."));
    }

    @Test
    void theNotesOwnFilesAreNoAnswer() {
        unticked(judged(CardKind.LIST, "What are the rules of **Proofing**?", "- See README.md for the details\n- Proof for 40 minutes"),
                "README.md");
        unticked(judged(CardKind.BASIC, "Where are the oven settings described?", "In `setup/02-ovens.md`"), "02-ovens.md");
        // A link renders as its text: the linked note's name is the subject's, not a file.
        kept(judged(CardKind.DEFINITION, "What does **Proofer** do?", "Warms the dough before it goes into an [Oven](Oven.md)."));
        kept(judged(CardKind.COMMAND, "How do you read the oven's config?", "`cat /etc/bakery/oven.yaml`"));
    }

    private static Quality under(String heading, String front, String back) {
        return GATE.judge(new CardDraft(CardKind.DEFINITION, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of("Crumb", heading))));
    }

    @Test
    void aSectionAboutTheSubjectsHistoryOrCommunityIsNotTheSubject() {
        unticked(under("History of Crumb", "What is **Crumb 1.0**?", "The first scheduler, for one oven only."), "history");
        unticked(under("Project status", "What is **Proving**?", "The second stage: wider use, active work."), "Project status");
        unticked(under("2. Community", "What is **Bakers' Circle**?", "The group that reviews new oven drivers."), "Community");
        // A section that records the subject's own history of changes is about the subject.
        kept(under("Bake history", "What is **a bake record**?", "The oven's log entry for one finished batch."));
        kept(under("Scheduling", "What is **Crumb**?", "A scheduler that assigns dough batches to ovens by free capacity."));
    }

    @Test
    void aDesktopShellCommandAskedAboutIsPersonalSetup() {
        unticked(judged(CardKind.COMMAND, "What does `ovenctl get ovens | Select-String -Pattern 'hot'` do?", "Lists the hot ovens."),
                "Select-String");
        kept(judged(CardKind.COMMAND, "What does `ovenctl get ovens | grep hot` do?", "Lists the hot ovens."));
    }
}
