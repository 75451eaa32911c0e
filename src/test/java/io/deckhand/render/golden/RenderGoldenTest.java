package io.deckhand.render.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.support.GoldenFiles;
import io.deckhand.support.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rendered card HTML and diagram SVG compared exactly with reviewed files under
 * {@code src/test/resources/golden}: any change to what a user sees shows up as a diff here.
 */
class RenderGoldenTest {
    private final MarkdownRenderer cards = new MarkdownRenderer(new CardBlockRenderer());
    private final DiagramRenderer diagrams = new DiagramRenderer();

    private static List<String> inputs(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension)).sorted()
                    .toList();
            assertFalse(names.isEmpty(), "no inputs in " + folder);
            return names;
        }
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    @TestFactory
    Stream<DynamicTest> cardHtml() throws IOException {
        return inputs(GoldenFiles.ROOT.resolve("cards"), ".md").stream().map(name -> DynamicTest.dynamicTest(name,
                () -> GoldenFiles.assertMatches("cards/" + base(name) + ".html",
                        cards.toHtml(GoldenFiles.read("cards/" + name)))));
    }

    @TestFactory
    Stream<DynamicTest> diagramSvg() throws IOException {
        return inputs(GoldenFiles.ROOT.resolve("diagrams"), ".mmd").stream().flatMap(name -> Stream.of(false, true)
                .map(dark -> DynamicTest.dynamicTest(name + (dark ? " dark" : " light"),
                        () -> GoldenFiles.assertMatches("diagrams/" + base(name) + (dark ? "-dark" : "") + ".svg",
                                diagrams.toSvg(GoldenFiles.read("diagrams/" + name), dark)))));
    }

    /** The four reference diagrams of ../shared (skipped when that folder is absent). */
    @TestFactory
    Stream<DynamicTest> referenceDiagramSvg() throws IOException {
        Path folder = SharedFixtures.require("fixtures/mermaid/reference");
        return inputs(folder, ".mmd").stream().map(name -> DynamicTest.dynamicTest(name,
                () -> GoldenFiles.assertMatches("diagrams/reference/" + base(name) + ".svg",
                        diagrams.toSvg(Files.readString(folder.resolve(name)), false))));
    }
}
