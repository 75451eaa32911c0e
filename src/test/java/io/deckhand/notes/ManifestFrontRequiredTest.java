package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A manifest card's front states every value its manifest sets that is neither a default nor a
 * free choice nor said by the task's own words, or the card is proposed unticked with the reason.
 */
class ManifestFrontRequiredTest {

    private static String task(String statement, String yaml) {
        return "### " + statement + "\n\n<details><summary>show</summary>\n\n```yaml\n" + yaml + "```\n\n</details>\n";
    }

    private static final String BATCH = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: counter
            spec:
              completions: 5
              parallelism: 2
              backoffLimit: 3
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: counter
                    image: alpine:3.19
            """;

    @Test
    void aTaskThatNamesItsJobStillGetsTheCountsItsManifestSets() {
        CardDraft c = one(md(task("Create a job called `counter` that uses the image `alpine:3.19`", BATCH)),
                CardKind.MANIFEST, "counter");
        assertTrue(c.front().contains("5 completions"), c.front());
        assertTrue(c.front().contains("parallelism 2"), c.front());
        assertTrue(c.front().contains("backoff limit 3"), c.front());
        assertTrue(c.front().contains("`restartPolicy: OnFailure`"), c.front());
        assertTrue(c.quality().passed(), c.quality().reasons().toString());
    }

    @Test
    void aValueTheStatementSaysIsNotRepeated() {
        CardDraft c = one(md(task("Create a job `counter` (image `alpine:3.19`) that runs 5 completions, "
                + "2 in parallel, retried 3 times, restarting on failure", BATCH.replace("OnFailure", "Always"))), CardKind.MANIFEST, "counter");
        assertFalse(c.front().contains("\n\n" + ManifestFront.REQUIREMENTS), c.front());
    }

    @Test
    void defaultsAreNotAsked() {
        String yaml = BATCH.replace("completions: 5", "completions: 1").replace("parallelism: 2", "parallelism: 1")
                .replace("backoffLimit: 3", "backoffLimit: 6").replace("OnFailure", "Always");
        assertTrue(ManifestFront.unstated(yaml, "Create a job `counter` with image alpine:3.19").isEmpty(),
                ManifestFront.unstated(yaml, "Create a job `counter` with image alpine:3.19").toString());
    }

    @Test
    void probeDefaultsAreNotAskedButItsOwnTimingAndAnAddressAre() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: pinger
                spec:
                  dnsConfig:
                    nameservers: [10.0.0.53]
                  containers:
                  - name: pinger
                    image: alpine
                    livenessProbe:
                      exec:
                        command: [true]
                      periodSeconds: 10
                      failureThreshold: 3
                      initialDelaySeconds: 7
                """;
        String missing = String.join(", ", ManifestFront.unstated(yaml, "Create a pod `pinger` with image alpine and a liveness probe"));
        assertTrue(missing.contains("initialDelaySeconds: 7"), missing);
        assertTrue(missing.contains("10.0.0.53"), missing);
        assertFalse(missing.contains("periodSeconds") || missing.contains("failureThreshold"), missing);
    }

    private static final String GATEWAY = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: front-door
            spec:
              tls:
              - hosts:
                - shop.example.org
                secretName: shop-cert
              rules:
              - host: shop.example.org
                http:
                  paths:
                  - path: /basket
                    pathType: Prefix
                    backend:
                      service:
                        name: basket
                        port:
                          number: 8080
            """;

    @Test
    void anIngressFrontGivesHostTlsSecretAndRoutes() {
        String front = ManifestFront.of(GATEWAY);
        for (String v : List.of("shop.example.org", "shop-cert", "/basket", "basket", "8080")) {
            assertTrue(front.contains(v), v + " in " + front);
        }
        assertNull(ManifestFront.gap(front, "```yaml\n" + GATEWAY + "```"), front);
    }

    private static final String LOCAL_VOLUME = """
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: fast-disk
            spec:
              capacity:
                storage: 10Gi
              accessModes: [ReadWriteOnce]
              local:
                path: /mnt/ssd0
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - key: kubernetes.io/hostname
                      operator: In
                      values: [worker-7]
            """;

    @Test
    void aLocalVolumeFrontGivesItsPathAndNode() {
        CardDraft c = one(md(task("Create a persistent volume named `fast-disk` of 10Gi", LOCAL_VOLUME)),
                CardKind.MANIFEST, "fast-disk");
        assertTrue(c.front().contains("/mnt/ssd0"), c.front());
        assertTrue(c.front().contains("worker-7"), c.front());
    }

    @Test
    void aFrontThatWouldCarryTooManyValuesIsProposedUntickedWithTheReason() {
        StringBuilder env = new StringBuilder();
        for (int i = 1; i <= ManifestFront.MAX_STATED + 2; i++) {
            env.append("        - name: SETTING_").append(i).append("\n          value: \"").append(1000 + i).append("\"\n");
        }
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: tuner
                spec:
                  containers:
                  - name: tuner
                    image: alpine
                    env:
                """ + env.toString().replace("        -", "    -").replace("          value", "      value");
        CardDraft c = one(md(task("Create a pod `tuner` from the image `alpine`", yaml)), CardKind.MANIFEST, "tuner");
        assertFalse(c.quality().passed(), c.front());
        assertTrue(c.quality().reasonText().contains("does not say values its manifest sets"), c.quality().reasons().toString());
    }

    // A Job with generated counts, deadline and mount path: whatever a ticked card's front is, it states them.
    record Generated(String name, int completions, int parallelism, int backoff, int deadline, String mount) {
        String yaml() {
            return """
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: %s
                    spec:
                      completions: %d
                      parallelism: %d
                      backoffLimit: %d
                      activeDeadlineSeconds: %d
                      template:
                        spec:
                          restartPolicy: Never
                          containers:
                          - name: main
                            image: busybox
                            volumeMounts:
                            - name: scratch
                              mountPath: %s
                          volumes:
                          - name: scratch
                            emptyDir: {}
                    """.formatted(name, completions, parallelism, backoff, deadline, mount);
        }

        /** The values the generator set that are no defaults. */
        List<String> values() {
            List<String> v = new ArrayList<>(List.of(String.valueOf(deadline), mount, "busybox", "Never"));
            if (completions != 1) v.add(String.valueOf(completions));
            if (parallelism != 1) v.add(String.valueOf(parallelism));
            if (backoff != 6) v.add(String.valueOf(backoff));
            return v;
        }
    }

    @Provide
    Arbitrary<Generated> jobs() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10);
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 40);
        Arbitrary<String> mounts = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> "/" + String.join("/", parts));
        return Combinators.combine(names, counts, counts, counts, Arbitraries.integers().between(30, 900), mounts)
                .as(Generated::new);
    }

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.of("Create a job named `%s`", "Write the manifest of the job %s", "Run a batch job `%s` with busybox",
                "Create the job just described using YAML");
    }

    @Property(tries = 150)
    void everyTickedManifestFrontStatesTheValuesItsAnswerSets(@ForAll("jobs") Generated job, @ForAll("statements") String statement) {
        for (CardDraft c : md(task(statement.formatted(job.name()), job.yaml()))) {
            if (c.kind() != CardKind.MANIFEST || !c.quality().passed()) continue;
            for (String v : job.values()) assertTrue(c.front().contains(v), v + " missing from " + c.front());
        }
    }
}
