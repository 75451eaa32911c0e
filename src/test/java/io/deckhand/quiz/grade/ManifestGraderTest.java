package io.deckhand.quiz.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.quiz.grade.Difference.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestGraderTest {
    private final ManifestGrader grader = new ManifestGrader();

    static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: nginx:1.25
                ports:
                - containerPort: 80
              - name: sidecar
                image: busybox
                command: ["sh", "-c", "sleep 3600"]
                env:
                - name: MODE
                  value: prod
                - name: LEVEL
                  value: "3"
              volumes:
              - name: data
                emptyDir: {}
            """;

    static Stream<Arguments> equivalent() {
        return Stream.of(
                Arguments.of("keys reordered and comments", """
                        # the web pod
                        kind: Pod   # a pod
                        apiVersion: v1
                        spec:
                          volumes:
                          - emptyDir: {}
                            name: data
                          containers:
                          - image: nginx:1.25
                            name: nginx
                            ports:
                            - containerPort: 80
                          - name: sidecar
                            env:
                            - value: prod
                              name: MODE
                            - name: LEVEL
                              value: "3"
                            command:
                            - sh
                            - -c
                            - sleep 3600
                            image: busybox
                        metadata:
                          labels: {app: web}
                          name: web
                        """),
                Arguments.of("named lists reordered", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: web, labels: {app: web}}
                        spec:
                          volumes: [{name: data, emptyDir: {}}]
                          containers:
                          - name: sidecar
                            image: busybox
                            command: [sh, -c, sleep 3600]
                            env:
                            - {name: LEVEL, value: "3"}
                            - {name: MODE, value: prod}
                          - name: nginx
                            image: nginx:1.25
                            ports: [{containerPort: 80}]
                        """),
                Arguments.of("quoting and number leniency", POD.replace("containerPort: 80", "containerPort: \"80\"")
                        .replace("value: \"3\"", "value: 3").replace("image: busybox", "image: 'busybox'")),
                Arguments.of("defaults the API server adds", POD
                        .replace("    image: nginx:1.25\n", "    image: nginx:1.25\n    imagePullPolicy: IfNotPresent\n"
                                + "    terminationMessagePath: /dev/termination-log\n    resources: {}\n")
                        .replace("- containerPort: 80\n", "- containerPort: 80\n      protocol: TCP\n")
                        .replace("  volumes:\n", "  restartPolicy: Always\n  dnsPolicy: ClusterFirst\n  volumes:\n")
                        .replace("  name: web\n", "  name: web\n  namespace: default\n  creationTimestamp: null\n")
                        + "status: {}\n"),
                Arguments.of("leading document marker", "---\n" + POD + "---\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equivalent")
    void equivalentManifestsAreRight(String name, String answer) {
        Grade g = grader.grade(POD, answer);
        assertTrue(g.correct(), () -> g.differences().toString());
        assertEquals(1.0, g.score());
        assertTrue(grader.grade(answer, POD).correct(), "symmetric");
    }

    static Stream<Arguments> different() {
        return Stream.of(
                Arguments.of("wrong image", POD.replace("nginx:1.25", "nginx:1.24"),
                        new Difference(Kind.WRONG, "spec.containers[nginx].image", "nginx:1.25", "nginx:1.24")),
                Arguments.of("missing env var", POD.replace("    - name: LEVEL\n      value: \"3\"\n", ""),
                        new Difference(Kind.MISSING, "spec.containers[sidecar].env[LEVEL]", "{\"name\":\"LEVEL\",\"value\":\"3\"}", null)),
                Arguments.of("extra label", POD.replace("    app: web\n", "    app: web\n    tier: fe\n"),
                        new Difference(Kind.EXTRA, "metadata.labels.tier", null, "fe")),
                Arguments.of("wrong port", POD.replace("containerPort: 80", "containerPort: 8080"),
                        new Difference(Kind.MISSING, "spec.containers[nginx].ports[80]", "{\"containerPort\":80}", null)),
                Arguments.of("command order", POD.replace("[\"sh\", \"-c\", \"sleep 3600\"]", "[\"-c\", \"sh\", \"sleep 3600\"]"),
                        new Difference(Kind.WRONG, "spec.containers[sidecar].command[0]", "sh", "-c")),
                Arguments.of("missing container", POD.replace("""
                          - name: nginx
                            image: nginx:1.25
                            ports:
                            - containerPort: 80
                        """, ""),
                        new Difference(Kind.MISSING, "spec.containers[nginx]",
                                "{\"name\":\"nginx\",\"image\":\"nginx:1.25\",\"ports\":[{\"containerPort\":80}]}", null)),
                Arguments.of("a default value that is not the default", POD.replace("    image: busybox\n",
                        "    image: busybox\n    imagePullPolicy: Never\n"),
                        new Difference(Kind.EXTRA, "spec.containers[sidecar].imagePullPolicy", null, "Never")),
                Arguments.of("a list where an object belongs", POD.replace("  labels:\n    app: web\n", "  labels:\n  - app\n"),
                        new Difference(Kind.WRONG, "metadata.labels", "{\"app\":\"web\"}", "[\"app\"]")),
                Arguments.of("wrong kind", POD.replace("kind: Pod", "kind: Deployment"),
                        new Difference(Kind.WRONG, "kind", "Pod", "Deployment")),
                Arguments.of("case matters", POD.replace("value: prod", "value: Prod"),
                        new Difference(Kind.WRONG, "spec.containers[sidecar].env[MODE].value", "prod", "Prod")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("different")
    void differencesAreListedByPath(String name, String answer, Difference expected) {
        Grade g = grader.grade(POD, answer);
        assertFalse(g.correct());
        assertTrue(g.score() < 1, "score " + g.score());
        assertTrue(g.differences().contains(expected), () -> g.differences().toString());
    }

    @Test
    void partialCreditCountsExpectedFieldsAndHalfTheExtraOnes() {
        // POD has 17 leaf values (emptyDir: {} has none); one wrong image, one extra label.
        Grade wrongImage = grader.grade(POD, POD.replace("nginx:1.25", "nginx:1.24"));
        assertEquals(16.0 / 17, wrongImage.score(), 1e-9);
        Grade extraLabel = grader.grade(POD, POD.replace("    app: web\n", "    app: web\n    tier: fe\n"));
        assertEquals(17.0 / 17.5, extraLabel.score(), 1e-9);
    }

    @Test
    void wrongFirstThenMissingThenExtra() {
        Grade g = grader.grade(POD, POD.replace("nginx:1.25", "nginx:1.24").replace("    app: web\n", "    tier: fe\n"));
        assertEquals(List.of(Kind.WRONG, Kind.MISSING, Kind.EXTRA), g.differences().stream().map(Difference::kind).toList());
    }

    @Test
    void portsPairByContainerPortWhenTheAnswerLeavesOutTheirNames() {
        String expected = "spec:\n  ports:\n  - name: http\n    containerPort: 80\n  - name: https\n    containerPort: 443\n";
        String answer = "spec:\n  ports:\n  - containerPort: 443\n    name: https\n  - containerPort: 80\n";
        Grade g = grader.grade(expected, answer);
        assertEquals(List.of(new Difference(Kind.MISSING, "spec.ports[http].name", "http", null)), g.differences());
    }

    @Test
    void unorderedValueListsIgnoreOrder() {
        String expected = "rules:\n- apiGroups: [\"\"]\n  resources: [pods, services]\n  verbs: [get, list, watch]\n";
        assertTrue(grader.grade(expected, "rules:\n- verbs: [watch, get, list]\n  resources: [services, pods]\n  apiGroups: [\"\"]\n").correct());
        Grade g = grader.grade(expected, "rules:\n- apiGroups: [\"\"]\n  resources: [pods, services]\n  verbs: [get, list, delete]\n");
        assertEquals(List.of(new Difference(Kind.MISSING, "rules[0].verbs", "watch", null),
                new Difference(Kind.EXTRA, "rules[0].verbs", null, "delete")), g.differences());
    }

    @Test
    void multiDocumentsPairByKindAndName() {
        String svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n";
        Grade right = grader.grade(POD + "---\n" + svc, svc + "---\n" + POD);
        assertTrue(right.correct(), () -> right.differences().toString());
        Grade missing = grader.grade(POD + "---\n" + svc, POD);
        assertEquals(List.of("MISSING Service/web"),
                missing.differences().stream().map(d -> d.kind() + " " + d.where()).toList());
        assertTrue(missing.score() > 0.5 && missing.score() < 1);
        Grade wrong = grader.grade(POD + "---\n" + svc, POD + "---\n" + svc.replace("port: 80", "port: 81"));
        assertTrue(wrong.differences().stream().anyMatch(d -> d.where().equals("Service/web: spec.ports[80]")),
                () -> wrong.differences().toString());
    }

    @Test
    void invalidYamlScoresZeroWithTheParsersMessage() {
        Grade g = grader.grade(POD, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n labels: x\n");
        assertEquals(0, g.score());
        assertFalse(g.correct());
        Difference d = g.differences().get(0);
        assertEquals("answer", d.where());
        assertTrue(d.actual().matches("\\d+:\\d+: .+"), d.actual());
    }

    @Test
    void hostileYamlIsRefusedNotExpanded() {
        // "billion laughs": each level refers to the one before ten times
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        Grade g = grader.grade(POD, bomb.toString());
        assertEquals(0, g.score());
        assertTrue(g.differences().get(0).actual().contains("aliases"), g.differences().toString());
        Grade deep = grader.grade(POD, "[".repeat(500) + "]".repeat(500));
        assertEquals(0, deep.score());
        Grade duplicate = grader.grade(POD, "kind: Pod\nkind: Service\n");
        assertEquals(0, duplicate.score());
    }

    @Test
    void longValueListsGoByPositionInsteadOfQuadraticPairing() {
        String big = "rules:\n- verbs: [" + String.join(", ", java.util.Collections.nCopies(40_000, "get")) + "]\n";
        Grade g = grader.grade(big, big.replaceFirst("get", "list"));
        assertFalse(g.correct());
        assertEquals(List.of(new Difference(Kind.WRONG, "rules[0].verbs[0]", "get", "list")), g.differences());
    }

    @Test
    void emptyAnswerIsMissing() {
        Grade g = grader.grade(POD, "   \n# nothing\n");
        assertEquals(List.of(Kind.MISSING), g.differences().stream().map(Difference::kind).toList());
        assertEquals(0, g.score());
    }

    @Test
    void dryRunOutputGradesAsTheHandWrittenManifest() {
        String handWritten = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n"
                + "  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n"
                + "        app: web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n";
        String dryRun = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n"
                + "  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n"
                + "    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n"
                + "      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n";
        assertTrue(grader.grade(dryRun, handWritten).correct());
        assertTrue(grader.grade(handWritten, dryRun).correct());
    }
}
