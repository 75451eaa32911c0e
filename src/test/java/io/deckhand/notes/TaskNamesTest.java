package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a task whose answer acts on a named object ("kubectl delete job nightly") names it on
 * its front, and a fence labelled yaml that holds commands or prose is read as what it holds.
 */
class TaskNamesTest {

    @Test
    void aLabelledSectionBorrowsNothingFromTheSectionBeforeIt() {
        List<CardDraft> cards = md("""
                # Lab

                ## Question 1

                Create a deployment called orders with the image shop:2

                <details><summary>Solution</summary>

                ```bash
                kubectl create deployment orders --image=shop:2
                ```

                </details>

                ## Question 2

                Scale the deployment to three replicas

                <details><summary>Solution</summary>

                ```bash
                kubectl scale deployment orders --replicas=3
                ```

                </details>
                """);
        CardDraft c = one(cards, CardKind.COMMAND, "Scale the deployment");
        assertFalse(c.front().contains("Create a deployment"), c.front());
        assertFalse(c.front().contains("Given"), c.front());
        assertFalse(c.front().contains("Question 1"), c.front());
        assertTrue(c.front().contains("`orders`"), c.front());
    }

    @Test
    void aStepOnTheObjectGivesTheNameItsAnswerUses() {
        List<CardDraft> cards = md("""
                # Batch

                1. Remove the job from the cluster

                ```bash
                kubectl delete job nightly-report -n reports
                ```
                """);
        CardDraft c = one(cards, CardKind.COMMAND, "Remove the job");
        assertTrue(c.front().contains("`nightly-report`"), c.front());
        assertTrue(c.front().contains("namespace `reports`"), c.front());
    }

    @Test
    void aFrontThatNamesItsObjectGainsNothing() {
        List<CardDraft> cards = md("""
                # Batch

                1. Remove the job nightly-report from the namespace reports

                ```bash
                kubectl delete job nightly-report -n reports
                ```
                """);
        CardDraft c = one(cards, CardKind.COMMAND, "Remove the job");
        assertFalse(c.front().contains("Names to use"), c.front());
    }

    @Test
    void namesAreReadFromTheCommandsStructure() {
        assertEquals(Set.of("web"), NamedTargets.of(List.of("kubectl get pod web -o yaml")).names());
        assertEquals(Set.of("web"), NamedTargets.of(List.of("kubectl rollout status deploy/web")).names());
        assertEquals(Set.of("web"), NamedTargets.of(List.of("kubectl logs web -c sidecar")).names());
        assertEquals(Set.of("creds"), NamedTargets.of(List.of("kubectl create secret generic creds --from-literal=a=b")).names());
        assertEquals(Set.of("shop"), NamedTargets.of(List.of("kubectl --namespace=shop get pods")).namespaces());
        // A listing, a file and a placeholder name nothing.
        assertTrue(NamedTargets.of(List.of("kubectl get pods -A")).isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl apply -f web.yaml")).isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl describe pod <pod-name>")).isEmpty());
        // A comment's words, a quoted selector's words and a name the cluster made up are no names to give.
        assertTrue(NamedTargets.of(List.of("kubectl get po # you will see it here")).isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl get po -l 'app in (v2)'")).isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl get po -l \"tier notin (web)\" --show-labels")).isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl get po web-7bf7478b77-gjzp8 -o yaml")).isEmpty());
        assertEquals(Set.of("nightly", "run-1"), NamedTargets.of(List.of("kubectl create job --from=cronjob/nightly run-1")).names());
        assertEquals(Set.of("web-v2"), NamedTargets.of(List.of("kubectl get deploy web-v2")).names());
        // Another tool's arguments are not read.
        assertTrue(NamedTargets.of(List.of("git checkout main feature")).isEmpty());
        assertTrue(NamedTargets.namesAll("Show the pod `web`", List.of("kubectl get pod web")));
    }

    @Test
    void aYamlFenceAroundAHeredocIsReadAsTheCommandItIs() {
        List<CardDraft> cards = md("""
                # Config

                1. Create the settings file and load it into the cluster

                ```yaml
                cat <<EOF > settings.conf
                level=debug
                EOF
                kubectl create configmap app-settings --from-file=settings.conf
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.MANIFEST), cards.toString());
        CardDraft c = one(cards, CardKind.BASIC, "Create the settings file");
        assertTrue(c.back().contains("kubectl create configmap app-settings"), c.back());
        assertTrue(c.front().contains("`app-settings`"), c.front());
    }

    @Test
    void aYamlFenceOfProseIsNoManifest() {
        List<CardDraft> cards = md("""
                # Config

                1. Explain why the settings are kept out of the image

                ```yaml
                The image stays the same in every environment, and only the settings change.
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.MANIFEST), cards.toString());
        assertTrue(TaskRules.readsAsYaml("# a comment\napiVersion: v1\nkind: Pod"));
        assertFalse(TaskRules.readsAsYaml("kubectl apply -f pod.yaml"));
        // A snippet that elides what comes before it is still YAML.
        assertTrue(TaskRules.readsAsYaml("...\nvolumes:\n- name: data\n  emptyDir: {}"));
    }

    @Test
    void aFrontThatPointsAtAnotherStepIsUnticked() {
        var gate = io.deckhand.notes.gate.QualityGate.standard();
        for (String front : List.of("Use the volume from step 2 in a new pod", "Mount it as above but read-only",
                "Undo the previous step")) {
            CardDraft d = new CardDraft(CardKind.BASIC, front, "Mount the claim with readOnly: true.", "", List.of(), null);
            assertFalse(gate.judge(d).passed(), front);
        }
        CardDraft fine = new CardDraft(CardKind.BASIC, "Roll the deployment back to the previous revision",
                "kubectl rollout undo", "", List.of(), null);
        assertTrue(gate.judge(fine).passed(), fine.front());
    }

    @Test
    void aManifestStepGivesTheNamespaceItsManifestSets() {
        List<CardDraft> cards = md("""
                # Storage

                1. Write the claim called scratch for one gigabyte

                ```yaml
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: scratch
                  namespace: builds
                spec:
                  accessModes: [ReadWriteOnce]
                  resources:
                    requests:
                      storage: 1Gi
                ```
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "Write the claim");
        assertTrue(c.front().contains("namespace `builds`"), c.front());

        List<CardDraft> unnamed = md("""
                # Storage

                1. Write a claim for one gigabyte of storage

                ```yaml
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: scratch
                spec:
                  accessModes: [ReadWriteOnce]
                  resources:
                    requests:
                      storage: 1Gi
                ```
                """);
        CardDraft u = one(unnamed, CardKind.MANIFEST, "Write a claim");
        // The name stands for the object: its kind is not listed besides it.
        assertTrue(u.front().contains("name `scratch`"), u.front());
        assertFalse(u.front().contains("PersistentVolumeClaim"), u.front());
    }

    /** The front of a proposed task card names every object its answer's commands act on, or the card is unticked. */
    @Property(tries = 200)
    void aTaskFrontNamesWhatItsAnswerActsOn(@ForAll("steps") String note) {
        for (CardDraft c : md(note)) {
            if (!c.quality().passed()) continue;
            List<String> commands = c.back().lines().filter(l -> l.startsWith("kubectl ")).toList();
            NamedTargets.Targets t = NamedTargets.of(commands);
            String front = io.deckhand.notes.Inline.plain(c.front());
            for (String n : t.names()) assertTrue(NamedTargets.mentions(front, n), n + " not on " + c.front());
            for (String n : t.namespaces()) assertTrue(NamedTargets.mentions(front, n), n + " not on " + c.front());
        }
    }

    @Provide
    Arbitrary<String> steps() {
        Arbitrary<String> verb = Arbitraries.of("Delete", "Describe", "Scale", "Show", "Label", "Inspect");
        Arbitrary<String> object = Arbitraries.of("the deployment", "the pod", "it", "the same one", "the job", "that service");
        Arbitrary<String> kind = Arbitraries.of("deployment", "pod", "job", "svc", "deploy");
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .map(s -> s + "-app");
        Arbitrary<String> ns = Arbitraries.of("", " -n team", " --namespace=prod");
        Arbitrary<String> form = Arbitraries.of("%s %s", "%s/%s");
        Arbitrary<String> step = Combinators.combine(verb, object, kind, name, ns, form).as((v, o, k, n, s, f) ->
                "1. " + v + " " + o + " now\n\n```bash\nkubectl " + v.toLowerCase() + " " + String.format(f, k, n) + s + "\n```\n");
        return step.list().ofMinSize(1).ofMaxSize(4).map(l -> "# Steps\n\n" + String.join("\n", l));
    }
}
