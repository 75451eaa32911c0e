package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: the subject of a question is what the section is about: the note's title when its file
 * name gives one, never a section name a template repeats, and a label that is an ordinary word is
 * asked as a part of its topic.
 */
class NoteSubjectsTest {
    private static final NoteParser PARSER = new NoteParser();

    private static List<CardDraft> cards(String path, String text) {
        return PARSER.parse(path, text).drafts();
    }

    @Test
    void aFileNameIsTheTitleOfANoteWithoutOne() {
        assertEquals("Widget Pools", NoteTitle.of("vault/Widget Pools.md"));
        assertEquals("rolling restarts", NoteTitle.of("ops/rolling_restarts.md"));
        assertEquals("", NoteTitle.of("README.md"));
        assertEquals("", NoteTitle.of("seeds/000_fbef41c2359febe4.txt"));
        assertEquals("", NoteTitle.of("course/b.second_chapter.md"));
        assertEquals("", NoteTitle.of("notes.md"));
        assertEquals("", NoteTitle.of("widget-notes.txt".replace('-', '_')));
        assertEquals("", NoteTitle.of("Widget Cheatsheet.md"));
    }

    @Test
    void theLeadParagraphOfATitledNoteDefinesTheTitle() {
        List<CardDraft> cs = cards("Widget Pools.md", "These are groups of identical widgets that share one queue.\n\n"
                + "## Sizing\n\nPools grow one widget at a time.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "What are **Widget Pools**?");
        assertTrue(c.back().startsWith("Groups of identical widgets"), c.back());
    }

    @Test
    void aLeadSentenceThatNamesTheTitlesTermDefinesIt() {
        List<CardDraft> cs = cards("SpinLock.md", "In the workshop, `spinLock` is a catch that holds the wheel still. It clicks.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "**spinLock**");
        assertTrue(c.back().startsWith("A catch that holds the wheel still"), c.back());
        List<CardDraft> other = cards("SpinLock.md", "In the workshop, the bench is a table for work.\n");
        assertFalse(other.stream().anyMatch(d -> d.front().contains("**bench**") || d.front().contains("**SpinLock**")), other.toString());
    }

    @Test
    void aLeadParagraphAfterAHeadingIsNotTakenForTheTitle() {
        List<CardDraft> cs = cards("Widget Pools.md", "## History\n\nThese are older than the queue itself.\n");
        assertFalse(cs.stream().anyMatch(c -> c.front().contains("What are **Widget Pools**?")), cs.toString());
    }

    @Test
    void anOrdinaryWordLabelIsAskedAsAPartOfItsTopic() {
        List<CardDraft> cs = cards("Gadget.md", "## Parts and limits\n\n"
                + "- **Speed**: a gadget turns at most ten times a second.\n"
                + "- **Weight**: a gadget weighs less than a spoon.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "what is **Speed**?");
        // "Parts and limits" names the kind of the items: they are parts of the note's subject.
        assertTrue(c.front().contains("**Gadget**: what is **Speed**?"), c.front());
    }

    @Test
    void aNameKeepsItsOwnQuestion() {
        List<CardDraft> cs = cards("Gadget.md", "Gadgets are small tools.\n\n"
                + "- **SpinLock**: a gadget part that holds the wheel still.\n"
                + "- **Quiet Mode**: a gadget setting that stops the hum.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "**SpinLock**");
        assertTrue(c.front().contains("What is **SpinLock**?") && !c.front().contains("**Gadget**:"), c.front());
        assertFalse(one(cs, CardKind.DEFINITION, "**Quiet Mode**").front().contains("**Gadget**:"), cs.toString());
    }

    @Test
    void aTaskLabelOverACommandAsksHowTheTaskIsDone() {
        List<CardDraft> cs = cards("note.md", "## Bakery app\n\n### Deploy The Oven\nkubectl create deployment oven --image=bakery/oven:v2\n\n"
                + "- Install the till: helm install till bakery/till\n- Scale the till: kubectl scale deploy till --replicas 3\n");
        CardDraft oven = one(cs, CardKind.BASIC, "How do you deploy The Oven?");
        assertEquals("`kubectl create deployment oven --image=bakery/oven:v2`", oven.back());
        assertFalse(cs.stream().anyMatch(c -> c.front().contains("What is **Deploy The Oven**")), cs.toString());
        List<CardDraft> prose = cards("note.md", "## Kitchen\n\n- Label printer: a device that prints the price tags.\n"
                + "- Dough mixer: a machine that kneads dough.\n");
        assertFalse(prose.stream().anyMatch(c -> c.front().contains("How do you")), prose.toString());
    }

    @Test
    void labelsOfAFewWordsSplitAListIntoOneCardPerItem() {
        List<CardDraft> cs = cards("Kettle Types.md", "## Kinds of kettles\n\n"
                + "- Stovetop kettles: sit on a hob and whistle when the water boils.\n"
                + "- Electric kettles: heat the water with a coil and switch off by themselves.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "**Stovetop kettles**");
        assertTrue(c.back().startsWith("Sit on a hob"), c.back());
        one(cs, CardKind.DEFINITION, "**Electric kettles**");
    }

    @Test
    void aClaimUnderAHeadingThatNamesAKindOfPartsIsAboutTheTopicAboveIt() {
        List<CardDraft> cs = cards("note.md", "## Sourdough\n\n### Benefits of a starter\n\n"
                + "If the starter is fed twice a day, the bread rises without any yeast.\n");
        CardDraft c = one(cs, CardKind.BASIC, "what happens if the starter is fed twice a day?");
        assertTrue(c.front().contains("**Sourdough**:"), c.front());
    }

    @Test
    void aColonInsideTheBoldStillMakesALabel() {
        List<CardDraft> cs = cards("note.md", "## Seals\n\n- **Wax Seal:** closes a letter so that opening it shows.\n"
                + "- **Lead Seal:** closes a crate for the whole journey.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "**Wax Seal**");
        assertTrue(c.back().startsWith("Closes a letter"), c.back());
    }

    @Test
    void aPhraseWithAClauseOfItsOwnIsNoTerm() {
        List<CardDraft> cs = cards("note.md", "## Parts\n\nSmall parts that a gadget needs - mostly screws and springs.\n");
        assertFalse(cs.stream().anyMatch(c -> c.front().contains("**Small parts that a gadget needs**")), cs.toString());
    }

    @Test
    void aHeadingManyNotesShareIsASectionNameNotTheSubject(@TempDir Path dir) throws IOException {
        String[] names = {"Gadget", "Sprocket", "Lever"};
        for (String n : names) {
            Files.writeString(dir.resolve(n + ".md"), n + "s are parts of a machine.\n\n## Sample Layout\n\n"
                    + "- **limit**: a " + n.toLowerCase() + " holds at most ten items.\n- **floor**: it holds at least one item.\n");
        }
        Files.writeString(dir.resolve("Other.md"), "## Sample Layout once\n\nNothing here.\n");
        List<NoteFile> notes = NotesReader.find(List.of(dir), new java.util.ArrayList<>());
        Set<String> repeated = RepeatedHeadings.across(notes);
        assertEquals(Set.of("sample layout"), repeated);
        NoteParser parser = PARSER.withRepeatedHeadings(repeated);
        List<CardDraft> cs = parser.parse("Lever.md", Files.readString(dir.resolve("Lever.md"))).drafts();
        CardDraft c = one(cs, CardKind.DEFINITION, "what is **limit**?");
        assertTrue(c.front().contains("**Lever**: what is **limit**?"), c.front());
        // Without what the other notes show, the section name is the nearest topic.
        List<CardDraft> alone = PARSER.parse("Lever.md", Files.readString(dir.resolve("Lever.md"))).drafts();
        assertTrue(one(alone, CardKind.DEFINITION, "what is **limit**?").front().contains("**Sample Layout**"), alone.toString());
    }

    @Test
    void headingsInCodeFencesAreNotHeadings() {
        assertEquals(Set.of("real"), RepeatedHeadings.headings("# Real\n```sh\n# a comment\n```\n"));
        assertEquals("manifest file", RepeatedHeadings.normal("2. **Manifest File**:"));
    }

    @Test
    void aHeadingThatNumbersAPartOfTheDocumentIsNoSubject() {
        for (String h : List.of("Part 2", "Example 3A", "Question 4: Scale the bakery", "Q13 — Fix the oven",
                "Domain 3: Storage (10%)", "Chapter IV", "Mock Exam 2", "Lab 02 - Ovens", "2024-03-01")) {
            assertTrue(RepeatedHeadings.numbersAPart(h), h);
        }
        for (String h : List.of("K8s ovens", "IPv6", "Version 1.29 changes", "Top 10 recipes", "3. Ovens", "Widget Pools",
                "Ovens")) {
            assertFalse(RepeatedHeadings.numbersAPart(h), h);
        }
        List<CardDraft> cs = cards("Gadget.md", "## Exercise 4\n\n- **speed**: a gadget turns at most ten times a second.\n"
                + "- **weight**: a gadget weighs less than a spoon.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "what is **speed**?");
        assertTrue(c.front().contains("**Gadget**: what is **speed**?"), c.front());
    }

    @Test
    void aNoteWithItsOwnTitleHeadingHasNoSecondTitleInItsFileName() {
        String body = "# Bakery Drill: The Final Set Of Questions And Answers\n\n## Part 3: Ovens\n\n- **limit**: an oven bakes ten loaves an hour.\n"
                + "- **floor**: it bakes one loaf at least.\n";
        List<CardDraft> cs = cards("bakery-drill-final.md", body);
        // Neither the file name nor the numbered part is the subject.
        assertTrue(cs.stream().noneMatch(c -> c.front().contains("**bakery drill final**") || c.front().contains("**Part 3")), cs.toString());
        // Without a title heading the file name titles the note.
        List<CardDraft> named = cards("Oven Racks.md", "## Part 3\n\n- **limit**: an oven rack holds ten loaves.\n"
                + "- **floor**: a rack holds one loaf at least.\n");
        assertTrue(one(named, CardKind.DEFINITION, "what is **limit**?").front().contains("**Oven Racks**:"), named.toString());
    }

    @Test
    void aHeadingANoteRepeatsUnderEachPartIsASectionName() {
        StringBuilder note = new StringBuilder();
        for (String n : List.of("Oven", "Mixer", "Till")) {
            note.append("## ").append(n).append("\n\n### Daily rhythm\n\n- **limit**: the ").append(n.toLowerCase())
                    .append(" serves ten bakers a day.\n- **floor**: it serves one baker at least.\n\n");
        }
        List<CardDraft> cs = cards("note.md", note.toString());
        assertTrue(cs.stream().noneMatch(c -> c.front().contains("**Daily rhythm**")), cs.toString());
        CardDraft c = one(cs, CardKind.DEFINITION, "**Mixer**: what is **limit**?");
        assertTrue(c.back().contains("mixer"), c.back());
        // Once in a note it is a heading label its points never use as a name (HeadingTermsTest): the topic above it.
        List<CardDraft> once = cards("note.md", "## Oven\n\n### Daily rhythm\n\n- **limit**: the oven serves ten bakers.\n"
                + "- **floor**: it serves one baker at least.\n");
        assertTrue(one(once, CardKind.DEFINITION, "what is **limit**?").front().contains("**Oven**:"), once.toString());
        // A heading its points name stays their topic.
        List<CardDraft> named = cards("note.md", "## Oven\n\n### Daily rhythm\n\n- **limit**: the rhythm allows ten bakers.\n"
                + "- **floor**: it serves one baker at least.\n");
        assertTrue(one(named, CardKind.DEFINITION, "what is **limit**?").front().contains("**Daily rhythm**:"), named.toString());
    }

    @Test
    void aBoldLabelANoteOpensEveryPartWithIsATemplateLabelNotATerm() {
        StringBuilder note = new StringBuilder();
        for (String n : List.of("Oven", "Mixer", "Till")) {
            note.append("## ").append(n).append("\n\n**Problem:** the ").append(n.toLowerCase())
                    .append(" stopped working during the morning shift.\n\n");
        }
        note.append("**Proofer:** a warm cabinet where dough rises before baking.\n");
        List<CardDraft> cs = cards("note.md", note.toString());
        assertTrue(cs.stream().noneMatch(c -> c.front().contains("**Problem**")), cs.toString());
        one(cs, CardKind.DEFINITION, "**Proofer**");
    }

    @Property
    void aLabelAndASmallNumberNumberAPartWhateverTitleFollows(@ForAll("labels") String label,
                                                             @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 999) int n,
                                                             @ForAll("words") String title) {
        assertTrue(RepeatedHeadings.numbersAPart(label + " " + n), label + " " + n);
        assertTrue(RepeatedHeadings.numbersAPart(label + " " + n + ": " + title), label + " " + n + ": " + title);
    }

    @Property
    void wordsWithoutNumbersNumberNothing(@ForAll("lowerWords") String heading) {
        assertFalse(RepeatedHeadings.numbersAPart(heading), heading);
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFG").ofMinLength(2).ofMaxLength(15);
    }

    @Provide
    Arbitrary<String> lowerWords() {
        return Arbitraries.strings().withChars("abcdefgxyz -:.()").ofMinLength(1).ofMaxLength(40);
    }

    @Property
    void aTitleIsNeverAnIdOrEmptyOfLetters(@ForAll("fileNames") String name) {
        String t = NoteTitle.of("dir/" + name + ".md");
        if (t.isEmpty()) return;
        assertTrue(Character.isLetter(t.charAt(0)), t);
        for (String w : t.split(" ")) assertFalse(w.matches("\\d+"), t);
        assertFalse(t.contains("."), t);
    }

    @Property
    void qualifyingAQuestionKeepsItAndNamesTheSubjectOnce(@ForAll("words") String term, @ForAll("words") String subject) {
        String q = "What is **" + term + "**?";
        String out = Phrasing.within(q, term, subject);
        assertTrue(out.equals(q) || out.equals(Phrasing.named(subject) + ": what is **" + term + "**?"), out);
        assertEquals(q, Phrasing.within(q, term, ""));
        // Code stands alone as a name, unless it is a field ("`maxSurge`"), which means something only in its topic.
        if (!Phrasing.fieldOrValue(term)) assertEquals(q, Phrasing.within(q, "`" + term + "`", subject));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.strings().withChars("abcXYZ019_ .-").ofMinLength(1).ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefgxyzABC -").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank() && Character.isLetter(s.strip().charAt(0)));
    }
}
