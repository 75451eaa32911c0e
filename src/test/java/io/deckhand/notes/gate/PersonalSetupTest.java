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
 * Spec examples: a command that only works in the note-taker's own setting (shell utilities over
 * their own list files, a desktop shell's cmdlet) is unticked as personal setup; the subject's tools
 * and files keep their cards.
 */
class PersonalSetupTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.COMMAND, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void personal(Quality q, String saying) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains(saying), q.reasons().toString());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertEquals(List.of(), q.reasons());
    }

    @Test
    void shellPlumbingOverTheAuthorsOwnListsIsPersonal() {
        personal(judged("How do you find recipes in wanted-recipes.txt missing from pantry-recipes.txt?",
                "`while read r; do grep -cx $r pantry-recipes.txt; done < wanted-recipes.txt`"), "pantry-recipes.txt");
        personal(judged("How do you check the saved oven id?", "```bash\ncat /root/oven-id.txt\n```"), "Personal setup");
    }

    @Test
    void aDesktopShellCmdletIsTheAuthorsSetting() {
        personal(judged("How do you list the oven's enabled modes?", "`ovenctl --help | Select-String Modes`"), "Select-String");
    }

    @Test
    void theSubjectsToolsAndFilesAreKept() {
        kept(judged("How do you list the static recipe folder?", "`ls /etc/bakery/manifests`"));
        kept(judged("How do you count the ovens in the list file?", "`ovenctl get ovens -o name > ovens.txt`"));
        kept(judged("How do you read the oven's config?", "`cat /etc/bakery/oven.yaml`"));
    }
}
