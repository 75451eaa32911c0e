package io.deckhand.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.PackageNote;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnkiTextReaderTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final AnkiTextReader reader = new AnkiTextReader();
    private final TextDeckMapper mapper = new TextDeckMapper();

    @Test
    void ankisTwoFieldFileReportsItsRaggedRowsByLine() throws Exception {
        String text = Files.readString(SharedFixtures.require("fixtures/anki/ankitects-anki/text-2fields.txt"));
        TextTable table = reader.read(text, AnkiTextReader.Options.AUTO);
        assertEquals('\t', table.separator());
        assertEquals(List.of("Field 1", "Field 2"), table.columns());
        assertEquals(2, table.problems().size(), table.problems().toString());
        assertTrue(table.problems().get(0).startsWith("Line 7 has 3 fields"), table.problems().get(0));
        assertTrue(table.problems().get(1).startsWith("Line 8 has 1 field "), table.problems().get(1));

        FormatException e = assertThrows(FormatException.class,
                () -> mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("Imported"), NOW));
        assertTrue(e.getMessage().contains("Line 7") && e.getMessage().contains("Line 8"), e.getMessage());

        DeckPackage padded = mapper.toPackage(table, ColumnMapping.defaults(table).withPadRagged(true), new DeckName("Imported"), NOW);
        // "\tto play" has an empty front: skipped with a warning, not silently
        assertEquals(8, padded.notes().size());
        assertTrue(padded.warnings().stream().anyMatch(w -> w.contains("Line 10")), padded.warnings().toString());
        assertEquals(List.of("食べる", "to eat"), padded.notes().get(0).fields());
        assertEquals(List.of("多すぎる", "too many"), padded.notes().get(5).fields());
        assertEquals(List.of("not, enough, fields", ""), padded.notes().get(6).fields());
    }

    @Test
    void tagsFileWithThreeColumns() throws Exception {
        String text = Files.readString(SharedFixtures.require("fixtures/anki/ankitects-anki/text-tags.txt"));
        TextTable table = reader.read(text, AnkiTextReader.Options.AUTO);
        ColumnMapping mapping = new ColumnMapping(1, 2, 0, 3, 0, false);
        DeckPackage p = mapper.toPackage(table, mapping, new DeckName("Imported"), NOW);
        assertEquals(List.of("baz,qux"), p.notes().get(0).tags());
        assertEquals(List.of("baz2"), p.notes().get(1).tags());
    }

    @Test
    void headersChooseSeparatorHtmlColumnsDeckAndTags() throws Exception {
        String text = "\uFEFF#separator:Semicolon\n#html:true\n#columns:Front;Back;Deck;Tags\n#deck column:3\n"
                + "#tags column:4\n#tags:cka\n# a comment\n"
                + "\"What is a <b>Pod</b>?\";\"Smallest unit;\nof \"\"work\"\"\";K8s::Workloads;core pods\n"
                + "Service;Stable address;;\n";
        TextTable table = reader.read(text, AnkiTextReader.Options.AUTO);
        assertEquals(';', table.separator());
        assertEquals(List.of("Front", "Back", "Deck", "Tags"), table.columns());
        assertTrue(table.problems().isEmpty(), table.problems().toString());
        ColumnMapping m = ColumnMapping.defaults(table);
        assertEquals(new ColumnMapping(1, 2, 3, 4, 0, false), m);
        DeckPackage p = mapper.toPackage(table, m, new DeckName("Imported"), NOW);
        PackageNote pod = p.notes().get(0);
        assertEquals(List.of("What is a **Pod**?", "Smallest unit;\nof \"work\""), pod.fields(), "HTML fields become Markdown");
        assertEquals(List.of("cka", "core", "pods"), pod.tags());
        assertEquals(List.of("K8s::Workloads", "Imported"), p.decks().stream().map(d -> d.name().value()).toList());
        assertEquals(8, table.rows().get(0).line(), "line numbers count the header lines");
    }

    @Test
    void plainTextIsKeptAndHtmlBecomesMarkdown() throws Exception {
        TextTable table = reader.read("#html:false\na <b> & c\tback\n", AnkiTextReader.Options.AUTO);
        DeckPackage p = mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("D"), NOW);
        assertEquals("a <b> & c", p.cards().get(0).front());
        TextTable html = reader.read("#html:true\na <b>bold</b><br>line\tback\n", AnkiTextReader.Options.AUTO);
        assertEquals("a **bold**\\\nline", mapper.toPackage(html, ColumnMapping.defaults(html), new DeckName("D"), NOW)
                .cards().get(0).front());
    }

    @Test
    void quizletTermTabDefinitionWithQuotesKeptAsText() throws Exception {
        String text = "kubectl get pods\tList \"pods\" in the namespace\n\"quoted\" term\tdef\n";
        TextTable table = reader.read(text, AnkiTextReader.Options.quizlet());
        DeckPackage p = mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("Quizlet"), NOW);
        assertEquals(List.of("kubectl get pods", "List \"pods\" in the namespace"), p.notes().get(0).fields());
        assertEquals("\"quoted\" term", p.notes().get(1).fields().get(0));
    }

    @Test
    void clozeRowsBecomeOneCardPerNumberAndGuidsAreStable() throws Exception {
        TextTable table = reader.read("A {{c1::Pod}} runs {{c2::containers}}\textra\n", AnkiTextReader.Options.AUTO);
        DeckPackage p = mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("D"), NOW);
        assertEquals(2, p.cards().size());
        assertTrue(p.cards().stream().allMatch(c -> c.kind() == CardKind.CLOZE));
        DeckPackage again = mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("D"), NOW);
        assertEquals(p.notes().get(0).guid(), again.notes().get(0).guid());
    }

    @Test
    void writerOutputReadsBackToTheSameNotes() throws Exception {
        TextTable table = reader.read("#separator:tab\n#html:true\nQ1\tA1 with\ttab?\nQ2\t\"multi\nline\"\n",
                AnkiTextReader.Options.AUTO);
        DeckPackage p = mapper.toPackage(table, ColumnMapping.defaults(table).withPadRagged(true), new DeckName("K8s::Net"), NOW);
        String written = new AnkiTextWriter().write(p);
        TextTable back = reader.read(written, AnkiTextReader.Options.AUTO);
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        DeckPackage q = mapper.toPackage(back, ColumnMapping.defaults(back), new DeckName("Other"), NOW);
        assertEquals(p.notes().stream().map(n -> n.guid() + n.fields()).toList(),
                q.notes().stream().map(n -> n.guid() + n.fields()).toList());
        assertEquals(List.of("K8s::Net"), q.decks().stream().map(d -> d.name().value()).toList());
    }

    @Test
    void aFieldOverTheLimitIsRefusedNamingItsLine() throws Exception {
        String text = "front,back\nsmall,fine\nbig," + "x".repeat(TextDeckMapper.MAX_FIELD_CHARS + 1) + "\n";
        TextTable table = reader.read(text, AnkiTextReader.Options.AUTO);
        FormatException e = assertThrows(FormatException.class,
                () -> mapper.toPackage(table, ColumnMapping.defaults(table), new DeckName("Imported"), NOW));
        assertTrue(e.getMessage().startsWith("Line 3, field 2 holds 1,048,577 characters"), e.getMessage());

        String atTheLimit = "big," + "x".repeat(TextDeckMapper.MAX_FIELD_CHARS) + "\n";
        TextTable fits = reader.read(atTheLimit, AnkiTextReader.Options.AUTO);
        assertEquals(1, mapper.toPackage(fits, ColumnMapping.defaults(fits), new DeckName("Imported"), NOW).notes().size());
    }
}
