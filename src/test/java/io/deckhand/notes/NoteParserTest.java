package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.find;
import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static io.deckhand.notes.NoteCards.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Spec examples: small notes and the cards a careful tutor would write from them. */
class NoteParserTest {

    @Nested
    class Explicit {
        @Test
        void inlineBasicAndReversed() {
            List<CardDraft> cards = md("# Net\n\nWhat port does DNS use::53\n\nService:::Stable name for pods\n");
            CardDraft basic = one(cards, CardKind.BASIC, "What port does DNS use");
            assertEquals("53", basic.back());
            assertEquals(List.of("Net"), basic.source().headingPath());
            assertEquals(3, basic.source().firstLine());
            assertEquals(2, cards.stream().filter(c -> c.kind() == CardKind.REVERSED).count());
        }

        @Test
        void highlightClozeShowsBlanksOnFrontAndFullTextOnBack() {
            CardDraft c = one(md("The ==kubelet== runs on every node.\n"), CardKind.CLOZE, "[...]");
            assertEquals("The [...] runs on every node.", c.front());
            assertEquals("The kubelet runs on every node.", c.back());
        }

        @Test
        void ankiClozeWithHint() {
            CardDraft c = one(md("Pods get IPs from the {{c1::CNI plugin::network}}.\n"), CardKind.CLOZE, "[network]");
            assertEquals("Pods get IPs from the CNI plugin.", c.back());
        }

        @Test
        void deckFromFlashcardsTag() {
            CardDraft c = one(md("#flashcards/k8s/net\n\nDefault Service type::ClusterIP\n"), CardKind.BASIC, "Default");
            assertEquals("k8s::net", c.deck());
            assertTrue(c.tags().contains("flashcards/k8s/net"));
        }

        @Test
        void multilineQuestionWithQuestionMarkLine() {
            CardDraft c = one(md("Name the Service types\n?\nClusterIP, NodePort, LoadBalancer\n"), CardKind.BASIC, "Name");
            assertEquals("ClusterIP, NodePort, LoadBalancer", c.back());
        }

        @Test
        void aStrayQuestionMarkLineInAFlattenedNoteDoesNotSwallowTheNote() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 40; i++) sb.append("line ").append(i).append(" of prose\n");
            sb.append("?\nanswer\n");
            assertTrue(txt(sb.toString()).stream().noneMatch(c -> c.front().contains("line 0")));
        }
    }

    @Nested
    class Questions {
        @Test
        void qAndAPairInPlainText() {
            CardDraft c = one(txt("Networking\nQ: How do pods in namespace A reach a Service in B?\nA: Use servicename.namespace\n"),
                    CardKind.BASIC, "How do pods");
            assertEquals("Use servicename.namespace", c.back());
            assertTrue(c.front().startsWith("*Networking*"), c.front());
        }

        @Test
        void askFollowedByItsAnswer() {
            CardDraft c = one(txt("Kubernetes API\n#ask why version the API at the API level?\nTo give a consistent view of resources.\n"),
                    CardKind.BASIC, "Why version");
            assertEquals("To give a consistent view of resources.", c.back());
        }

        @Test
        void askWithoutAnswerMakesNoCard() {
            List<CardDraft> cards = txt("Service\n#ask What is a headless service?\n#ask Can I skip labels?\n");
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("headless")), cards.toString());
        }

        @Test
        void questionHeadingWithCommandsAsAnswer() {
            CardDraft c = one(txt("Pods\nRestart a pod?\nkubectl rollout restart deployment name\nkubectl delete pod name\n"),
                    CardKind.BASIC, "Restart a pod?");
            assertTrue(c.back().startsWith("```bash\nkubectl rollout restart"), c.back());
        }

        @Test
        void detailsBlockIsAQuestionAndAnswer() {
            CardDraft c = one(md("## RBAC\n\n<details><summary>Which object binds a Role to a user?</summary>\n\nA RoleBinding.\n\n</details>\n"),
                    CardKind.BASIC, "binds a Role");
            assertEquals("A RoleBinding.", c.back());
        }

        @Test
        void questionCallout() {
            CardDraft c = one(md("> [!question] What does kube-proxy do?\n> Programs iptables rules for Services.\n"),
                    CardKind.BASIC, "kube-proxy");
            assertEquals("Programs iptables rules for Services.", c.back());
        }
    }

    @Nested
    class Definitions {
        @Test
        void dashDefinitionWithAbbreviation() {
            CardDraft c = one(md("## Volumes\n\n- ReadWriteOnce (RWO) - A single node can mount the volume read-write.\n- ReadOnlyMany (ROX) - Many nodes can mount it read-only.\n"),
                    CardKind.DEFINITION, "ReadWriteOnce (RWO)");
            assertEquals("A single node can mount the volume read-write.", c.back());
        }

        @Test
        void boldTermDefinition() {
            CardDraft c = one(md("**Taint**: marks a node so that only tolerating pods are scheduled there\n"),
                    CardKind.DEFINITION, "Taint");
            assertEquals("Marks a node so that only tolerating pods are scheduled there", c.back());
        }

        @Test
        void headingFollowedByItsDefiningSentence() {
            CardDraft c = one(txt("Kubernetes Objects\nDeployments\nAdds scaling and rolling updates to a set of pods\nkubectl get deploy\n"),
                    CardKind.DEFINITION, "Deployments");
            assertEquals("Adds scaling and rolling updates to a set of pods", c.back());
            assertTrue(c.front().contains("Kubernetes Objects"), c.front());
        }

        @Test
        void headingFollowedByUnrelatedLineIsNoDefinition() {
            assertTrue(find(txt("Plugin\nWhen changing a network plugin keep the cidr\n"), CardKind.DEFINITION, "Plugin").isEmpty());
        }
    }

    @Nested
    class Commands {
        @Test
        void commandThenLowercaseExplanationGivesBothDirections() {
            List<CardDraft> cards = txt("Nodes\nkubectl cordon node1\n- marks the node unschedulable for new pods\n");
            CardDraft forward = one(cards, CardKind.COMMAND, "What does `kubectl cordon node1` do?");
            assertEquals("Marks the node unschedulable for new pods.", forward.back());
            CardDraft reverse = one(cards, CardKind.COMMAND, "Which command marks the node unschedulable");
            assertEquals("`kubectl cordon node1`", reverse.back());
        }

        @Test
        void leadInLineBeforeCommand() {
            CardDraft c = one(txt("Deployments\nRollback a failed deployment to the previous version\nkubectl rollout undo deployment/my-app\n"),
                    CardKind.COMMAND, "What does `kubectl rollout undo");
            assertEquals("Rollback a failed deployment to the previous version.", c.back());
        }

        @Test
        void shellCommentsInMarkdownFences() {
            CardDraft c = one(md("```bash\n# list every API resource with its short name\nkubectl api-resources -o wide\n```\n"),
                    CardKind.COMMAND, "api-resources");
            assertEquals("List every API resource with its short name.", c.back());
        }

        @Test
        void programOutputIsNeverAnExplanation() {
            List<CardDraft> cards = txt("DNS\n$ kubectl get svc -A\nNAMESPACE NAME TYPE CLUSTER-IP\nkube-system kube-dns ClusterIP 10.96.0.10\n");
            assertTrue(cards.stream().noneMatch(c -> c.back().contains("10.96.0.10")), cards.toString());
        }
    }

    @Nested
    class ListsTablesSnippets {
        @Test
        void glossaryUnderAHeadingBecomesDefinitionsAndAList() {
            List<CardDraft> cards = txt("Service\nCluster IP\ndefault, internal access only\nNodePort\nopens a port on every node\nLoadBalancer\nPublic cloud load balancers\n");
            assertEquals("Default, internal access only", one(cards, CardKind.DEFINITION, "Cluster IP").back());
            one(cards, CardKind.DEFINITION, "**LoadBalancer**");
            // "Service" does not say what the items are, so no card asks to name "the items under" it.
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("items under")), cards.toString());
        }

        @Test
        void tableRowsAreFacts() {
            List<CardDraft> cards = md("## Labels vs Annotations\n\n| Property | Labels | Annotations |\n|---|---|---|\n| Use with selector | yes | no |\n");
            CardDraft c = one(cards, CardKind.TABLE_FACT, "**Use with selector** — Annotations: yes or no?");
            assertEquals("no", c.back());
            assertTrue(c.front().contains("Labels vs Annotations"));
        }

        @Test
        void flattenedTableRows() {
            List<CardDraft> cards = txt("Update Strategy\nDeployment | rollingUpdate | recreate |\n---|---|---|\nDisruption | no | yes |\n");
            assertEquals("yes", one(cards, CardKind.TABLE_FACT, "recreate: yes or no?").back());
        }

        @Test
        void bareYamlManifestKeepsItsFence() {
            CardDraft c = one(txt("Secrets\nexample secret\napiVersion: v1\nkind: Secret\nmetadata:\nname: creds\ndata:\nuser: YWRtaW4=\n"),
                    CardKind.MANIFEST, "Secret `creds`");
            assertTrue(c.front().contains("`user`"), c.front());
            assertTrue(c.back().startsWith("```yaml\napiVersion: v1\nkind: Secret"), c.back());
        }

        @Test
        void mermaidDiagramWithOneLabelHidden() {
            CardDraft c = one(md("## Flow\n\n```mermaid\ngraph LR; a[client] --> b[Ingress] --> c[Service] --> d[Pod]\n```\n"),
                    CardKind.DIAGRAM, "hidden");
            assertTrue(c.front().contains("```mermaid"), c.front());
            assertTrue(c.front().contains("[ ? ]"), c.front());
            String label = c.back().substring(2, c.back().indexOf("**", 2));
            assertFalse(c.front().contains("[" + label + "]"), c.front());
            assertTrue(c.back().contains("```mermaid\ngraph LR; a[client]"), c.back());
        }

        @Test
        void flattenedMermaidWithLineBreaksInLabels() {
            List<CardDraft> cards = txt("Project status\ngraph LR; a(Sandbox\nNew) --> b(Incubating) --> c[Graduated\nstable]\nNext topic\nsome text here\n");
            CardDraft c = one(cards, CardKind.DIAGRAM, "hidden");
            assertEquals(2, c.source().firstLine());
            assertEquals(4, c.source().lastLine());
        }
    }

    @Nested
    class Obsidian {
        @Test
        void wikilinksReadAsTheirTextAndEmbedsAreNoCards() {
            List<CardDraft> cards = md("---\ntags: [k8s, cka]\n---\n# Pods\n\n![[pod.png]]\n\n**Pod**: the smallest unit, see [[Containers|containers]] and [[Node]]\n");
            CardDraft c = one(cards, CardKind.DEFINITION, "Pod");
            assertEquals("The smallest unit, see containers and Node", c.back());
            assertEquals(List.of("k8s", "cka"), c.tags());
            assertTrue(cards.stream().noneMatch(x -> x.back().contains("pod.png")));
        }
    }

    @Nested
    class Quality {
        private final String note = "Pods\nAdds a shared network namespace to containers\nkubectl get pods\nshows pods in the namespace\n"
                + "kubectl get pods\nshows pods in the namespace\n";

        @Test
        void deterministic() {
            assertEquals(txt(note), txt(note));
        }

        @Test
        void noDuplicates() {
            List<CardDraft> cards = txt(note);
            assertEquals(cards.size(), cards.stream().map(c -> c.front() + "\u0000" + c.back()).distinct().count());
        }

        @Test
        void longAnswersKeepTheirLeadingSentencesOnOneCard() {
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < 12; i++) answer.append("Sentence number ").append(i).append(" explains the point further. ");
            List<CardDraft> cards = txt("Topic\nQ: Why does it work this way?\nA: " + answer + "\n");
            assertEquals(1, cards.size(), cards.toString());
            assertTrue(cards.get(0).back().startsWith("Sentence number 0 explains"), cards.get(0).back());
            assertTrue(cards.get(0).back().length() <= CardSink.MAX_BACK_CHARS);
            assertFalse(cards.get(0).front().matches("(?s).*\\(\\d+/\\d+\\).*"), "no slicing of one answer: " + cards.get(0).front());
        }
    }
}
