package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's first pass reads each note once for both tables and must learn what each table learns alone. */
class NotesSurveyTest {
    @TempDir
    Path dir;

    @Test
    void oneReadOfEachNoteGivesTheSharedHeadingsAndHowTheWordsAreWritten() throws IOException {
        for (String n : List.of("gadget", "sprocket", "lever")) {
            Files.writeString(dir.resolve(n + ".md"), "# " + n + "\n\n## Sample Layout\n\nThe " + n + " sits in the Proofer.\n");
        }
        Files.writeString(dir.resolve("other.md"), "## Sample Layout once\n\nA proofer warms dough.\n");
        // Headings of a plain-text note are not Markdown headings, but its sentences count for the words.
        Files.writeString(dir.resolve("plain.txt"), "## Sample Layout\n\nThe timer rings; a Timer is a clock.\n");
        List<NoteFile> notes = NotesReader.find(List.of(dir), new ArrayList<>());

        NotesSurvey survey = notes.parallelStream().collect(NotesSurvey.reading());

        assertEquals(java.util.Set.of("sample layout"), survey.repeatedHeadings());
        assertTrue(survey.words().treatsAsName("Proofer"), "capitalised mid-sentence in three notes");
        assertTrue(survey.words().treatsAsName("Timer"), "said to be something in the text note");
        assertFalse(survey.words().treatsAsName("Sits"), "only ever written in lower case");
    }

    @Test
    void aNoteThatCannotBeReadAsTextAddsNothing() throws IOException {
        Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        NotesSurvey survey = NotesSurvey.of(NotesReader.find(List.of(dir), new ArrayList<>()));
        assertEquals(java.util.Set.of(), survey.repeatedHeadings());
        assertTrue(survey.words().treatsAsName("Kettle"));
    }

    private static final List<String> LINES = List.of("# Kettles", "## Sample Layout", "## Setup", "### 2. Setup:",
            "A kettle is a vessel that boils water.", "Fill the Kettle before noon.", "Use the `kettle` command.",
            "- **Kettle**: boils water", "```", "kettle: 3", "The Proofer rests the dough.", "Proofers are warm.",
            "Check the proofer daily.", "1. Fix: mend the seal", "Apply the fix to the Seal.", "~~~", "| Seal | Fix |");

    /** However the notes are split among threads, the survey learns what the two tables learn on their own. */
    @Property(tries = 40)
    void theSurveyLearnsWhatBothTablesLearnAlone(
            @ForAll @Size(min = 1, max = 8) List<@Size(min = 1, max = 10) List<@IntRange(min = 0, max = 16) Integer>> notes,
            @ForAll @IntRange(min = 1, max = 8) int split) throws IOException {
        Path root = Files.createTempDirectory("survey");
        try {
            for (int i = 0; i < notes.size(); i++) {
                StringBuilder text = new StringBuilder();
                for (int line : notes.get(i)) text.append(LINES.get(line)).append('\n');
                Files.writeString(root.resolve("note" + i + (i % 3 == 2 ? ".txt" : ".md")), text);
            }
            List<NoteFile> found = NotesReader.find(List.of(root), new ArrayList<>());
            NotesSurvey survey = new NotesSurvey();
            for (int from = 0; from < found.size(); from += split) {
                survey.addAll(found.subList(from, Math.min(found.size(), from + split)).parallelStream()
                        .collect(NotesSurvey.reading()));
            }

            assertEquals(RepeatedHeadings.across(found), survey.repeatedHeadings());
            FolderWords alone = FolderWords.across(found);
            for (String word : List.of("Kettle", "Kettles", "Proofer", "Fix", "Seal", "Setup", "Water", "Sample")) {
                assertEquals(alone.treatsAsName(word), survey.words().treatsAsName(word), word);
            }
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
