package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A section whose heading is an action over the commands that do it is asked "How do you ...?". */
class HowToSectionsTest {

    private static List<String> howTo(List<CardDraft> cards) {
        return cards.stream().filter(c -> c.front().contains("How do you")).map(CardDraft::front).toList();
    }

    private static String question(String front) {
        return front.substring(front.lastIndexOf("\n\n") + 1).strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void aGerundHeadingOverCommandsIsAskedAsAnInstruction() {
        List<CardDraft> cards = NoteCards.md("# Greenhouse\n\n## Draining the rain barrel\n\n```bash\n"
                + "barrelctl close-inlet barrel-2\nbarrelctl open-tap barrel-2 --all\n```\n\n## Seeds\n\nSeeds keep for years in the dark.\n");
        List<String> asked = howTo(cards);
        assertEquals(1, asked.size(), cards.toString());
        String q = question(asked.get(0));
        assertTrue(q.contains("drain the rain barrel"), q);
        CardDraft card = NoteCards.one(cards, CardKind.COMMAND, "How do you");
        assertTrue(card.back().contains("barrelctl close-inlet barrel-2") && card.back().contains("barrelctl open-tap"), card.back());
    }

    @Test
    void aTopLevelActionCarriesTheNotesTitle() {
        // No heading above "Check the installed version": the note's file name says what it is about.
        List<CardDraft> cards = new NoteParser().parse("trayctl.md",
                "## Check the installed version\n\n```bash\ntrayctl version --short\n```\n").drafts();
        CardDraft card = NoteCards.one(cards, CardKind.COMMAND, "How do you");
        assertTrue(card.front().toLowerCase(Locale.ROOT).contains("trayctl"), card.front());
    }

    @Test
    void anObjectTheHeadingLeavesOutIsTheSectionsSubject() {
        List<CardDraft> cards = NoteCards.md("# Seed trays\n\nA seed tray holds soil for seedlings.\n\n"
                + "## Create one from a sack\n\n```bash\ntrayctl create --from sack-4\n```\n");
        String q = question(NoteCards.one(cards, CardKind.COMMAND, "How do you").front());
        assertTrue(q.contains("create a seed tray from a sack"), q);
    }

    @Test
    void aHeadingThatNamesAThingIsNoAction() {
        // "Rolling" describes the updates, "command" names a part of the note: neither is something to do.
        List<CardDraft> cards = NoteCards.md("# Orchard\n\n## Rolling pruning\n\n```bash\nprunectl status\n```\n\n"
                + "## Watering command\n\n```bash\nwaterctl run --beds all\n```\n\n## Moving the pear trees\n\n```bash\nprunectl move pear\n```\n");
        List<String> asked = howTo(cards);
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(question(asked.get(0)).contains("move the pear trees"), asked.toString());
    }

    @Test
    void aSectionThatGoesOnWithAFurtherStepIsNoHowTo() {
        // The commands under the heading are only the first step: they do not answer it alone.
        String goesOn = "# Hives\n\n## Moving a hive\n\n```bash\nhivectl seal hive-3\n```\n\nThen load it on the cart:\n\n"
                + "```bash\nhivectl load hive-3 --cart east\n```\n";
        assertTrue(howTo(NoteCards.md(goesOn)).isEmpty(), howTo(NoteCards.md(goesOn)).toString());
        // A check after the commands is no further step.
        String checked = "# Hives\n\n## Moving a hive\n\n```bash\nhivectl seal hive-3\nhivectl load hive-3 --cart east\n```\n\n"
                + "Verify it is sealed:\n\n```bash\nhivectl status hive-3\n```\n";
        assertEquals(1, howTo(NoteCards.md(checked)).size(), NoteCards.md(checked).toString());
    }

    @Test
    void commandsWhoseCommentSaysAllTheHeadingSaysKeepTheirCommandCard() {
        String same = "# Beds\n\n## Clean the herb bed\n\n```bash\n# clean the herb bed\nbedctl weed herb\n```\n";
        assertTrue(howTo(NoteCards.md(same)).isEmpty(), NoteCards.md(same).toString());
        // The heading says what the comment leaves out: the how-to is the one card.
        String more = "# Beds\n\n## Clean the herb bed\n\n```bash\n# pull the weeds\nbedctl weed herb\n```\n";
        List<CardDraft> cards = NoteCards.md(more);
        assertEquals(1, howTo(cards).size(), cards.toString());
        assertEquals(1, cards.stream().filter(c -> c.kind() == CardKind.COMMAND).count(), cards.toString());
    }

    @Test
    void gerundsTakeTheirBaseForm() {
        assertEquals("drain", ActionHeading.baseOfGerund("Draining"));
        assertEquals("configure", ActionHeading.baseOfGerund("configuring"));
        assertEquals("run", ActionHeading.baseOfGerund("running"));
        assertNull(ActionHeading.baseOfGerund("morning"));
        assertEquals("download and install the config", ActionHeading.instruction("Downloading and installing the config", null));
        assertNull(ActionHeading.instruction("Drain and cordon workflow", null));
        assertNull(ActionHeading.instruction("Getting started", null));
        // The section's thing keeps the capitals of its name; a name takes no article.
        assertEquals("create a ConfigMap from a file", ActionHeading.instruction("Create one from a file", "ConfigMap"));
        assertEquals("restore etcd from a snapshot", ActionHeading.instruction("Restoring from a snapshot", "etcd"));
        assertEquals("recover from a failure", ActionHeading.instruction("Recovering from a failure", "Deployments"));
    }

    @Property(tries = 300)
    void anActionHeadingOpensWithTheVerbsBaseForm(@ForAll("actionHeadings") String[] heading) {
        String instruction = ActionHeading.instruction(heading[0], null);
        assertTrue(instruction != null && instruction.startsWith(heading[1] + " "), heading[0] + " → " + instruction);
        assertFalse(instruction.split(" ")[0].endsWith("ing") && !heading[1].endsWith("ing"), instruction);
    }

    @Property(tries = 500)
    void anyHeadingIsReadWithoutFailing(@ForAll String heading, @ForAll String subject) {
        String instruction = ActionHeading.instruction(heading, subject);
        if (instruction != null) assertFalse(instruction.isBlank());
    }

    @Provide
    Arbitrary<String[]> actionHeadings() {
        Arbitrary<String[]> verb = Arbitraries.of(new String[] {"Draining", "drain"}, new String[] {"Creating", "create"},
                new String[] {"Running", "run"}, new String[] {"Configuring", "configure"}, new String[] {"Install", "install"},
                new String[] {"Setting", "set"}, new String[] {"Scale", "scale"});
        Arbitrary<String> determiner = Arbitraries.of("a", "the", "your", "every");
        Arbitrary<String> noun = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9);
        return Combinators.combine(verb, determiner, noun)
                .as((v, d, n) -> new String[] {v[0] + " " + d + " " + n, v[1]});
    }
}
