package io.deckhand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlockStartsTest {
    @Test
    void theManifestKeyNameTellsApiVersionFromKind() {
        assertEquals("apiVersion", BlockStarts.manifestKeyName("apiVersion: v1"));
        assertEquals("apiVersion", BlockStarts.manifestKeyName("apiVersion:"));
        assertEquals("kind", BlockStarts.manifestKeyName("kind: Pod"));
        assertEquals("kind", BlockStarts.manifestKeyName("kind:\tService"));
        assertEquals(null, BlockStarts.manifestKeyName("kind:Pod"), "no space: not a YAML key");
        assertEquals(null, BlockStarts.manifestKeyName("  kind: Pod"), "indented: inside a manifest");
        assertEquals(null, BlockStarts.manifestKeyName("kinds: many"));
        assertEquals(null, BlockStarts.manifestKeyName("metadata:"));
    }

    @Property
    void aLineHasAManifestKeyNameExactlyWhenItIsAManifestKey(@ForAll("keyLines") String line) {
        assertEquals(BlockStarts.isManifestKey(line), BlockStarts.manifestKeyName(line) != null, line);
    }

    @Provide
    Arbitrary<String> keyLines() {
        return Arbitraries.of("apiVersion", "kind", "kinds", "api", " kind", "metadata", "- kind")
                .flatMap(key -> Arbitraries.of(":", ": ", ":\t", ":x", " :", "")
                        .flatMap(colon -> Arbitraries.strings().withChars("Pod v1:# \t").ofMaxLength(6)
                                .map(rest -> key + colon + rest)));
    }

    @Test
    void flowchartsStartWithGraphOrFlowchartAndADirection() {
        assertTrue(BlockStarts.isFlowchartStart("graph LR"));
        assertTrue(BlockStarts.isFlowchartStart("flowchart TD; A-->B"));
        assertTrue(BlockStarts.isFlowchartStart("graph BT A[x] --> B"));
        assertFalse(BlockStarts.isFlowchartStart("graph"), "no direction");
        assertFalse(BlockStarts.isFlowchartStart("graph LRX"), "not a direction word");
        assertFalse(BlockStarts.isFlowchartStart("the graph LR shows"), "not at the start");
    }

    @Test
    void otherMermaidDiagramsStartWithTheirTypeName() {
        assertTrue(BlockStarts.isMermaidStart("sequenceDiagram"));
        assertTrue(BlockStarts.isMermaidStart("stateDiagram-v2"));
        assertTrue(BlockStarts.isMermaidStart("graph TD"));
        assertFalse(BlockStarts.isMermaidStart("pies are round"), "a word that begins like a type");
        assertFalse(BlockStarts.isFlowchartStart("sequenceDiagram"), "not a flowchart");
    }

    @Test
    void aManifestStartsAtApiVersionKindOrItsFileName() {
        assertTrue(BlockStarts.isManifestStart("apiVersion: v1"));
        assertTrue(BlockStarts.isManifestStart("kind: Pod"));
        assertTrue(BlockStarts.isManifestStart("kind:"));
        assertTrue(BlockStarts.isManifestStart("# deploy/web.yaml"));
        assertTrue(BlockStarts.isManifestStart("#pv.yml"));
        assertFalse(BlockStarts.isManifestStart("kind:Pod"), "YAML reads that as one scalar, not a key");
        assertFalse(BlockStarts.isManifestStart("# notes about yaml"));
        assertFalse(BlockStarts.isManifestKey("# pod.yaml"), "the file name is no key");
        assertFalse(BlockStarts.isManifestStart("metadata:"));
    }

    @Test
    void blockScalarOpenersTakeEveryIndicator() {
        for (String line : new String[] {"  script: |", "data: >-", "x: |+", "cmd: |2", "text: >  # folded", "- run: |"}) {
            assertTrue(BlockStarts.opensBlockScalar(line), line);
        }
        for (String line : new String[] {"key: value", "key: 'a|b'", "a|b", "key:|"}) {
            assertFalse(BlockStarts.opensBlockScalar(line), line);
        }
    }

    @Test
    void indentCountsLeadingWhitespaceOnly() {
        assertEquals(0, BlockStarts.indentOf("graph LR"));
        assertEquals(3, BlockStarts.indentOf(" \t graph LR"));
        assertEquals(2, BlockStarts.indentOf("  "));
    }

    // The renderer's fencer used these patterns on raw lines before they moved here; the new calls must agree.
    private static final Pattern OLD_FLOWCHART = Pattern.compile("\\s{0,3}(graph|flowchart)\\s+(TB|TD|BT|LR|RL)\\b.*");
    private static final Pattern OLD_MANIFEST = Pattern.compile("\\s{0,3}(apiVersion|kind):(\\s.*)?");
    private static final Pattern OLD_BLOCK_SCALAR = Pattern.compile(".*:\\s+[|>][-+0-9]*\\s*(#.*)?");

    private static boolean indentedStart(String line, java.util.function.Predicate<String> start) {
        int indent = BlockStarts.indentOf(line);
        return indent <= 3 && start.test(line.substring(indent));
    }

    @Property(tries = 2000)
    void theSharedDefinitionsAgreeWithTheRenderersOldOnes(@ForAll("lines") String line) {
        assertEquals(OLD_FLOWCHART.matcher(line).matches(), indentedStart(line, BlockStarts::isFlowchartStart), line);
        assertEquals(OLD_MANIFEST.matcher(line).matches(), indentedStart(line, BlockStarts::isManifestKey), line);
        assertEquals(OLD_BLOCK_SCALAR.matcher(line).matches(), BlockStarts.opensBlockScalar(line), line);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> pieces = Arbitraries.of(" ", "\t", "  ", "graph", "flowchart", "LR", "TD", "LRX", "apiVersion",
                "kind", ":", ": ", "|", ">", "-", "+", "2", "#", " # c", "v1", "Pod", "x", "\u00a0", "\r");
        return pieces.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
