package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The values a manifest front adds read as the task's requirements: each under its field's name as
 * the manifest spells it, never a default, never the value of a field the statement asks for.
 */
class ManifestFrontWordingTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: reader
              namespace: NS
            spec:
              restartPolicy: POLICY
              containers:
              - name: main
                image: alpine:3.19
                resources:
                  limits:
                    memory: 64Mi
                volumeMounts:
                - name: books
                  mountPath: /books
              volumes:
              - name: books
                persistentVolumeClaim:
                  claimName: shelf
            """;

    private static String pod(String namespace, String policy) {
        return POD.replace("NS", namespace).replace("POLICY", policy);
    }

    @Test
    void eachValueIsSaidUnderItsFieldName() {
        List<String> unstated = ManifestFront.unstated(pod("library", "Never"), "Make a pod `reader`");
        assertTrue(unstated.contains("`restartPolicy: Never`"), unstated.toString());
        assertTrue(unstated.contains("`mountPath: /books`"), unstated.toString());
        assertTrue(unstated.contains("`claimName: shelf`"), unstated.toString());
        assertTrue(unstated.contains("namespace `library`"), unstated.toString());
    }

    @Test
    void aMapUnderItsFieldNameReadsAsTheManifestWritesIt() {
        List<String> unstated = ManifestFront.unstated(pod("library", "Never"), "Make a pod `reader`");
        assertTrue(unstated.contains("`limits: {memory: 64Mi}`"), unstated.toString());
    }

    @Test
    void theDefaultNamespaceIsNoRequirement() {
        List<String> unstated = ManifestFront.unstated(pod("default", "Never"), "Make a pod `reader`");
        assertFalse(String.join(", ", unstated).contains("namespace"), unstated.toString());
        String front = ManifestFront.of(pod("default", "Never"));
        assertFalse(front.contains("`default`"), front);
        assertTrue(front.contains("`restartPolicy: Never`"), front);
    }

    @Test
    void aManifestOfDefaultsAloneIsNotDescribedByThem() {
        String front = ManifestFront.of("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: shelf
                  labels:
                    tier: books
                spec:
                  replicas: 1
                """);
        assertFalse(front.contains("replica"), front);
        assertTrue(front.contains("tier: books"), front);
    }

    @Test
    void aFieldTheStatementNamesInWordsIsAskedSoItsValueIsNotGiven() {
        List<String> unstated = ManifestFront.unstated(pod("library", "OnFailure"),
                "Make a pod `reader` and pick the restart policy that retries it");
        assertFalse(String.join(", ", unstated).contains("restartPolicy"), unstated.toString());
        assertTrue(unstated.contains("`claimName: shelf`"), unstated.toString());
    }

    @Test
    void aTaskFrontOpensItsValuesAsAnInstruction() {
        String note = "### Make a pod `reader` that reads the shelf\n\n<details><summary>show</summary>\n\n```yaml\n"
                + pod("library", "Never") + "```\n\n</details>\n";
        var card = NoteCards.one(NoteCards.md(note), io.deckhand.domain.card.CardKind.MANIFEST, "Make a pod `reader`");
        assertTrue(card.front().contains("\n\nUse namespace `library`, image `alpine:3.19`"), card.front());
        assertTrue(card.front().contains("`restartPolicy: Never`"), card.front());
    }

    @Property
    void onlyANonDefaultValueIsStatedAndAlwaysUnderItsField(@ForAll("namespaces") String namespace,
                                                           @ForAll("policies") String policy) {
        List<String> unstated = ManifestFront.unstated(pod(namespace, policy), "Make a pod `reader`");
        String said = String.join(", ", unstated);
        assertTrue(said.contains("namespace `" + namespace + "`") == !namespace.equals("default"), said);
        assertTrue(said.contains("`restartPolicy: " + policy + "`") == !policy.equals("Always"), said);
        assertFalse(said.contains("restart " + policy), said);
    }

    @Provide
    Arbitrary<String> namespaces() {
        return Arbitraries.oneOf(Arbitraries.just("default"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
                        // A word of the statement would be a namespace it states.
                        .filter(n -> !List.of("make", "pod", "reader").contains(n)));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("Always", "Never", "OnFailure");
    }
}
