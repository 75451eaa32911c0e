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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Spec examples for what a careful tutor expects of implicit cards: short answers, questions that stand alone. */
class CardQualityTest {

    @Nested
    class RunOnAnswers {
        @Test
        void flattenedDefinitionStopsWhereItsStatementsStopBeingAboutTheTerm() {
            List<CardDraft> cards = txt("Kubernetes Database\netcd\nessentially a key value store\n"
                    + "all cluster objects are stored in etcd as json\n"
                    + "json is hard to read, so yaml is the usual choice for the files people write\n");
            assertEquals("Essentially a key value store. All cluster objects are stored in etcd as json.",
                    one(cards, CardKind.DEFINITION, "**etcd**").back());
        }

        @Test
        void linesBrokenMidSentenceAreStillOneSentence() {
            List<CardDraft> cards = txt("Logs\nkubectl logs podname -c app\nget logs from container\nin pod podname\n");
            // The command's card asks what it does, the command is the answer.
            assertEquals("`kubectl logs podname -c app`",
                    one(cards, CardKind.COMMAND, "Which command do you use to get logs from container in pod podname?").back());
        }

        @Test
        void definitionDropsTheRepeatedTermAndTheSideNotes() {
            List<CardDraft> cards = md("## Node affinity\n\nNode affinity is a set of rules the scheduler uses to place pods. "
                    + "Typical labels are disktype and zone, which the cluster admin sets on each node long before any "
                    + "workload is deployed there.\n");
            assertEquals("A set of rules the scheduler uses to place pods.",
                    one(cards, CardKind.DEFINITION, "Node affinity").back());
        }

        @Test
        void answersCollectFurtherParagraphsOnlyWhileShort() {
            List<CardDraft> cards = txt("Kubernetes API\n#ask why did the project choose a versioned REST API?\n"
                    + "To let the system evolve and grow.\n"
                    + "New features can be added without impacting existing clients, first as alpha, then beta, then stable.\n"
                    + "It also keeps compatibility with existing clients by serving beta and stable versions of an API at the same time for a while.\n");
            CardDraft c = one(cards, CardKind.BASIC, "versioned REST API");
            assertTrue(c.back().startsWith("To let the system evolve and grow. New features"), c.back());
            assertFalse(c.back().contains("compatibility"), c.back());
        }

        @Test
        void markdownParagraphsKeepTheirSentences() {
            List<CardDraft> cards = md("## DaemonSet\n\nRuns one copy of a pod on every node. Typical uses: log collectors.\n");
            assertEquals("Runs one copy of a pod on every node. Typical uses: log collectors.",
                    one(cards, CardKind.DEFINITION, "DaemonSet").back());
        }
    }

    @Nested
    class Definitions {
        @Test
        void abbreviationSpelledOutByTheWordsAfterIt() {
            CardDraft c = one(txt("Volumes\nsome words about volumes here\nPV Persistent Volumes decouple the storage requirements from pod development.\n"),
                    CardKind.DEFINITION, "**PV (Persistent Volumes)**");
            assertEquals("Persistent Volumes decouple the storage requirements from pod development.", c.back());
            assertTrue(FactRules.abbreviation("IP is a pod property, not a container property") == null);
            assertTrue(FactRules.abbreviation("PV can be created manually or dynamically") == null);
        }

        @Test
        void aFlattenedDefinitionLineAfterAFullStopIsItsOwnDefinition() {
            List<CardDraft> cards = txt("CNI\nCNI (Container Network Interface) - the plugin interface the kubelet calls for pod networking.\n"
                    + "kube-proxy - programs iptables rules on each node for Services\n");
            assertEquals("The plugin interface the kubelet calls for pod networking.",
                    one(cards, CardKind.DEFINITION, "**CNI (Container Network Interface)**").back());
            assertEquals("Programs iptables rules on each node for Services", one(cards, CardKind.DEFINITION, "**kube-proxy**").back());
        }

        @Test
        void aSymptomHeadingIsNoTermButItsUsualCauseIsACard() {
            List<CardDraft> cards = md("## Pods\n\n### Pod stuck in Pending\n\nUsually the scheduler cannot find a node with enough resources.\n");
            assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.DEFINITION), cards.toString());
            assertEquals("The scheduler cannot find a node with enough resources.",
                    one(cards, CardKind.BASIC, "**Pod stuck in Pending**: what is the usual cause?").back());
            assertTrue(one(md("## Pods\n\nUsually a group of containers sharing a network namespace.\n"), CardKind.DEFINITION, "Pods")
                    .back().startsWith("Usually a group"));
        }

        @Test
        void aDefiningSentenceThatStartsWithThisIsStartsAtWhatItIs() {
            CardDraft c = one(txt("API Extensions\nThis is a way to make the API server recognize new objects.\n"),
                    CardKind.DEFINITION, "API Extensions");
            assertEquals("A way to make the API server recognize new objects.", c.back());
        }
    }

    @Nested
    class MarkdownHabits {
        @Test
        void listOfCommandsWithWhatTheyDo() {
            List<CardDraft> cards = md("## Useful commands\n\n- `kubectl cordon node1` – mark the node unschedulable\n"
                    + "- `kubectl rollout undo deploy/web --to-revision=2` – roll back to revision 2\n");
            assertEquals("Mark the node unschedulable.", one(cards, CardKind.COMMAND, "What does `kubectl cordon node1` do?").back());
            assertEquals("`kubectl rollout undo deploy/web --to-revision=2`",
                    one(cards, CardKind.COMMAND, "Which command do you use to roll back to revision 2?").back());
            assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.LIST), cards.toString());
        }

        @Test
        void boldTermOpeningASentence() {
            List<CardDraft> cards = md("## Deployment strategies\n\n**RollingUpdate** replaces pods gradually, controlled by maxSurge.\n"
                    + "**Recreate** kills all old pods before creating new ones.\n**Note** this is not a term at all.\n");
            assertEquals("Replaces pods gradually, controlled by maxSurge.", one(cards, CardKind.DEFINITION, "What does **RollingUpdate** do?").back());
            assertEquals("Kills all old pods before creating new ones.", one(cards, CardKind.DEFINITION, "**Recreate**").back());
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("**Note**")), cards.toString());
        }

        @Test
        void aDefinitionThatSaysWhatTheTermDoesAsksWhatItDoes() {
            List<CardDraft> cards = md("## Probes\n\n- **Liveness probe**: restarts the container when it fails\n"
                    + "- **Readiness probe**: removes the pod from Service endpoints while it fails\n");
            one(cards, CardKind.DEFINITION, "What does **Liveness probe** do?");
            one(cards, CardKind.DEFINITION, "What does **Readiness probe** do?");
            one(md("## Runtimes\n\n- **CRI-O** - Kubernetes container runtime\n- **containerd** - the default runtime\n"),
                    CardKind.DEFINITION, "What is **CRI-O**?");
        }

        @Test
        void meaningColumnAsksWhatTheRowMeans() {
            List<CardDraft> cards = md("## Jobs\n\n| Field | Meaning | Default |\n|---|---|---|\n| `backoffLimit` | retries before the Job fails | 6 |\n");
            assertEquals("retries before the Job fails", one(cards, CardKind.TABLE_FACT, "What does **backoffLimit** mean?").back());
            assertEquals("6", one(cards, CardKind.TABLE_FACT, "**backoffLimit** — Default?").back());
        }
    }

    @Nested
    class PlainTextHabits {
        @Test
        void termWithAbbreviationBeforeAColon() {
            assertEquals("A request for storage by a user, bound to one PV.",
                    one(txt("PersistentVolumeClaim (PVC): a request for storage by a user, bound to one PV.\n"),
                            CardKind.DEFINITION, "**PersistentVolumeClaim (PVC)**").back());
            assertTrue(txt("Update: I could not reproduce this at all on my cluster\n").stream()
                    .noneMatch(c -> c.kind() == CardKind.DEFINITION));
        }

        @Test
        void definitionLinesUnderAColonLineAreAList() {
            List<CardDraft> cards = txt("Reclaim policies:\nRetain - keep the volume after the claim is deleted\n"
                    + "Delete - delete the volume together with the claim\n");
            assertTrue(one(cards, CardKind.DEFINITION, "**Retain**").front().startsWith("*Reclaim policies*"));
            // Each policy keeps what it does: the names alone would not answer the question.
            assertEquals("- Retain - keep the volume after the claim is deleted\n- Delete - delete the volume together with the claim",
                    one(cards, CardKind.LIST, "What are the reclaim policies?").back());
        }

        @Test
        void anAnswerEndsAtABlankLineUnlessItLeadsOn() {
            List<CardDraft> cards = txt("Q: Which access mode lets many nodes write?\nA: ReadWriteMany (RWX)\n\n"
                    + "kubectl get pv,pvc   # list volumes and claims\n");
            assertEquals("ReadWriteMany (RWX)", one(cards, CardKind.BASIC, "many nodes write").back());
            one(cards, CardKind.COMMAND, "What does `kubectl get pv,pvc` do?");
            List<CardDraft> led = txt("Q: How do you list claims?\nA: Like this:\n\nkubectl get pvc -A\n");
            assertTrue(one(led, CardKind.BASIC, "list claims").back().contains("kubectl get pvc -A"));
        }

        @Test
        void anAbbreviationIsNoSentenceEnd() {
            assertEquals("Shows why a claim is still Pending, e.g. no matching storage class.",
                    one(txt("Storage\nkubectl describe pvc data\nshows why a claim is still Pending, e.g. no matching storage class\n"),
                            CardKind.COMMAND, "What does").back());
        }
    }

    @Nested
    class Tables {
        @Test
        void aNotesRowAsksWhatIsNotedAndYesNoCellsSaySo() {
            List<CardDraft> cards = txt("Update Strategy\nDeployment | rollingUpdate | recreate |\n---|---|---|\n"
                    + "Note | new replicaset first, then the old one goes | all pods go first |\nDisruption | no | yes |\n");
            assertEquals("all pods go first", one(cards, CardKind.TABLE_FACT, "Deployment: what is noted about **recreate**?").back());
            assertEquals("yes", one(cards, CardKind.TABLE_FACT, "**Disruption** — recreate: yes or no?").back());
        }
    }

    @Nested
    class Commands {
        @Test
        void aLineAboutTheOutputAsksAboutTheOutput() {
            List<CardDraft> cards = txt("Debugging\nkubectl describe pod web\nContainers[].State shows the current state of each container\n");
            CardDraft c = one(cards, CardKind.COMMAND, "In the output of `kubectl describe pod web`, what does Containers[].State show?");
            assertEquals("The current state of each container.", c.back());
            assertTrue(find(cards, CardKind.COMMAND, "What does `kubectl describe pod web` do?").isEmpty(), cards.toString());
        }

        @Test
        void eachClauseAboutTheOutputIsItsOwnCard() {
            List<CardDraft> cards = md("```bash\nkubectl describe pod web\n```\n\n"
                    + "The Events section shows why the pod was restarted, and the Last State field shows the exit code.\n");
            assertEquals("Why the pod was restarted.", one(cards, CardKind.COMMAND, "what does the Events section show?").back());
            assertEquals("The exit code.", one(cards, CardKind.COMMAND, "what does the Last State field show?").back());
        }

        @Test
        void reverseQuestionsAreQuestions() {
            assertEquals("`kubectl get nodes`", one(txt("Nodes\nkubectl get nodes\nshows which nodes are ready\n"),
                    CardKind.COMMAND, "Which command shows which nodes are ready?").back());
            one(txt("Deployments\nRollback a failed deployment to the previous version\nkubectl rollout undo deployment/my-app\n"),
                    CardKind.COMMAND, "Which command do you use to rollback a failed deployment to the previous version?");
            one(txt("Pods\nkubectl delete pod web --grace-period=0 --force\nto delete the pod immediately\n"),
                    CardKind.COMMAND, "Which command do you use to delete the pod immediately?");
        }

        @Test
        void aSideRemarkStaysOutOfTheReverseQuestion() {
            List<CardDraft> cards = txt("Nodes\nkubectl cordon node1\n- Use to mark node(s) unschedulable, can use selector\n");
            assertEquals("Used to mark node(s) unschedulable, can use selector.", one(cards, CardKind.COMMAND, "What does").back());
            one(cards, CardKind.COMMAND, "Which command do you use to mark node(s) unschedulable?");
        }

        @Test
        void anExplanationLeaningOnTheLineBeforeKeepsThatLine() {
            List<CardDraft> cards = txt("Pods\nWhen creating a pod, kubernetes first adds it to etcd.\nkubectl describe pod web\n"
                    + "can highlight problems during this initial step\n");
            CardDraft c = one(cards, CardKind.COMMAND, "What does `kubectl describe pod web` do?");
            assertTrue(c.front().contains("When creating a pod, kubernetes first adds it to etcd."), c.front());
            assertTrue(find(cards, CardKind.COMMAND, "Which command").isEmpty(), cards.toString());
        }

        @Test
        void taskHeadingOverACommandAsksHowToDoTheTask() {
            List<CardDraft> cards = md("## Control plane\n\n### Back up etcd\n\n```bash\nETCDCTL_API=3 etcdctl snapshot save /backup/etcd.db \\\n"
                    + "  --endpoints=https://127.0.0.1:2379\n```\n");
            CardDraft c = one(cards, CardKind.COMMAND, "How do you back up etcd?");
            assertTrue(c.back().contains("snapshot save /backup/etcd.db \\\n  --endpoints="), c.back());
            assertTrue(c.front().startsWith("*Control plane*"), c.front());
        }
    }

    @Nested
    class Lists {
        @Test
        void longStatementsUnderAHeadingGiveAPointsCard() {
            List<CardDraft> cards = md("## Labels vs Annotations\n\n"
                    + "- Labels can be used by selectors to pick objects, annotations can never be used to select anything\n"
                    + "- Annotations can hold characters and long values that labels do not allow at all\n");
            // Contrasting statements under "A vs B" ask how the two differ, not for "the points noted under" it.
            CardDraft c = one(cards, CardKind.LIST, "How do **Labels** and **Annotations** differ?");
            assertTrue(c.back().startsWith("- Labels can be used by selectors"), c.back());
            assertTrue(c.back().contains("- Annotations can hold characters"), c.back());
        }

        @Test
        void manyStatementsAreNeverSlicedIntoNumberedParts() {
            StringBuilder note = new StringBuilder("# Bindings\n\n## Gotchas\n\n");
            for (int i = 0; i < 6; i++) {
                note.append("- Statement ").append(i).append(" explains one more thing about bindings that you should keep in mind when working\n");
            }
            List<CardDraft> cards = md(note.toString());
            assertTrue(cards.stream().allMatch(c -> c.back().length() <= CardSink.MAX_BACK_CHARS), cards.toString());
            assertTrue(cards.stream().noneMatch(c -> c.front().matches("(?s).*\\(\\d+/\\d+\\).*")), cards.toString());
        }

        @Test
        void fewStatementsUnderASectionWordAreAboutTheTopicAbove() {
            List<CardDraft> cards = md("# Quotas\n\n## Pitfalls\n\n- A quota counts only objects created after it exists.\n"
                    + "- Pods without requests are refused once a compute quota is set.\n");
            CardDraft c = one(cards, CardKind.LIST, "**Quotas**");
            assertFalse(c.front().contains("noted under"), c.front());
        }

        @Test
        void orderedImperativesAreSteps() {
            // The heading names a case, not something to do: it is asked within the action above it.
            CardDraft c = one(md("## Troubleshooting\n\n### Node NotReady\n\n1. Check the kubelet: `systemctl status kubelet`\n"
                            + "2. Read its logs: `journalctl -u kubelet`\n"),
                    CardKind.LIST, "**Troubleshooting**: what are the steps for **Node NotReady**, in order?");
            assertEquals("1. Check the kubelet: `systemctl status kubelet`\n2. Read its logs: `journalctl -u kubelet`", c.back());
        }

        @Test
        void unorderedThingsToDoAreStepsToo() {
            // "Worker nodes" names no action: steps need something to do ("Joining worker nodes").
            assertTrue(find(txt("Worker nodes\n- Install a container runtime like containerd\n- Install kubeadm, kubelet and kubectl\n"),
                    CardKind.LIST, "steps for").isEmpty());
            CardDraft c = one(txt("Joining worker nodes\n- Install a container runtime like containerd\n- Install kubeadm, kubelet and kubectl\n"),
                    CardKind.LIST, "steps for **Joining worker nodes**?");
            assertEquals("- Install a container runtime like containerd\n- Install kubeadm, kubelet and kubectl", c.back());
        }

        @Test
        void itemsNamedBeforeTheirExplanation() {
            CardDraft c = one(txt("Volumes\nThe following volume types are still valid -\n- Secret (always mounted read-only, no subPath updates)\n"
                    + "- ConfigMap (always mounted read-only as well)\n- Projected\n"), CardKind.LIST, "still valid");
            assertEquals("- Secret (always mounted read-only, no subPath updates)\n- ConfigMap (always mounted read-only as well)\n"
                    + "- Projected", c.back());
        }

        @Test
        void itemsThatSayWhatTheirTermIs() {
            List<CardDraft> cards = md("### Port vs targetPort\n\n- `port` is the port the Service listens on\n"
                    + "- `targetPort` is the port on the pod that receives the traffic\n");
            assertEquals("The port the Service listens on", one(cards, CardKind.DEFINITION, "What is **port**?").back());
            assertEquals("The port on the pod that receives the traffic", one(cards, CardKind.DEFINITION, "**targetPort**").back());
        }

        @Test
        void oneTokenTermBeforeAColon() {
            List<CardDraft> cards = md("## Node affinity\n\nThere are two types:\n\n"
                    + "- requiredDuringSchedulingIgnoredDuringExecution: a hard rule that must match\n"
                    + "- preferredDuringSchedulingIgnoredDuringExecution: a soft rule with weights\n");
            assertEquals("A hard rule that must match",
                    one(cards, CardKind.DEFINITION, "**requiredDuringSchedulingIgnoredDuringExecution**").back());
        }

        @Test
        void statementsAboutAPluralAreNoDefinitions() {
            List<CardDraft> cards = md("## NetworkPolicy\n\n- Pods are non-isolated until a policy selects them.\n"
                    + "- Policies are additive, the union of all policies applies.\n");
            assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.DEFINITION), cards.toString());
        }

        @Test
        void theSameAsTheItemBeforeSaysWhich() {
            List<CardDraft> cards = md("## Objects\n\n- **Role** - permissions inside one namespace\n- **ClusterRole** - the same, but cluster-wide\n");
            assertEquals("Like **Role**, but cluster-wide", one(cards, CardKind.DEFINITION, "**ClusterRole**").back());
        }
    }

    @Nested
    class StandAloneQuestions {
        @Test
        void questionLineAnsweredOnTheNextLineOfTheParagraph() {
            CardDraft c = one(md("## RBAC\n\nWhat happens if no binding grants a permission?\nThe request is denied.\n"),
                    CardKind.BASIC, "What happens if no binding grants a permission?");
            assertEquals("The request is denied.", c.back());
        }

        @Test
        void aQuestionPointingAtThePreviousLineShowsIt() {
            CardDraft c = one(txt("Kubernetes API\nCollection of RESTful APIs, versioned as a whole.\n"
                    + "#ask why did the project choose this RESTful API approach?\nTo let the API evolve without breaking clients.\n"),
                    CardKind.BASIC, "this RESTful API approach");
            assertTrue(c.front().contains("Collection of RESTful APIs, versioned as a whole.\n\nWhy did"), c.front());
        }

        @Test
        void aSentenceAboutSomethingElseIsNoSnippetIntro() {
            List<CardDraft> cards = md("## RBAC\n\n```bash\nkubectl auth can-i list pods --as jane\n```\n\nThe output is just yes or no.\n\n"
                    + "```yaml\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader\nrules:\n- apiGroups: [\"\"]\n"
                    + "  resources: [pods]\n  verbs: [list]\n```\n");
            CardDraft c = one(cards, CardKind.MANIFEST, "Role `reader`");
            assertFalse(c.front().contains("output"), c.front());
        }

        @Test
        void aDefinitionIsNotTakenAsTheIntroOfADiagram() {
            List<CardDraft> cards = md("## CNI\n\nkube-proxy - programs iptables rules on each node for Services\n\n"
                    + "```mermaid\ngraph LR\n  a[Client] --> b[Service] --> c[Pod]\n```\n");
            one(cards, CardKind.DEFINITION, "kube-proxy");
            one(cards, CardKind.DIAGRAM, "hidden");
        }

        @Test
        void anIntroThatLeansOnItsHeadingGetsTheHeading() {
            CardDraft c = one(txt("Labels\nIt appears under the metadata field\napiVersion: v1\nkind: Pod\nmetadata:\nlabels:\napp: web\nspec:\n"
                    + "containers:\n- name: web\nimage: nginx\n"),
                    CardKind.MANIFEST, "Pod");
            // The front states what the manifest sets; the lead-in is used up, its heading is the context.
            assertTrue(c.front().contains("app: web") && c.front().startsWith("*Labels*"), c.front());
            assertFalse(c.front().contains("It appears"), c.front());
        }
    }

    @Nested
    class Headings {
        @Test
        void aHeadingThatNarrowsTheTopicAboveNestsUnderIt() {
            List<CardDraft> cards = txt("Namespace\nObjects can share names across namespaces\nExisting namespaces\nkubectl get ns\n"
                    + "lists the namespaces of the cluster\n");
            CardDraft c = one(cards, CardKind.COMMAND, "What does `kubectl get ns` do?");
            assertEquals(List.of("Namespace", "Existing namespaces"), c.source().headingPath());
        }

        @Test
        void exampleHeadingsBelongToTheirTopicAndNestDeeper() {
            List<CardDraft> cards = txt("Namespace\nObjects can share names across namespaces\nkubectl get ns\n"
                    + "lists the namespaces of the cluster\nNamespace Issue\n"
                    + "names of namespaces must be valid DNS names\nExample\napiVersion: v1\nkind: ResourceQuota\nmetadata:\nname: shop\n"
                    + "spec:\nhard:\npods: \"4\"\n");
            CardDraft c = one(cards, CardKind.MANIFEST, "ResourceQuota `shop`");
            assertEquals(List.of("Namespace", "Namespace Issue", "Example"), c.source().headingPath());
            assertTrue(c.front().startsWith("*Namespace › Namespace Issue"), c.front());
        }

        @Test
        void comparisonsAreNotNarrowings() {
            assertTrue(HeadingLevels.narrows("Namespace Issue", "Namespace"));
            assertTrue(HeadingLevels.narrows("All namespaces", "Namespace"));
            assertFalse(HeadingLevels.narrows("Labels vs Annotations", "Annotations"));
            assertFalse(HeadingLevels.narrows("Service", "Service"));
            assertFalse(HeadingLevels.narrows("Storage Class", "Volumes"));
        }
    }

    @Property(tries = 300)
    void restoringSentenceEndsKeepsEveryWord(@ForAll("lines") List<String> lines) {
        String text = String.join(" ", lines);
        Block.Prose p = new Block.Prose(text, 1, lines.size());
        String out = FlatProse.sentences(p, lines.toArray(String[]::new));
        assertEquals(words(text), words(out));
    }

    private static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> word = Arbitraries.of("the", "pod", "is", "are", "etcd", "stores", "all", "json", "and",
                "labels", "can", "select", "in", "a", "node", "Kubectl", "x/y", "metadata", "shows", "files");
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(1).ofMaxSize(5);
    }
}
