package io.deckhand.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.render.diagram.FlowchartParser;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import io.deckhand.render.page.CardPage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile sizes and shapes are refused with a message, quickly, on every path a card takes. */
class PathologicalInputTest {
    private static CardPage page;

    @BeforeAll
    static void warm() {
        page = new CardPage();
        page.html("```yaml\na: 1\n```\n```mermaid\ngraph LR; a-->b\n```", false);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void fiveMegabyteYamlSnippetInACard() {
        String html = page.html("```yaml\nk: " + "x".repeat(5 * 1024 * 1024) + "\n```", false);
        assertTrue(html.contains("Deckhand renders cards up to"), "refused with a message");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void halfMegabyteYamlSnippetInACard() {
        String html = page.html("```yaml\nk: " + "x".repeat(600 * 1024) + "\n```", false);
        assertTrue(html.contains("Deckhand checks snippets up to"), "refused with a message");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void yamlAliasBombInACard() {
        StringBuilder b = new StringBuilder("```yaml\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
            prev = c;
        }
        String html = page.html(b.append("```").toString(), false);
        assertTrue(html.contains("too many aliases"), "refused with a message");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void tenThousandDeepYamlInACard() {
        String html = page.html("```yaml\n" + "[".repeat(10_000) + "]".repeat(10_000) + "\n```", false);
        assertTrue(html.contains("nested too deeply"), "refused with a message");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void tenThousandDeepSubgraphsAreRefusedOrDrawnQuickly() {
        String deep = "graph TD\n" + "subgraph s\n".repeat(10_000) + "a --> b\n" + "end\n".repeat(10_000);
        String html = page.html("```mermaid\n" + deep + "```", false);
        assertTrue(html.contains("diagram-error") && html.contains("nested too deeply"), "refused with a message");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void fiveMegabyteDiagramIsRefused() {
        String big = "graph TD\n" + "a --> b\n".repeat(5 * 1024 * 1024 / 8);
        FlowchartSyntaxException e = assertThrows(FlowchartSyntaxException.class, () -> new FlowchartParser().parse(big));
        assertTrue(e.getMessage().contains("too large"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deeplyNestedMarkdownRenders() {
        String html = page.html(">".repeat(10_000) + " quote\n\n" + "- ".repeat(2_000) + "item\n\n" + "*".repeat(50_000), false);
        assertTrue(html.contains("quote") || html.contains("nested too deeply to render"), "rendered or refused with a message");
    }
}
