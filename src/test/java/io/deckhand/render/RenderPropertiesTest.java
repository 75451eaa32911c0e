package io.deckhand.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.render.yaml.ManifestReindenter;
import io.deckhand.render.yaml.YamlValidator;
import io.deckhand.support.HtmlSafety;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The Markdown, YAML and Mermaid paths never throw (other than their syntax error) or hang on arbitrary text. */
class RenderPropertiesTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final YamlValidator validator = new YamlValidator();
    private final ManifestReindenter reindenter = new ManifestReindenter();
    private final DiagramRenderer diagrams = new DiagramRenderer();

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings().withChars("#*_`[]()!<>|-:\\\"'&;\n abcXY1{}~=%").ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars(" :-#|>&*!?[]{},\"'\n\tabckind:spec12").ofMaxLength(300)
                .map(s -> Math.random() < 0.5 ? "apiVersion: v1\nkind: Pod\n" + s : s);
    }

    @Provide
    Arbitrary<String> mermaidish() {
        Arbitrary<String> tokens = Arbitraries.of("graph TD;", "flowchart LR\n", "a", "b", "c1", " ", "\n", ";", "-->", "---", "-.->",
                "==>", "<-->", "--x", "o--o", "-- t -->", "|lbl|", "[", "]", "(", ")", "{", "}", "((", "))", "[(", ")]", ">",
                "\"", "`", "&", ":::", "subgraph ", "end", "direction RL", "classDef k fill:#f00", "class a k", "style a fill:#0f0",
                "linkStyle 0 stroke:#00f", "%% c\n", "<br>", "@{ shape: rounded }", "x", "o", ".", "=", "~~~");
        return tokens.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void markdownNeverThrowsAndStaysSafe(@ForAll("markdownish") String text) {
        String html = assertTimeoutPreemptively(LIMIT, () -> markdown.toHtml(text));
        HtmlSafety.assertSafe(html);
    }

    @Property(tries = 200)
    void markdownWithCodeBlocksNeverThrows(@ForAll("yamlish") String body, @ForAll("mermaidish") String diagram) {
        String md = "```yaml\n" + body + "\n```\n\n```mermaid\n" + diagram + "\n```\n\n```\n" + body + "\n```";
        HtmlSafety.assertSafe(assertTimeoutPreemptively(LIMIT, () -> markdown.toHtml(md)));
    }

    @Property(tries = 300)
    void yamlNeverThrows(@ForAll("yamlish") String text) {
        assertTimeoutPreemptively(LIMIT, () -> {
            assertNotNull(validator.check(text));
            assertNotNull(reindenter.reindent(text).yaml());
            ManifestReindenter.looksFlattened(text);
        });
    }

    @Property(tries = 100)
    void arbitraryUnicodeNeverBreaksAnything(@ForAll @StringLength(max = 200) String text) {
        assertTimeoutPreemptively(LIMIT, () -> {
            markdown.toHtml(text);
            validator.check(text);
            reindenter.reindent(text);
            parseAndDraw(text);
            parseAndDraw("graph TD\n" + text);
        });
    }

    @Property(tries = 300)
    void mermaidParsesOrReportsASyntaxError(@ForAll("mermaidish") String text) {
        assertTimeoutPreemptively(LIMIT, () -> parseAndDraw(text));
    }

    private void parseAndDraw(String text) throws Exception {
        try {
            Flowchart f = diagrams.parse(text);
            diagrams.toInlineSvg(f);
        } catch (FlowchartSyntaxException expected) {
            assertNotNull(expected.getMessage());
        }
    }
}
