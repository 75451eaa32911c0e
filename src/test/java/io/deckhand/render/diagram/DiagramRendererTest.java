package io.deckhand.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramRendererTest {
    private final DiagramRenderer renderer = new DiagramRenderer();
    private final FlowchartParser parser = new FlowchartParser();

    @Test
    void flattenedSeedDiagramIsRepaired() throws Exception {
        String flat = "graph LR; c1(Cluster) --> n1(node1) --> p11[pod 1] n1 --> p12[pod 2] c1 --> n2(node2) --> p21[pod 1]";
        assertThrows(FlowchartSyntaxException.class, () -> parser.parseStrict(flat));
        Flowchart f = parser.parse(flat);
        assertTrue(f.repaired());
        assertEquals(List.of("c1>n1", "n1>p11", "n1>p12", "c1>n2", "n2>p21"), f.edges().stream().map(e -> e.start() + ">" + e.end()).toList());
        assertEquals("pod 2", f.vertices().get("p12").text());
    }

    @Test
    void flattenedSubgraphsAreRepaired() throws Exception {
        Flowchart f = parser.parse("graph LR; subgraph pod subgraph container1 m1[volMount] end subgraph volumes v[vol] end end "
                + "subgraph claim pvc[pvc] end pv --bound--> pvc v --> m1 pvc --> v");
        assertEquals(List.of("container1", "volumes", "pod", "claim"), f.subgraphs().stream().map(Flowchart.Subgraph::id).toList());
        assertTrue(f.subgraphs().get(2).nodes().containsAll(List.of("container1", "volumes")));
        assertEquals("bound", f.edges().get(0).text());
    }

    @Test
    void everySeedDiagramParsesAndDraws() throws Exception {
        List<String> diagrams = new ArrayList<>();
        for (Path p : Files.list(SharedFixtures.require("seeds")).sorted().toList()) {
            String text = Files.readString(p);
            Matcher m = Pattern.compile("(?m)^graph .*$").matcher(text);
            while (m.find()) {
                // A label broken across lines continues until its brackets balance.
                int end = m.end();
                while (unbalanced(text.substring(m.start(), end)) && end < text.length()) {
                    int nl = text.indexOf('\n', end + 1);
                    end = nl < 0 ? text.length() : nl;
                }
                diagrams.add(text.substring(m.start(), end));
            }
        }
        assertTrue(diagrams.size() >= 5, "seed diagrams found: " + diagrams.size());
        for (String d : diagrams) {
            Flowchart f = parser.parse(d);
            assertFalse(f.vertices().isEmpty(), d);
            String svg = renderer.toSvg(f, false);
            for (Flowchart.Vertex v : f.vertices().values()) {
                if (f.subgraphs().stream().noneMatch(s -> s.id().equals(v.id()))) {
                    for (String line : LabelText.lines(v.text(), v.labelType())) {
                        assertTrue(svg.contains(">" + io.deckhand.render.html.Html.escape(line) + "<"), line + " drawn in " + d);
                    }
                }
            }
        }
    }

    private static boolean unbalanced(String s) {
        long open = s.chars().filter(c -> c == '(' || c == '[' || c == '{').count();
        long close = s.chars().filter(c -> c == ')' || c == ']' || c == '}').count();
        return open > close || s.matches("(?s).*-\\.\\s[^>]*");
    }

    @Test
    void svgHasEveryNodeEdgeAndSubgraph() throws Exception {
        Flowchart f = parser.parse("""
                flowchart TD
                  subgraph outer [Outer box]
                    subgraph inner
                      a([start]) -->|go| b{choice}
                    end
                  end
                  b -- yes --> c[(db)]
                  b -.-> d((circle))
                  c ==> e>flag] <--> f{{hex}}
                  classDef hot fill:#d00000,color:#ffcccc
                  class e hot
                """);
        String svg = renderer.toInlineSvg(f);
        assertTrue(svg.startsWith("<svg"));
        org.jsoup.nodes.Document drawn = org.jsoup.Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        List<String> texts = drawn.select("text").eachText();
        assertTrue(texts.containsAll(List.of("Outer box", "inner", "start", "choice", "db", "circle", "flag", "hex")), texts.toString());
        assertEquals(List.of("go", "yes"), drawn.select("text.dg-edge-label").eachText());
        assertEquals(1, drawn.select("path[stroke-dasharray]").size(), "one dotted edge");
        assertEquals(1, drawn.select("path[stroke-width=3.5]").size(), "one thick edge");
        org.jsoup.nodes.Element hot = drawn.select("g.dg-node").stream()
                .filter(g -> g.select("text").text().equals("flag")).findFirst().orElseThrow();
        assertEquals(1, hot.select("[fill=#d00000]").size(), "classDef fill applied to its node: " + hot);
        // #ffcccc on #d00000 is below 4.5:1, so the text colour is corrected.
        assertTrue(drawn.select("[fill=#ffcccc]").isEmpty(), svg);
        assertEquals(6, count(svg, "class=\"dg-node\""));
    }

    @Test
    void standaloneSvgCarriesItsThemeColours() throws Exception {
        String light = renderer.toSvg("graph LR; a --> b", false);
        String dark = renderer.toSvg("graph LR; a --> b", true);
        assertTrue(light.contains("<style>") && light.contains(DiagramTheme.LIGHT.bg()));
        assertTrue(dark.contains(DiagramTheme.DARK.bg()));
    }

    @Test
    void syntaxErrorHasAPosition() {
        FlowchartSyntaxException e = assertThrows(FlowchartSyntaxException.class, () -> parser.parse("graph TD\nA --> B[oops\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("2:"), e.getMessage());
    }

    @Test
    void hostileLabelsAreEscaped() throws Exception {
        String svg = renderer.toInlineSvg(parser.parse("graph LR; a[\"<script>alert(1)</script>\"] -->|<img src=x onerror=alert(1)>| b"));
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<img"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
