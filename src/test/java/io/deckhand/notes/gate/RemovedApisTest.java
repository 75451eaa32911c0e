package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec examples: a card using an API version, sub-command or flag the subject removed is proposed unticked, saying which. */
class RemovedApisTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.BASIC, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void aManifestOnARemovedApiVersionIsUnticked() {
        Quality q = judged("Write a Deployment `shop` (2 replicas)", """
                ```yaml
                apiVersion: extensions/v1beta1
                kind: Deployment
                metadata:
                  name: shop
                spec:
                  replicas: 2
                ```""");
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("extensions/v1beta1 Deployment, removed in Kubernetes 1.16"), q.reasons().toString());
    }

    @Test
    void theSameKindOnItsCurrentVersionIsKept() {
        Quality q = judged("Write a Deployment `shop` (2 replicas)", """
                ```yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: shop
                ```""");
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void aVersionIsJudgedWithTheKindOfItsOwnManifest() {
        // batch/v1beta1 was removed for CronJob; a ConfigMap in the next document is no CronJob.
        RemovedApis removed = RemovedApis.parse(List.of("api batch/v1beta1 CronJob 1.25"));
        assertNull(removed.usedIn("apiVersion: batch/v1beta1\nkind: Gadget\n---\napiVersion: v1\nkind: CronJob\n"));
        assertEquals("batch/v1beta1 CronJob, removed in Kubernetes 1.25",
                removed.usedIn("apiVersion: \"batch/v1beta1\"\nkind: CronJob\n"));
    }

    @Test
    void proseAboutTheMigrationIsKept() {
        Quality q = judged("Which apiVersion replaced extensions/v1beta1 for a Deployment?", "`apps/v1`");
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void aRemovedSubCommandOrFlagOnAKubectlLineIsUnticked() {
        Quality sub = judged("How do you roll a replication controller to a new image?",
                "```shell\nkubectl rolling-update frontend --image=web:v2\n```");
        assertFalse(sub.passed());
        assertTrue(sub.reasonText().contains("kubectl rolling-update, removed in Kubernetes 1.18"), sub.reasons().toString());
        Quality flag = judged("List pods including uninitialized ones",
                "```shell\nkubectl get pods --include-uninitialized\n```");
        assertFalse(flag.passed());
        assertTrue(flag.reasonText().contains("--include-uninitialized flag"), flag.reasons().toString());
    }

    @Test
    void aLongerFlagOrAnotherToolIsNotTheRemovedOne() {
        RemovedApis removed = RemovedApis.parse(List.of("kubectl --export 1.18", "kubectl rolling-update 1.18"));
        assertNull(removed.usedIn("kubectl get cm app --exporter=json"));
        assertNull(removed.usedIn("helm rolling-update chart"));
        assertNull(removed.usedIn("kubectl rollout restart deploy/web"));
    }

    @Test
    void aRenamedFlagIsUntickedNamingItsNewName() {
        Quality q = judged("How do you prune only the kinds you list?",
                "```shell\nkubectl apply -f dir/ --prune -l app=shop --prune-whitelist=core/v1/ConfigMap\n```");
        assertFalse(q.passed());
        assertTrue(q.reasonText().contains("renamed --prune-allowlist"), q.reasons().toString());
        assertTrue(judged("How do you prune only the kinds you list?",
                "```shell\nkubectl apply -f dir/ --prune -l app=shop --prune-allowlist=core/v1/ConfigMap\n```").passed());
    }

    @Test
    void aRetiredAddOnIsUntickedUnlessItsSuccessorIsNamed() {
        RemovedApis removed = RemovedApis.parse(List.of("addon gizmo 1.13 widget-server"));
        assertEquals("gizmo, an add-on retired in Kubernetes 1.13 (replaced by widget-server)",
                removed.usedIn("kubectl top needs Gizmo running in kube-system"));
        assertNull(removed.usedIn("widget-server took over from Gizmo as the metrics source"));
        assertNull(removed.usedIn("kubectl get pods -n gizmos"));
        Quality q = judged("What does `kubectl top node` need in the cluster?", "Heapster, running in kube-system.");
        assertFalse(q.passed(), q.reasons().toString());
    }

    @Test
    void anUnreadableLineOfTheVocabularySaysWhich() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RemovedApis.parse(List.of("api only-two-fields")));
        assertTrue(e.getMessage().contains("only-two-fields"), e.getMessage());
    }
}
