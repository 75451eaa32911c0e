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

/** A manifest front states a value whole or not at all: a value cut short ("messa…") is another value. */
class ManifestFrontValuesTest {
    private static final String SHORT_ARGS = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: greeter
            spec:
              containers:
              - name: main
                image: alpine
                args: ["sh", "-c", "echo hi"]
            """;

    private static String podWithArgs(String script) {
        return SHORT_ARGS.replace("\"echo hi\"", "\"" + script + "\"");
    }

    @Test
    void aShortValueIsStatedWhole() {
        String front = ManifestFront.of(SHORT_ARGS);
        assertTrue(front.contains("sh -c echo hi"), front);
        assertTrue(String.join(", ", ManifestFront.unstated(SHORT_ARGS, "Make a pod")).contains("sh -c echo hi"));
    }

    @Test
    void aValueTooLongToStateIsLeftOutNotCut() {
        String script = "while true; do printf 'tick from the sidecar container'; sleep 15; done";
        String front = ManifestFront.of(podWithArgs(script));
        assertFalse(front.contains("…"), front);
        assertFalse(front.contains("while true"), front);
        assertTrue(front.contains("`greeter`") && front.contains("alpine"), front);
        List<String> unstated = ManifestFront.unstated(podWithArgs(script), "Make a pod that ticks");
        assertFalse(String.join(", ", unstated).contains("…"), unstated.toString());
        assertFalse(String.join(", ", unstated).contains("while"), unstated.toString());
    }

    @Provide
    Arbitrary<String> scripts() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)
                .list().ofMinSize(1).ofMaxSize(20).map(words -> String.join(" ", words));
    }

    @Property(tries = 200)
    void everyStatedValueIsWholeOrAbsent(@ForAll("scripts") String script) {
        String whole = "sh -c " + script;
        for (String said : List.of(ManifestFront.of(podWithArgs(script)),
                String.join(", ", ManifestFront.unstated(podWithArgs(script), "Make a pod")))) {
            assertFalse(said.contains("…"), said);
            // Either the whole args are said, or no word of the script is.
            boolean whollySaid = said.contains(whole);
            assertTrue(whollySaid || !said.contains("sh -c"), said);
        }
    }

    private static final String TOLERANT_POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: night-owl
            spec:
              containers:
              - name: main
                image: alpine
              tolerations:
              - key: shift
                operator: Equal
                value: night
                effect: NoSchedule
            """;

    @Test
    void aFieldTheStatementNamesIsWhatItAsksForSoItsValueIsNotGiven() {
        List<String> unstated = ManifestFront.unstated(TOLERANT_POD, "Let the pod run on the night-shift nodes. Use a toleration.");
        assertFalse(String.join(", ", unstated).contains("tolerations"), unstated.toString());
        assertTrue(unstated.contains("image `alpine`"), unstated.toString());
    }

    @Test
    void aFieldTheStatementDoesNotNameIsStillARequirement() {
        List<String> unstated = ManifestFront.unstated(TOLERANT_POD, "Let the pod run on the night-shift nodes.");
        assertTrue(unstated.contains("`tolerations.key: shift`"), unstated.toString());
    }
}
