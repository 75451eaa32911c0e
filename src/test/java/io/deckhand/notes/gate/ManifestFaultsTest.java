package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a manifest or command that teaches a value the API server rejects (a quantity outside
 * Kubernetes' grammar, a kind on an apiVersion that does not serve it) is proposed unticked, naming
 * the error; what is valid, templated or not Kubernetes' own is left alone.
 */
class ManifestFaultsTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String back) {
        return GATE.judge(new CardDraft(kind, "Write the manifest for the bakery's oven service", back, "", List.of(),
                new SourceRef("n.md", 1, 1, List.of())));
    }

    private static Quality manifest(String yaml) {
        return judged(CardKind.MANIFEST, "```yaml\n" + yaml + "```");
    }

    private static void rejected(Quality q, String... saying) {
        assertFalse(q.passed(), q.reasons().toString());
        for (String s : saying) assertTrue(q.reasonText().contains(s), () -> "'" + s + "' missing in " + q.reasons());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertEquals(List.of(), q.reasons());
    }

    @Test
    void aResourceLimitWithAWronglyCasedUnitIsUntickedWithTheFix() {
        rejected(manifest("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                    resources:
                      limits:
                        memory: 8GI
                        cpu: 250m
                """), "memory: 8GI", "not a Kubernetes quantity", "8Gi");
        rejected(manifest("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: flour
                spec:
                  resources:
                    requests:
                      storage: "500mi"
                """), "storage: 500mi", "500Mi");
    }

    @Test
    void aUnitThatIsNoKubernetesUnitIsNamedWithoutAGuess() {
        Quality q = manifest("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                    resources:
                      requests: {cpu: 100m, memory: 2GB}
                """);
        rejected(q, "memory: 2GB", "500m, 128Mi");
    }

    @Test
    void validQuantitiesInEveryPlaceAreKept() {
        kept(manifest("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                    resources:
                      requests:
                        cpu: "0.5" # half a core
                        memory: 128Mi # enough for the dough
                        ephemeral-storage: 1G
                      limits:
                        cpu: 1
                        memory: 1e9
                  volumes:
                  - name: crumbs
                    emptyDir:
                      sizeLimit: 64Mi
                """));
    }

    @Test
    void aLimitRangeItemIsReadByItsMapsNotItsTypeField() {
        kept(manifest("""
                apiVersion: v1
                kind: LimitRange
                metadata:
                  name: ovens
                spec:
                  limits:
                  - type: Container
                    default:
                      memory: 512Mi
                    max:
                      cpu: "2"
                """));
        rejected(manifest("""
                apiVersion: v1
                kind: LimitRange
                metadata:
                  name: ovens
                spec:
                  limits:
                  - type: Container
                    defaultRequest:
                      memory: 256mb
                """), "memory: 256mb");
    }

    @Test
    void aFieldOfTheSameNameOutsideAQuantityMapIsNotAQuantity() {
        kept(manifest("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: loaves.bakery.example.com
                spec:
                  group: bakery.example.com
                  versions:
                  - name: v1
                    served: true
                    storage: true
                """));
    }

    @Test
    void placeholdersAndTemplatesAreNotJudgedAsQuantities() {
        kept(manifest("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: oven
                spec:
                  containers:
                  - name: oven
                    image: bakery/oven:2
                    resources:
                      limits:
                        memory: <memory-limit>
                        cpu: ${OVEN_CPU}
                """));
    }

    @Test
    void aQuantityFlagOfKubectlIsCheckedToo() {
        rejected(judged(CardKind.COMMAND, "`kubectl set resources deploy/oven --limits=cpu=200m,memory=512mi`"),
                "memory: 512mi", "512Mi");
        rejected(judged(CardKind.COMMAND, "```\nkubectl create quota bakery --hard=cpu=2,requests.memory=1GB\n```"), "requests.memory: 1GB");
        kept(judged(CardKind.COMMAND, "`kubectl set resources deploy/oven --requests=cpu=100m,memory=64Mi`"));
    }

    @Test
    void aKindOnAnApiVersionThatDoesNotServeItIsUntickedSayingWhichServes() {
        rejected(manifest("""
                apiVersion: v1
                kind: Deployment
                metadata:
                  name: oven
                spec:
                  replicas: 2
                """), "kind Deployment with apiVersion v1", "Deployment is apps/v1");
        rejected(manifest("""
                apiVersion: apps/v1
                kind: CronJob
                metadata:
                  name: proofing
                """), "CronJob is batch/v1");
    }

    @Test
    void everyServedVersionNestedReferencesAndUnknownKindsAreKept() {
        kept(manifest("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: oven
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: oven
                  minReplicas: 1
                  maxReplicas: 4
                """));
        kept(manifest("""
                apiVersion: bakery.example.com/v1
                kind: Loaf
                metadata:
                  name: sourdough
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: oven
                """));
    }

    @Test
    void aRemovedVersionIsReportedOnceAsRemoved() {
        Quality q = manifest("""
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata:
                  name: front
                """);
        rejected(q, "removed in Kubernetes 1.22");
        assertEquals(1, q.reasons().size(), q.reasons().toString());
    }

    @Test
    void anExcerptEllipsisIsNotAskedToParse() {
        CardDraft d = new CardDraft(CardKind.BASIC, "Mount the oven's volume", "```yaml\ncontainers:\n- image: oven\n...\n  volumeMounts:\n  - name: v\n```",
                "", List.of(), new SourceRef("n.md", 1, 1, List.of()));
        kept(GATE.withYamlCheck(yaml -> "line 4: expected a document start").judge(d));
    }

    @Test
    void aYamlProblemIsReportedOnlyWhenTheGateIsLentAParser() {
        String back = "```yaml\napiVersion: v1\nkind: Pod\nmetadata: {\n```";
        CardDraft d = new CardDraft(CardKind.MANIFEST, "Write the oven pod", back, "", List.of(), new SourceRef("n.md", 1, 1, List.of()));
        kept(GATE.judge(d));
        Quality q = GATE.withYamlCheck(yaml -> yaml.contains("{\n") ? "line 3: unclosed flow mapping" : null).judge(d);
        rejected(q, "not valid YAML (line 3: unclosed flow mapping)");
    }
    @Test
    void theDumpOfAStoredObjectIsNoManifestToWrite() {
        rejected(manifest("""
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: "2024-05-01T08:00:00Z"
                  name: counter
                  resourceVersion: "40211"
                  uid: 5f0c1e2a-1111-2222-3333-444455556666
                spec:
                  ports:
                  - port: 80
                  selector:
                    app: counter
                """), "creationTimestamp, resourceVersion, uid", "dump of a stored object");
        rejected(manifest("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ovens
                spec:
                  replicas: 2
                status:
                  readyReplicas: 2
                """), "(status)");
    }

    @Test
    void aDryRunsEmptyServerFieldsAreATemplateNotADump() {
        kept(manifest("""
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: null
                  name: counter
                spec:
                  ports:
                  - port: 80
                status:
                  loadBalancer: {}
                """));
    }

    @Test
    void aDumpShownBesideTheCommandsOfASolutionIsLeftToTheTask() {
        String back = "```bash\nkubectl edit svc counter\n```\n\n```yaml\napiVersion: v1\nkind: Service\nmetadata:\n"
                + "  name: counter\n  uid: 5f0c1e2a-1111\nspec:\n  type: NodePort\n```";
        assertTrue(judged(CardKind.MANIFEST, back).reasons().stream().noneMatch(r -> r.contains("dump")));
    }
}
