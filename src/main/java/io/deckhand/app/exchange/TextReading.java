package io.deckhand.app.exchange;

import io.deckhand.exchange.csv.AnkiTextReader;

/**
 * How to read a text table (.csv .tsv .txt), as the front ends choose it: the separator and whether
 * fields are HTML (null = take the file's headers or guess), and whether quotes group a field. The app's
 * own type, so the front ends need not know the format layer's reader.
 */
public record TextReading(Character separator, Boolean html, boolean quoting) {
    /** The file's headers decide, else a guess from its first data line. */
    public static final TextReading AUTO = new TextReading(null, null, true);

    /** Quizlet's export: one card per line, term and definition split by a tab, no quoting. */
    public static TextReading quizlet() {
        return new TextReading('\t', false, false);
    }

    TextReading withSeparator(char separator) {
        return new TextReading(separator, html, quoting);
    }

    AnkiTextReader.Options forReader() {
        return new AnkiTextReader.Options(separator, html, quoting);
    }
}
