package io.deckhand.render.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlValidatorTest {
    private final YamlValidator validator = new YamlValidator();

    @Test
    void validManifestHasNoProblems() {
        assertEquals(List.of(), validator.check("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  labels: {app: web}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: web
                        image: nginx
                        imagePullPolicy: Always
                """));
    }

    @Test
    void unknownFieldIsReportedWithItsPathAndPosition() {
        List<YamlProblem> problems = validator.check("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                      - name: web
                        imagePullPolcy: Always
                """);
        assertEquals(1, problems.size(), problems.toString());
        YamlProblem p = problems.get(0);
        assertTrue(p.message().contains("spec.template.spec.containers[0].imagePullPolcy"), p.message());
        assertTrue(p.message().contains("imagePullPolicy"), "suggests the right name: " + p.message());
        assertEquals(8, p.line());
        assertEquals(9, p.column());
    }

    @Test
    void wrongShapeIsReported() {
        List<YamlProblem> problems = validator.check("kind: Pod\nspec:\n  containers:\n    name: x\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("spec.containers` should be a list"), problems.toString());
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        List<YamlProblem> problems = validator.check("a: 1\nb: [1, 2\nc: 3\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).line() >= 2, problems.toString());
        assertTrue(problems.get(0).column() >= 1, problems.toString());
    }

    @Test
    void duplicateKeysAreRejected() {
        List<YamlProblem> problems = validator.check("a: 1\nb: 2\na: 3\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().toLowerCase().contains("duplicate"), problems.toString());
        assertEquals(3, problems.get(0).line());
    }

    @Test
    void multipleDocumentsAreEachChecked() {
        List<YamlProblem> problems = validator.check("kind: Service\nspec:\n  prots: []\n---\nkind: ConfigMap\ndata:\n  a: b\nbogus: 1\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("spec.prots"));
        assertTrue(problems.get(1).message().contains("`bogus`"));
        assertEquals(8, problems.get(1).line());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aliasBombIsRefused() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        List<YamlProblem> problems = validator.check(b.toString());
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).message().contains("aliases"), problems.toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        List<YamlProblem> problems = validator.check(deep);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("nested too deeply"), problems.toString());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            block.append(" ".repeat(i)).append("k:\n");
        }
        List<YamlProblem> blockProblems = validator.check(block.toString());
        assertTrue(blockProblems.get(0).message().contains("nested too deeply"), blockProblems.toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeSnippetIsRefused() {
        String big = "k: " + "x".repeat(5 * 1024 * 1024);
        List<YamlProblem> problems = validator.check(big);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("up to"), problems.toString());
    }
}
