package io.deckhand.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes a seeded corpus of hostile files: damaged copies of real exports plus hand-made attacks. */
final class HostileCorpus {
    private static final String[] EXTENSIONS = {"md", "csv", "json", "apkg", "anki2", "colpkg", "txt", "tsv", "yaml", "mmd"};

    private final Path dir;
    private final Random random;
    private final List<Path> files = new ArrayList<>();

    HostileCorpus(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** {@code apkg}, {@code json}, {@code csv}: real exports of one deck, to damage. */
    List<Path> write(byte[] apkg, String json, String csv) throws IOException {
        byte[] sqlite = entry(apkg, "collection.anki2");
        for (int i = 0; i < 40; i++) add("truncated-" + i + ".apkg", java.util.Arrays.copyOf(apkg, random.nextInt(apkg.length)));
        for (int i = 0; i < 40; i++) add("flipped-" + i + ".apkg", flip(apkg, 1 + random.nextInt(20)));
        if (sqlite != null) {
            for (int i = 0; i < 15; i++) {
                byte[] cut = java.util.Arrays.copyOf(sqlite, random.nextInt(sqlite.length));
                add("sqlite-truncated-" + i + ".anki2", cut);
                add("sqlite-truncated-" + i + ".apkg", zip("collection.anki2", cut, "media", "{}".getBytes()));
            }
            for (int i = 0; i < 15; i++) add("sqlite-flipped-" + i + ".apkg", zip("collection.anki2", flip(sqlite, 1 + random.nextInt(50)), "media", "{}".getBytes()));
        }
        add("zip-slip.apkg", zip("../../../evil.txt", "owned".getBytes(), "collection.anki2", sqlite == null ? new byte[0] : sqlite,
                "media", "{\"0\":\"../../evil2.txt\"}".getBytes(), "0", "owned".getBytes()));
        add("zip-slip-abs.apkg", zip("/tmp/deckhand-evil.txt", "owned".getBytes(), "collection.anki2", sqlite == null ? new byte[0] : sqlite));
        add("zip-bomb-media.apkg", zip("collection.anki2", sqlite == null ? new byte[0] : sqlite, "media", "{\"0\":\"big.png\"}".getBytes(),
                "0", new byte[60 << 20]));
        add("media-map-wrong.apkg", zip("collection.anki2", sqlite == null ? new byte[0] : sqlite, "media", "[1,2,3]".getBytes()));
        add("png-as.apkg", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise(2000)));
        add("sqlite-magic-noise.anki2", concat("SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1), noise(8192)));
        add("zip-magic-noise.apkg", concat(new byte[] {'P', 'K', 3, 4}, noise(4096)));
        add("empty-zip.apkg", zip());
        for (String ext : EXTENSIONS) {
            add("empty." + ext, new byte[0]);
            for (int i = 0; i < 4; i++) add("noise-" + i + "." + ext, noise(1 + random.nextInt(64 * 1024)));
            add("invalid-utf8." + ext, invalidUtf8(csv));
            add("nul-bytes." + ext, "front\0back\0\0\n".repeat(100).getBytes(StandardCharsets.ISO_8859_1));
        }
        for (int i = 0; i < 40; i++) add("json-mutated-" + i + ".json", mutateJson(json).getBytes(StandardCharsets.UTF_8));
        for (String shape : List.of("[]", "42", "\"deck\"", "null", "true", "{}", "{\"decks\":5}", "{\"decks\":[null]}",
                "{\"notes\":{}}", "[{}]", "{\"name\":[]}", "{\"cards\":[{\"front\":{}}]}", "{", "}", "[1,", "{\"a\":\"\\ud800\"}")) {
            add("shape-" + files.size() + ".json", shape.getBytes(StandardCharsets.UTF_8));
        }
        add("deep-array.json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes());
        add("deep-object.json", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes());
        add("deep-open.json", "[".repeat(100_000).getBytes());
        add("deep-deck-name.json", json.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\":\"" + "a::".repeat(8_000) + "z\"").getBytes(StandardCharsets.UTF_8));
        add("deep-deck-name.csv", ("#separator:comma\n#deck:" + "d::".repeat(10_000) + "x\nfront,back\n").getBytes());
        add("long-deck-name.csv", ("#separator:comma\n#deck:" + "n".repeat(1_000_000) + "\nfront,back\n").getBytes());
        add("line-20mb.md", ("# H\n\n" + "word ".repeat(4 << 20) + "\n").getBytes());
        add("line-20mb.json", ("{\"decks\":\"" + "y".repeat(20 << 20) + "\"}").getBytes());
        add("columns-100k.csv", ("#separator:comma\n" + "c,".repeat(100_000) + "c\n").getBytes());
        add("columns-100k.tsv", ("a\t".repeat(100_000) + "a\nb\tc\n").getBytes());
        for (int i = 0; i < 12; i++) add("ragged-" + i + ".csv", ragged().getBytes(StandardCharsets.UTF_8));
        add("unclosed-quote.csv", "\"front,back\nnext,row\n".repeat(1000).getBytes());
        add("br-field.csv", ("front," + "<br>".repeat(10_000) + "\n").getBytes());
        add("bad-headers.csv", "#separator:nonsense\n#html:maybe\n#notetype column:99\n#deck column:-1\n#tags column:0\na,b\n".getBytes());
        add("html-hostile.csv", ("x,<img src=http://example.com/a.png><script>fetch('http://e')</script>"
                + "<iframe src=file:///etc/passwd></iframe>\n").getBytes());
        add("nested-lists.md", ("- ".repeat(10_000) + "x\n").getBytes());
        add("nested-ordered.md", ("1. ".repeat(10_000) + "x\n").getBytes());
        add("nested-quotes.md", ("> ".repeat(10_000) + "x\n").getBytes());
        add("nested-emphasis.md", ("*_".repeat(10_000) + "x" + "_*".repeat(10_000) + "\n").getBytes());
        add("nested-links.md", ("[".repeat(10_000) + "x" + "](y)".repeat(10_000) + "\n").getBytes());
        add("separators.md", ("front::back\n".repeat(20_000) + "==cloze".repeat(10_000) + "\n?\n".repeat(5_000)).getBytes());
        add("yaml-deep.yaml", deepYaml(10_000).getBytes());
        add("yaml-deep-flow.yaml", ("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").getBytes());
        add("yaml-deep.md", ("```yaml\n" + deepYaml(10_000) + "```\n").getBytes());
        add("yaml-bomb.yaml", yamlBomb().getBytes());
        add("yaml-bomb.md", ("# Bomb\n\n```yaml\n" + yamlBomb() + "```\n").getBytes());
        add("yaml-bomb-frontmatter.md", ("---\n" + yamlBomb() + "---\n# Q\nfront::back\n").getBytes());
        add("yaml-recursive.yaml", "a: &a [*a]\n".getBytes());
        add("yaml-tags.yaml", "!!python/object:os.system [\"rm -rf /\"]\n!!binary ===\n? [a]\n: b\n".getBytes());
        add("frontmatter-deep.md", ("---\n" + deepYaml(5_000) + "---\nfront::back\n").getBytes());
        for (int i = 0; i < 25; i++) {
            String chart = mermaid(i);
            add("mermaid-" + i + ".mmd", chart.getBytes(StandardCharsets.UTF_8));
            add("mermaid-" + i + ".md", ("# Diagram " + i + "\n\n```mermaid\n" + chart + "\n```\n").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 6; i++) add("deep-heading-" + i + ".md", ("#".repeat(1 + random.nextInt(50_000)) + " x\n").repeat(50).getBytes());
        return files;
    }

    private void add(String name, byte[] bytes) throws IOException {
        files.add(Files.write(dir.resolve(name), bytes));
    }

    private byte[] noise(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] flip(byte[] source, int count) {
        byte[] b = source.clone();
        for (int i = 0; i < count; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private byte[] invalidUtf8(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : t) {
            out.write(x);
            if (random.nextInt(20) == 0) out.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 1 + random.nextInt(6));
        }
        return out.toByteArray();
    }

    private String mutateJson(String json) {
        StringBuilder s = new StringBuilder(json);
        String[] wrong = {"null", "[]", "{}", "-1", "1e999", "\"\"", "true", "\"" + "::".repeat(500) + "\"", "[[[[[[]]]]]]"};
        for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
            // Replace one value after a random colon, up to the next comma or brace.
            int colon = s.indexOf(":", random.nextInt(Math.max(1, s.length())));
            if (colon < 0) colon = s.indexOf(":");
            if (colon < 0) break;
            int end = colon + 1;
            while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) end++;
            s.replace(colon + 1, end, wrong[random.nextInt(wrong.length)]);
        }
        if (random.nextInt(4) == 0) s.setLength(random.nextInt(s.length()));
        return s.toString();
    }

    private String ragged() {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "#separator:comma\n" : "");
        for (int r = 0, rows = 2 + random.nextInt(50); r < rows; r++) {
            int cols = random.nextInt(r == 0 ? 3 : 12);
            for (int c = 0; c < cols; c++) s.append(c == 0 ? "" : ",").append(random.nextInt(3) == 0 ? "\"q" : "f" + c);
            s.append('\n');
        }
        return s.toString();
    }

    static String table(int size) {
        StringBuilder s = new StringBuilder("| a | b | c |\n|---|---|---|\n");
        while (s.length() < size) s.append("| x | ").append("y ".repeat(20)).append(" | z |\n");
        return s.toString();
    }

    private static String deepYaml(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) s.append("k:\n".indent(Math.min(i, 200)));
        return s.toString();
    }

    private static String yamlBomb() {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            s.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(9)).append("*").append(prev).append("]\n");
            prev = c;
        }
        return s.toString();
    }

    private String mermaid(int i) {
        return switch (i % 8) {
            case 0 -> "graph TD\n" + "A[".repeat(1 + random.nextInt(5_000));
            case 1 -> "graph LR\n" + "  N%d --> N%d\n".formatted(0, 1).repeat(1).concat(chain(3_000 + random.nextInt(20_000)));
            case 2 -> "flowchart TD\n  A[\"" + "x".repeat(1 + random.nextInt(200_000)) + "\"] --> B";
            case 3 -> "graph TD\n  A -->|<img src=http://example.com/a.png>| B\n  click A \"javascript:alert(1)\"\n  style A fill:url(http://e)\n";
            case 4 -> "sequenceDiagram\n  A->>B: " + "(".repeat(10_000);
            case 5 -> "graph " + new String(noise(200), StandardCharsets.ISO_8859_1);
            case 6 -> "graph TD\n" + "  subgraph s\n".repeat(1 + random.nextInt(10_000)) + "  A --> B\n";
            default -> "graph TD\n  A" + "---".repeat(1 + random.nextInt(50_000)) + ">B\n";
        };
    }

    private static String chain(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) s.append("  N").append(k).append(" --> N").append(k + 1).append('\n');
        return s.toString();
    }

    private static byte[] zip(Object... nameThenBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
                z.write((byte[]) nameThenBytes[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return z.readAllBytes();
            }
        }
        return null;
    }
}
