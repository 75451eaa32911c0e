package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever a note holds, extraction returns (cards or a problem) and neither throws nor hangs. */
class NoteParserRobustnessTest {
    private static final NoteParser PARSER = new NoteParser();
    private static final NotesReader READER = new NotesReader(PARSER);

    private static void wellFormed(ExtractionResult r) {
        assertNotNull(r);
        for (CardDraft d : r.drafts()) {
            assertFalse(d.front().isBlank(), "empty front");
            assertFalse(d.back().isBlank(), "empty back");
        }
    }

    @Property(tries = 300)
    void anyTextAsMarkdown(@ForAll @StringLength(max = 400) String text) {
        wellFormed(PARSER.parse("n.md", text));
    }

    @Property(tries = 300)
    void anyTextAsPlainNote(@ForAll @StringLength(max = 400) String text) {
        wellFormed(PARSER.parse("n.txt", text));
    }

    @Property(tries = 300)
    void noteLikeText(@ForAll("noteLines") String text) {
        wellFormed(PARSER.parse("n.md", text));
        wellFormed(PARSER.parse("n.txt", text));
    }

    @Property(tries = 200)
    void anyBytes(@ForAll @Size(max = 600) byte[] bytes) {
        wellFormed(READER.parse("n.md", bytes));
    }

    @Property(tries = 50)
    void sameInputSameCards(@ForAll("noteLines") String text) {
        assertEquals(PARSER.parse("n.txt", text), PARSER.parse("n.txt", text));
    }

    /** Lines built from the pieces real notes are made of, to reach deep into the rules. */
    @Provide
    Arbitrary<String> noteLines() {
        Arbitrary<String> line = Arbitraries.of("# Heading", "## Sub heading", "Pods", "Q: what is it?", "A: a thing",
                "#ask why?", "kubectl get pods", "$ kubectl get svc", "shows the pods", "- item - explained",
                "1. first", "apiVersion: v1", "kind: Pod", "metadata:", "name: x", "graph LR; a[x] --> b(y)",
                "a | b | c |", "---|---|---|", "**Term**: def", "Term - definition here", "==cloze== text",
                "{{c1::x::y}}", "Q::A", "Q:::A", "?", "??", "```", "```yaml", "> [!note] hi", "<details>",
                "<summary>Q?</summary>", "</details>", "", "  ", "[[link|alias]]", "![[img.png]]", "---");
        return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void tenThousandLevelsOfNestedListsOnOneLine() {
        String deep = "- ".repeat(10_000) + "bottom\n";
        wellFormed(PARSER.parse("deep.md", deep));
        wellFormed(PARSER.parse("deep.txt", deep));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tenThousandLevelsOfIndentedLists() {
        // Each level indented by one more space: 10,000 lines, 50 MB of indentation.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.append(" ".repeat(i)).append("- level ").append(i).append('\n');
        wellFormed(PARSER.parse("deep.md", sb.toString()));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void tenThousandNestedQuotesAndBrackets() {
        wellFormed(PARSER.parse("q.md", ">".repeat(10_000) + " x\n" + "[".repeat(10_000) + "\n"));
        wellFormed(PARSER.parse("g.txt", "graph LR; " + "(".repeat(10_000) + "\n" + "x\n".repeat(1000)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyMegabyteSingleLine() {
        String line = "kubectl get pods --selector app=web ".repeat(20 * 1024 * 1024 / 36);
        wellFormed(PARSER.parse("long.txt", line));
        wellFormed(PARSER.parse("long.md", line));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyMegabyteLineOfSeparatorsAndClozes() {
        wellFormed(PARSER.parse("sep.md", "a:: ==b== {{c1::".repeat(20 * 1024 * 1024 / 16)));
    }

    @Test
    void invalidUtf8IsReportedAndSkipped() {
        byte[] bytes = "Pods\nAdds a thing \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        ExtractionResult r = READER.parse("bad.txt", broken);
        assertTrue(r.drafts().isEmpty());
        assertEquals(FileProblem.Reason.ENCODING, r.problems().get(0).reason());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void binaryIsReportedAndSkipped() {
        byte[] bytes = new byte[1 << 20];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        ExtractionResult r = READER.parse("image.md", bytes);
        assertEquals(FileProblem.Reason.NOT_TEXT, r.problems().get(0).reason());
    }

    @Test
    void oversizedIsReportedAndSkipped() {
        ExtractionResult r = READER.parse("huge.md", new byte[(int) NotesReader.MAX_NOTE_BYTES + 1]);
        assertEquals(FileProblem.Reason.TOO_LARGE, r.problems().get(0).reason());
    }
}
