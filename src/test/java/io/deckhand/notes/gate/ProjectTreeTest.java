package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples, on invented notes: a list answer whose points are mostly the folders and files of the
 * notes' own project (a suggested route through its guides, the verdict per page of its site) is
 * unticked with its reason; lists whose points open with Kubernetes' own paths (system paths, API
 * groups, kind/name references, a Helm chart's or Kustomize's folders) or with words joined by a slash
 * keep their cards.
 */
class ProjectTreeTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.LIST, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of("Guides"))));
    }

    private static void ownProject(Quality q, String path) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("notes' own project"), q.reasons().toString());
        assertTrue(q.reasonText().contains(path), q.reasons().toString());
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertFalse(q.reasonText().contains("notes' own project"), q.reasons().toString());
    }

    @Test
    void aRouteThroughTheNotesFoldersIsTheNotesOwnTree() {
        ownProject(judged("**Cluster guides**: what is the quickest route?",
                "1. `labs/one-node` (1 hour): build a node by hand\n2. `labs/two-node` (2 hours): add a worker\n"
                        + "3. `labs/ha-setup` (3 hours): add two more control planes"), "labs/one-node");
    }

    @Test
    void aVerdictPerFileOfTheNotesSiteIsTheNotesOwnTree() {
        ownProject(judged("What are the **Results**?", "- site/intro.js: done\n- site/storage-pages.js: done\n- site/quiz.html: pending"),
                "site/intro.js");
    }

    @Test
    void oneFileAmongFactsIsNoTree() {
        kept(judged("What does a rollout change?", "- the pod template hash\n- `tools/bake-check.sh` lists the old ones\n"
                + "- the ReplicaSet that serves traffic\n- the revision annotation"));
    }

    @Test
    void kubernetesOwnPathsAreTheSubject() {
        kept(judged("Where does kubeadm keep the control plane's files?",
                "- `/etc/kubernetes/manifests/`: static pods\n- `/etc/kubernetes/pki/`: certificates\n- `~/.kube/config`: the admin kubeconfig"));
        kept(judged("Which API groups serve the workloads?", "- `apps/v1`: Deployments, StatefulSets\n- `batch/v1`: Jobs, CronJobs\n"
                + "- `autoscaling/v2`: HorizontalPodAutoscalers"));
        kept(judged("Which objects does the check read?", "- `deploy/web-api`: the rollout\n- `svc/web-api`: the endpoints\n"
                + "- `pods/log`: the subresource"));
        kept(judged("What does a chart hold?", "- `mychart/templates/`: the manifests\n- `mychart/charts/`: the dependencies\n"
                + "- `Chart.yaml`: the chart's name and version"));
        kept(judged("How is a Kustomize project laid out?", "- `base/`: the shared manifests\n- `overlays/prod-eu/`: the patches for one site\n"
                + "- `overlays/dev/`: the patches for development"));
    }

    @Test
    void wordsJoinedByASlashAreNoPath() {
        kept(judged("Which access modes does a volume offer?", "- read/write: one node mounts it\n- read/only: many nodes read it\n"
                + "- TCP/UDP: both protocols"));
    }
}
