package io.deckhand.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CsvParserPropertiesTest {

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text, @ForAll boolean quoting) {
        new CsvParser(',', quoting).parse(text, 1);
        new CsvParser('\t', quoting).parse(text, 1);
        new AnkiTextReader().read(text, AnkiTextReader.Options.AUTO);
    }

    @Property
    void neverThrowsOnTextMadeOfSeparatorsQuotesAndBreaks(
            @ForAll @Chars({',', '"', '\n', '\r', '\t', '#', ':', 'a'}) @CharRange(from = 'a', to = 'a') char[] chars) {
        String text = new String(chars);
        new CsvParser(',', true).parse(text, 1);
        new AnkiTextReader().read("#separator:comma\n" + text, AnkiTextReader.Options.AUTO);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,;\t\"\n\r\u00e9\u98df").ofMaxLength(8);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(0).ofMaxSize(8)
                .map(rows -> rows.stream().filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList());
    }

    @Property
    void quotedFieldsReadBackExactly(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf) {
        String eol = crlf ? "\r\n" : "\n";
        String text = table.stream()
                .map(row -> row.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")))
                .collect(Collectors.joining(eol));
        List<List<String>> parsed = new CsvParser(',', true).parse(text, 1).stream().map(CsvParser.Row::fields).toList();
        assertEquals(table, parsed);
    }

    @Test
    @Timeout(5)
    void pathologicalInputsFinishQuickly() {
        String quotes = "\"".repeat(200_000);
        new CsvParser(',', true).parse(quotes, 1);
        String seps = ",".repeat(200_000) + "\n";
        assertEquals(200_001, new CsvParser(',', true).parse(seps, 1).get(0).fields().size());
        new AnkiTextReader().read("#".repeat(100_000) + "\n" + "a\tb\n".repeat(50_000), AnkiTextReader.Options.AUTO);
    }
}
