package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.text.BlockStarts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The flattened-notes reader splits two manifests at a second {@code apiVersion} or {@code kind} key,
 * now named by {@link BlockStarts#manifestKeyName}; on every line it reads as YAML that is the same
 * test as the {@code startsWith("apiVersion:")} it replaced.
 */
class ManifestSplitRuleTest {
    @Property(tries = 2000)
    void onYamlLinesTheSharedKeyRuleIsTheOldPrefixTest(@ForAll("lines") String line) {
        if (!PlainLines.isYamlLine(line)) return;
        String key = BlockStarts.manifestKeyName(line);
        assertEquals(line.startsWith("apiVersion:"), "apiVersion".equals(key), line);
        assertEquals(line.startsWith("kind:"), "kind".equals(key), line);
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("apiVersion", "kind", "kinds", "- kind", "#kind", "metadata", "Kind", "")
                .flatMap(key -> Arbitraries.of(":", ": ", ":\t", ":x", " :", "", "::")
                        .flatMap(colon -> Arbitraries.strings().withChars("Pod v1:#- \t").ofMaxLength(8)
                                .map(rest -> key + colon + rest)));
    }
}
