package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec examples: manifest fronts say what the manifest needs; flattened manifests and diagrams are stored repaired. */
class ManifestCardsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static String yamlOf(String back) {
        int at = back.indexOf("```yaml\n");
        assertTrue(at >= 0, back);
        return back.substring(at + 8, back.indexOf("\n```", at + 8));
    }

    @Test
    void theFrontNamesKindNameImageAndTheSettingsThatMatter() {
        List<CardDraft> cards = md("""
                ## Web tier

                Example:

                ```yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: storefront
                  namespace: retail
                spec:
                  replicas: 4
                  selector:
                    matchLabels:
                      app: storefront
                  template:
                    metadata:
                      labels:
                        app: storefront
                    spec:
                      containers:
                      - name: web
                        image: httpd:2.4
                        ports:
                        - containerPort: 8080
                ```
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "Deployment");
        String front = c.front();
        for (String part : List.of("storefront", "httpd:2.4", "4", "8080", "retail")) {
            assertTrue(front.contains(part), part + " missing from " + front);
        }
        assertFalse(front.contains("Example"), front);
    }

    @Test
    void aKindWithoutAListingStillNamesWhatIsSet() {
        CardDraft c = one(md("""
                ```yaml
                apiVersion: policy/v1
                kind: Eviction
                metadata:
                  name: worker-pod
                deleteOptions:
                  gracePeriodSeconds: 30
                ```
                """), CardKind.MANIFEST, "Eviction");
        assertTrue(c.front().contains("worker-pod") && c.front().contains("30"), c.front());
    }

    @Test
    void aFragmentWithoutKindGivesNoManifestCard() {
        // Its front could only list the values the answer holds: nothing left to recall.
        List<CardDraft> cards = md("""
                ## Resource limits

                ```yaml
                resources:
                  limits:
                    memory: 256Mi
                    cpu: 500m
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.MANIFEST), cards.toString());
    }

    @Test
    void aTemplateOfEmptyKeysGivesNoManifestCard() {
        List<CardDraft> cards = md("""
                ## Shape of a manifest

                ```yaml
                apiVersion:
                kind:
                metadata:
                spec:
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.MANIFEST), cards.toString());
    }

    @Test
    void aFlattenedManifestIsStoredReindentedWithItsNesting() throws Exception {
        List<CardDraft> cards = txt("""
                Queue workers
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                name: worker
                spec:
                replicas: 2
                selector:
                matchLabels:
                app: worker
                template:
                metadata:
                labels:
                app: worker
                spec:
                containers:
                - name: worker
                image: rabbit-worker:3
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "worker");
        JsonNode tree = YAML.readTree(yamlOf(c.back()));
        assertEquals("rabbit-worker:3", tree.at("/spec/template/spec/containers/0/image").asText());
        assertEquals(2, tree.at("/spec/replicas").asInt());
        assertTrue(c.front().contains("rabbit-worker:3"), c.front());
    }

    @Test
    void aManifestRunTogetherOnOneLineIsStoredAsLines() throws Exception {
        List<CardDraft> cards = txt("""
                Cache service
                apiVersion: v1 kind: Service metadata: name: cache spec: selector: app: cache ports: - port: 6379 targetPort: 6379
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "Service");
        JsonNode tree = YAML.readTree(yamlOf(c.back()));
        assertEquals(6379, tree.at("/spec/ports/0/targetPort").asInt());
        assertEquals("cache", tree.at("/spec/selector/app").asText());
    }

    @Test
    void theRepairSaysWhatItGuessedAndNothingWhenNothingNeededIt() {
        ManifestRepair.Repaired r = ManifestRepair.repair("kind: Pod\nmetadata:\nlabels:\napp: a\nspec:\ncontainers:\n- name: a\nimage: a");
        assertFalse(r.guesses().isEmpty());
        assertEquals(List.of(), ManifestRepair.repair("kind: Pod\nmetadata:\n  name: a\n").guesses());
    }

    @Test
    void invalidYamlIsKeptAsWritten() {
        String broken = "kind: Pod\nmetadata: [unclosed\nspec:\ncontainers: x";
        assertEquals(broken, ManifestRepair.repair(broken).yaml());
    }

    @Test
    void aOneLineFlowchartIsStoredOneStatementALine() {
        List<CardDraft> cards = txt("""
                Request path
                graph LR client[Browser] --> lb[Load balancer] lb --> svc[Service] svc --> pod[Pod]
                """);
        CardDraft c = one(cards, CardKind.DIAGRAM, "hidden");
        String mermaid = c.back().substring(c.back().indexOf("```mermaid\n") + 11);
        mermaid = mermaid.substring(0, mermaid.indexOf("\n```"));
        assertEquals(4, mermaid.lines().count(), mermaid);
        assertTrue(mermaid.contains("lb --> svc"), mermaid);
    }

    @Test
    void aDiagramMermaidAlreadyReadsIsLeftAlone() {
        assertNull(DiagramRepair.restore("graph TD\n  a --> b\n  b --> c"));
    }
}
