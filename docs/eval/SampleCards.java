import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a blind sample of cards for a judge from `deckhand extract --json` output.
 *
 * <p>Usage: {@code java docs/eval/SampleCards.java CARDS.json SEED N OUT.md}
 *
 * <p>The sample shows only what the judge may see: front, back and the source file and line.
 * Kind, tags, deck and anything else the extractor prints stay out so that the judge cannot be
 * swayed by them. Runs without the project's classpath, hence the small JSON reader below.
 */
public class SampleCards {

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && !(args.length == 5 && args[4].equals("--passed"))) {
            System.err.println("usage: java SampleCards.java CARDS.json SEED N OUT.md [--passed]");
            System.exit(2);
        }
        // --passed: only the cards the quality gate proposes ticked (what an import saves by default)
        boolean passedOnly = args.length == 5;
        Path cardsFile = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int wanted = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);

        Object parsed = null;
        String why = "";
        try {
            parsed = new JsonReader(Files.readString(cardsFile, StandardCharsets.UTF_8)).readDocument();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            why = " (" + e.getMessage() + ")";
        }
        if (!(parsed instanceof List<?> all)) {
            System.err.println(cardsFile + " is not the JSON array of cards that `extract --json` prints" + why);
            System.exit(1);
            return;
        }
        List<Object> cards = new ArrayList<>();
        for (Object c : all) {
            if (!passedOnly || (c instanceof Map<?, ?> m && !Boolean.FALSE.equals(m.get("passed")))) cards.add(c);
        }

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int taken = Math.min(wanted, cards.size());

        StringBuilder md = new StringBuilder();
        md.append("# Blind sample of ").append(taken).append(" cards\n\n");
        md.append("Drawn from `").append(cardsFile.getFileName()).append("` (")
                .append(cards.size()).append(" cards) with seed ").append(seed).append(".\n");
        md.append("Source paths are relative to the notes folder the cards were extracted from.\n");
        for (int n = 1; n <= taken; n++) {
            Map<?, ?> card = (Map<?, ?>) cards.get(order.get(n - 1));
            Map<?, ?> source = card.get("source") instanceof Map<?, ?> s ? s : Map.of();
            md.append("\n---\n\n## Card ").append(n).append("\n\n");
            md.append("Source: `").append(source.get("path")).append(":").append(lineOf(source)).append("`\n\n");
            md.append("Front:\n\n").append(fenced(String.valueOf(card.get("front")))).append('\n');
            md.append("Back:\n\n").append(fenced(String.valueOf(card.get("back")))).append('\n');
        }
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + taken + " of " + cards.size() + " cards to " + out);
    }

    private static String lineOf(Map<?, ?> source) {
        Object line = source.get("line");
        return line instanceof Double d ? String.valueOf(d.longValue()) : String.valueOf(line);
    }

    /** Shows the text verbatim (markup included) inside a fence longer than any backtick run in it. */
    private static String fenced(String text) {
        int longestRun = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(Math.max(3, longestRun + 1));
        return fence + "text\n" + text + "\n" + fence + "\n";
    }

    /** Minimal JSON reader: objects become maps, arrays lists, numbers doubles. */
    private static final class JsonReader {
        private final String text;
        private int pos;

        JsonReader(String text) {
            this.text = text;
        }

        Object readDocument() {
            Object value = readValue();
            skipSpace();
            if (pos != text.length()) {
                throw error("unexpected text after the JSON value");
            }
            return value;
        }

        private Object readValue() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end of input");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> readObject();
                case '[' -> readArray();
                case '"' -> readString();
                case 't' -> readWord("true", Boolean.TRUE);
                case 'f' -> readWord("false", Boolean.FALSE);
                case 'n' -> readWord("null", null);
                default -> readNumber();
            };
        }

        private Map<String, Object> readObject() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = readString();
                skipSpace();
                expect(':');
                map.put(key, readValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> readArray() {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(readValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String readString() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(escaped); // \" \\ \/
                }
            }
        }

        private Object readWord(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return value;
        }

        private Double readNumber() {
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected character '" + text.charAt(pos) + "'");
            }
            return Double.valueOf(text.substring(start, pos));
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("bad JSON at character " + pos + ": " + what);
        }
    }
}
