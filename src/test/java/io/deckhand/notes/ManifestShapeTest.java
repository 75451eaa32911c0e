package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a manifest card shows a whole manifest to write. An excerpt, prose that YAML reads
 * as a mapping, a wrapper that only names its object, or a file of manifests the front cannot state
 * whole gives no card; a dry run's empty server fields are left off the stored manifest.
 */
class ManifestShapeTest {
    private static boolean noManifest(String note) {
        return md(note).stream().noneMatch(c -> c.kind() == CardKind.MANIFEST);
    }

    @Test
    void anExcerptWithContentLeftOutIsNoCard() {
        for (String elided : List.of("spec: . . .", "spec:\n  ...", "spec:\n  # ... the rest as before", "spec: { ... }",
                "spec:\n  replicas: 2\n---\n# ... more objects below")) {
            assertTrue(noManifest("""
                    Example:

                    ```yaml
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: bakery
                    %s
                    ```
                    """.formatted(elided)), elided);
        }
    }

    @Test
    void dotsInsideAValueAreNoElision() {
        assertFalse(ManifestShape.elided("kind: Kustomization\nresources:\n- ../../base\n- oven.yaml\n"));
        assertFalse(ManifestShape.elided("kind: Pod\nspec:\n  replicas: 3 # then scale up...\n"));
    }

    @Test
    void proseThatReadsAsYamlIsNoManifest() {
        assertTrue(noManifest("""
                Example:

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                The oven pod bakes bread. Note: it needs an image.
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                ```
                """));
    }

    @Test
    void aYamlFenceThatDoesNotParseIsNoCard() {
        assertTrue(noManifest("""
                Example:

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                   ports: [80
                ```
                """));
    }

    @Test
    void aManifestThatOnlyNamesItsObjectIsNoCard() {
        assertTrue(noManifest("""
                Example:

                ```yaml
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: bakery
                  labels:
                    team: bread
                    tier: back
                ```
                """));
    }

    @Test
    void aFileOfManifestsIsCardedWholeOrNotAtAll() {
        String three = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: recipes
                data:
                  flour: rye
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: till
                stringData:
                  pin: "4321"
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: counter
                spec:
                  selector:
                    app: counter
                  ports:
                  - port: 8080
                """;
        CardDraft whole = one(md("Example:\n\n```yaml\n" + three + "```\n"), CardKind.MANIFEST, "ConfigMap");
        assertTrue(whole.front().contains("Secret `till`") && whole.front().contains("Service `counter`"), whole.front());
        String fourth = "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: baker\nautomountServiceAccountToken: false\n";
        assertTrue(noManifest("Example:\n\n```yaml\n" + three + fourth + "```\n"));
        String fragment = "---\ncontainers:\n- name: oven\n  image: bakery/oven:2\n";
        assertTrue(noManifest("Example:\n\n```yaml\n" + three + fragment + "```\n"));
    }

    @Test
    void aDryRunTemplateIsStoredWithoutTheFieldsTheServerFillsIn() {
        CardDraft c = one(md("""
                Start from a dry run, for example:

                ```yaml
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  creationTimestamp: null
                  name: proofing
                spec:
                  jobTemplate:
                    metadata:
                      creationTimestamp: null
                      name: proofing
                    spec:
                      template:
                        metadata:
                          creationTimestamp: null
                        spec:
                          containers:
                          - image: bakery/timer:1
                            name: proofing
                            resources: {}
                          restartPolicy: OnFailure
                  schedule: '*/5 * * * *'
                status: {}
                ```
                """), CardKind.MANIFEST, "CronJob");
        String yaml = ManifestCardsTest.yamlOf(c.back());
        assertFalse(yaml.contains("creationTimestamp") || yaml.contains("status"), yaml);
        assertTrue(ManifestRepair.parses(yaml), yaml);
        assertTrue(yaml.contains("schedule: '*/5 * * * *'") && yaml.contains("image: bakery/timer:1"), yaml);
    }

    @Test
    void aSwitchTurnedOnIsSaidOnTheFront() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: prices
                immutable: true
                data:
                  loaf: "3"
                ```
                """), CardKind.MANIFEST, "ConfigMap");
        assertTrue(c.front().contains("`immutable: true`"), c.front());
    }

    @Test
    void anAggregatedClusterRoleSaysWhichLabelsItGathers() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: bakery-viewer
                aggregationRule:
                  clusterRoleSelectors:
                  - matchLabels:
                      bakery.example/aggregate-to-viewer: "true"
                rules: []
                ```
                """), CardKind.MANIFEST, "ClusterRole");
        assertTrue(c.front().contains("bakery.example/aggregate-to-viewer: true"), c.front());
        assertFalse(c.front().contains("aggregationRule.clusterRoleSelectors.matchLabels"), c.front());
    }

    @Test
    void aFieldOfAnUnlistedKindIsNamedWithItsParentNotItsWholePath() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: bakery.example/v1
                kind: Oven
                metadata:
                  name: stone
                spec:
                  heating:
                    zones:
                      top: electric
                ```
                """), CardKind.MANIFEST, "Oven");
        assertTrue(c.front().contains("`zones.top: electric`"), c.front());
        assertFalse(c.front().contains("spec.heating"), c.front());
    }

    @Test
    void theRemovalKeepsEveryOtherLine() {
        String dryRun = "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  name: oven\nspec:\n  containers:\n"
                + "  - image: bakery/oven:2\n    name: oven\nstatus: {}";
        assertEquals("apiVersion: v1\nkind: Pod\nmetadata:\n  name: oven\nspec:\n  containers:\n  - image: bakery/oven:2\n    name: oven",
                ManifestShape.withoutEmptyServerFields(dryRun));
        String stored = "kind: Pod\nmetadata:\n  creationTimestamp: \"2024-05-01T08:00:00Z\"\n  name: oven\n";
        assertEquals(stored, ManifestShape.withoutEmptyServerFields(stored));
    }
    @Test
    void aListOfChosenWordsIsSaidWhole() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: bakery.example/v1
                kind: OrderHook
                metadata:
                  name: late-orders
                hooks:
                - name: late.bakery.example
                  rules:
                  - operations: ["CREATE", "UPDATE"]
                    resources: ["orders"]
                ```
                """), CardKind.MANIFEST, "OrderHook");
        assertTrue(c.front().contains("`rules.operations: CREATE, UPDATE`") && c.front().contains("`rules.resources: orders`"), c.front());
    }
    @Test
    void anOutlineWithItsApiVersionBlankIsNoManifest() {
        assertTrue(noManifest("""
                Example:

                ```yaml
                apiVersion:
                kind: Deployment
                spec:
                  strategy: rollingUpdate | recreate
                ```
                """));
    }

    @Test
    void aMisspeltIdentityKeyIsStillOnlyIdentity() {
        assertTrue(noManifest("""
                Example:

                ```yaml
                apiversion: v1
                kind: Pod
                metadata:
                  name: oven
                  labels:
                    app: bakery
                ```
                """));
    }

    @Test
    void aQuantityAndAnEntrysValueAreSaid() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: v1
                kind: LimitRange
                metadata:
                  name: oven-limits
                spec:
                  limits:
                  - type: Container
                    max:
                      cpu: "2"
                    min:
                      cpu: 200m
                ```
                """), CardKind.MANIFEST, "LimitRange");
        assertTrue(c.front().contains("200m"), c.front());
        CardDraft p = one(md("""
                Example:

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                  tolerations:
                  - key: heat
                    operator: Equal
                    value: high
                    effect: NoSchedule
                ```
                """), CardKind.MANIFEST, "Pod");
        assertTrue(p.front().contains("`tolerations.value: high`"), p.front());
    }
    @Test
    void aWorkloadWithoutAContainerIsAPatchNotAManifest() {
        for (String body : List.of("kind: Deployment\nmetadata:\n  name: ovens\nspec:\n  replicas: 3\n",
                "kind: Pod\nmetadata:\n  name: oven\nspec:\n  serviceAccountName: baker\n")) {
            assertTrue(noManifest("Example:\n\n```yaml\napiVersion: v1\n" + body + "```\n"), body);
        }
    }

    @Test
    void aStatefulSetSaysTheLabelsItSelects() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: dough
                spec:
                  serviceName: dough
                  replicas: 2
                  selector:
                    matchLabels:
                      app: proofer
                  template:
                    metadata:
                      labels:
                        app: proofer
                    spec:
                      containers:
                      - name: proofer
                        image: bakery/proofer:3
                ```
                """), CardKind.MANIFEST, "StatefulSet");
        assertTrue(c.front().contains("`matchLabels: {app: proofer}`"), c.front());
    }
    @Test
    void anAnnotationIsSaidWholeOrAMapNotAtAll() {
        CardDraft c = one(md("""
                Example:

                ```yaml
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: crumbs
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "true"
                provisioner: bakery.example/disk
                ```
                """), CardKind.MANIFEST, "StorageClass");
        assertTrue(c.front().contains("`annotations: {storageclass.kubernetes.io/is-default-class: true}`"), c.front());
        CardDraft p = one(md("""
                Example:

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                  nodeSelector:
                    zone: north
                    note: this label value is far too long to be said on the front of any card at all
                ```
                """), CardKind.MANIFEST, "Pod");
        assertFalse(p.front().contains("zone: north"), p.front());
    }
}
