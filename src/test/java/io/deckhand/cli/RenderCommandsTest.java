package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.deckhand.support.CliRun;

class RenderCommandsTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.withoutCollection(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void diagramJsonHasMermaidNames() throws Exception {
        Path f = file("a.mmd", "graph LR\nsubgraph s [Box]\na([A]) -.->|x| b\nend\n");
        CliRun r = run("diagram", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("LR", j.get("direction").asText());
        assertEquals("stadium", j.at("/vertices/a/type").asText());
        assertTrue(j.at("/vertices/b/type").isNull());
        assertEquals("dotted", j.at("/edges/0/stroke").asText());
        assertEquals("arrow_point", j.at("/edges/0/type").asText());
        assertEquals("x", j.at("/edges/0/text").asText());
        assertEquals("Box", j.at("/subgraphs/0/title").asText());
    }

    @Test
    void diagramSyntaxErrorForOneFileExitsNonZero() throws Exception {
        Path f = file("bad.mmd", "graph TD\nA --> B[oops\n");
        CliRun r = run("diagram", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().strip().matches("2:\\d+: .+"), r.err());
    }

    @Test
    void diagramJsonForSeveralFilesIsKeyedByPath() throws Exception {
        Path good = file("g.mmd", "graph TD; a --> b");
        Path bad = file("b.mmd", "graph TD\nA --> B[oops\n");
        CliRun r = run("diagram", good.toString(), bad.toString(), "--json");
        assertEquals(0, r.code());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("TB", j.get(good.toString()).get("direction").asText());
        assertTrue(j.get(bad.toString()).get("error").asText().matches("2:\\d+: .+"));
    }

    @Test
    void diagramWritesSvg() throws Exception {
        Path f = file("a.mmd", "graph LR; a --> b");
        Path out = dir.resolve("a.svg");
        assertEquals(0, run("diagram", f.toString(), "-o", out.toString()).code());
        assertTrue(Files.readString(out).startsWith("<svg"));
    }

    @Test
    void diagramRefusesPngAndWritesNothing() throws Exception {
        Path f = file("a.mmd", "graph LR; a --> b");
        Path out = dir.resolve("a.PNG");
        CliRun r = run("diagram", f.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("SVG only"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void renderWritesAnOfflinePage() throws Exception {
        Path f = file("n.md", "# Note\n\n```mermaid\ngraph LR; a --> b\n```\n");
        Path out = dir.resolve("n.html");
        CliRun r = run("render", f.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertEquals("Note", page.selectFirst("main.card > h1").text());
        assertEquals(java.util.List.of("a", "b"), page.select("main.card > figure.diagram > svg text.dg-label").eachText());
        assertTrue(page.select("script").isEmpty(), html);
    }

    @Test
    void yamlFixAndCheck() throws Exception {
        Path f = file("d.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\nname: p\nspec:\ncontainers:\n- name: c\nimagePullPolcy: x\n");
        CliRun fix = run("yaml", "fix", f.toString());
        assertEquals(0, fix.code());
        assertEquals("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    imagePullPolcy: x\n", fix.out());
        assertFalse(fix.err().isBlank(), "guesses on stderr");
        Path fixed = file("fixed.yaml", fix.out());
        CliRun check = run("yaml", "check", fixed.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().strip().matches("8:5: unknown field `spec.containers\\[0\\].imagePullPolcy`.*"), check.out());
        Path ok = file("ok.yaml", "a: 1\n");
        assertEquals(0, run("yaml", "check", ok.toString()).code());
    }

    @Test
    void missingFileIsOneLine() {
        CliRun r = run("yaml", "check", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
