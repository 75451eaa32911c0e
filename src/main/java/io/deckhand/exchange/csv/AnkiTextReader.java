package io.deckhand.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads text files as Anki imports them: optional {@code #key:value} header lines
 * ({@code #separator:}, {@code #html:}, {@code #columns:}, {@code #tags:}, {@code #deck:},
 * {@code #notetype:}, {@code #deck column:}, {@code #tags column:}, {@code #guid column:},
 * {@code #notetype column:}), other leading {@code #} lines as comments, a UTF-8 BOM, quoted
 * fields. Without a separator header it is guessed from the first data line (tab first, which
 * also covers Quizlet's {@code term<TAB>definition} exports).
 */
public final class AnkiTextReader {

    /** Choices the user made in the import dialog; null = take the file's headers or guess. */
    public record Options(Character separator, Boolean html, boolean quoting) {
        public static final Options AUTO = new Options(null, null, true);

        /** Quizlet's export: one card per line, term and definition split by a tab, no quoting. */
        public static Options quizlet() {
            return new Options('\t', false, false);
        }
    }

    private static final char[] GUESS_ORDER = {'\t', '|', ';', ','};

    public TextTable read(String text, Options options) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, String> headers = new HashMap<>();
        int line = 1;
        int pos = 0;
        while (pos < body.length() && body.charAt(pos) == '#') {
            int end = body.indexOf('\n', pos);
            String header = (end < 0 ? body.substring(pos) : body.substring(pos, end)).replace("\r", "");
            int colon = header.indexOf(':');
            if (colon > 1) headers.put(header.substring(1, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1));
            pos = end < 0 ? body.length() : end + 1;
            line++;
        }
        String data = body.substring(pos);
        char separator = options.separator() != null ? options.separator()
                : headers.containsKey("separator") ? separatorNamed(headers.get("separator")) : guess(data);
        boolean html = options.html() != null ? options.html() : Boolean.parseBoolean(headers.getOrDefault("html", "false").strip());
        List<CsvParser.Row> rows = new CsvParser(separator, options.quoting()).parse(data, line);

        List<String> columns = new ArrayList<>();
        if (headers.containsKey("columns")) {
            for (CsvParser.Row r : new CsvParser(separator, options.quoting()).parse(headers.get("columns"), 0)) {
                r.fields().forEach(f -> columns.add(f.strip()));
            }
        }
        int width = !columns.isEmpty() ? columns.size() : rows.isEmpty() ? 0 : rows.get(0).fields().size();
        for (int i = columns.size(); i < width; i++) columns.add("Field " + (i + 1));
        List<String> problems = new ArrayList<>();
        for (CsvParser.Row r : rows) {
            if (r.fields().size() != width) {
                problems.add("Line " + r.line() + " has " + r.fields().size() + " field" + (r.fields().size() == 1 ? "" : "s")
                        + " where " + width + " were expected.");
            }
        }
        List<String> tags = List.of(headers.getOrDefault("tags", "").strip().split("\\s+")).stream()
                .filter(t -> !t.isEmpty()).toList();
        return new TextTable(separator, html, columns, rows, column(headers, "deck column"), column(headers, "tags column"),
                column(headers, "guid column"), column(headers, "notetype column"),
                headers.getOrDefault("deck", "").strip(), headers.getOrDefault("notetype", "").strip(), tags, problems);
    }

    private static int column(Map<String, String> headers, String key) {
        try {
            int n = Integer.parseInt(headers.getOrDefault(key, "0").strip());
            return Math.max(0, n);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static char separatorNamed(String raw) {
        String s = raw.strip();
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\\t" -> '\t';
            case "space" -> ' ';
            case "pipe", "|" -> '|';
            case "colon", ":" -> ':';
            default -> s.length() == 1 && s.charAt(0) != '"' ? s.charAt(0) : raw.contains("\t") ? '\t' : ',';
        };
    }

    private static char guess(String data) {
        int nl = data.indexOf('\n');
        String first = nl < 0 ? data : data.substring(0, nl);
        for (char c : GUESS_ORDER) {
            if (first.indexOf(c) >= 0) return c;
        }
        return '\t';
    }
}
