package io.deckhand.quiz.question;

import static io.deckhand.quiz.question.QuizCards.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers behind each question type, and the cards they must refuse. */
class QuestionPiecesTest {
    private final QuestionGenerator generator = new QuestionGenerator();

    private List<Question> ask(List<Card> cards, QuestionType type) {
        return generator.generate(cards, Set.of(type), 20, 5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "`kubectl get po -n prod`|kubectl get po -n prod",
            "``kubectl get pods -o jsonpath='{.items[*].metadata.name}'``|kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
            "```bash\\nkubectl get nodes\\n```|kubectl get nodes",
            "```\\n$ kubectl drain node1\\n```|kubectl drain node1",
            "```bash\\nkubectl get nodes\\nkubectl get pods\\n```|NULL",
            "```yaml\\nkind: Pod\\n```|NULL",
            "Shows the nodes.|NULL",
            "`kubectl get po` and `kubectl get svc`|NULL",
            "Use `kubectl get po`|NULL",
            "`-n`|NULL"})
    void aCommandIsAWholeBackOfOneCommand(String back, String command) {
        assertEquals(command, CardText.singleCommand(back.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "All state lives in [...], a key value store.|All state lives in etcd, a key value store.|etcd",
            "All state lives in [store], a key value store.|All state lives in ==etcd==, a key value store.|etcd",
            "[...] stores state|etcd stores state|etcd",
            "State: [...]|State: etcd|etcd",
            "The [...] runs pods on [...]|The kubelet runs pods on nodes|NULL",
            "No marker here|No marker at all here|NULL"})
    void aClozeAnswerIsWhatTheBackHasInPlaceOfTheMarker(String front, String back, String answer) {
        var c = Cloze.of(card(1, 1, CardKind.CLOZE, front, back));
        assertEquals(answer, c.map(Cloze::answer).orElse(null));
    }

    private static final String DEPLOYMENT = """
            ```yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                tier: front
            spec:
              replicas: 3 # three pods
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx:1.25
                    ports:
                    - containerPort: 80
                    volumeMounts:
                    - name: conf
                      mountPath: /etc/nginx/conf.d
                  volumes:
                  - name: conf
                    configMap:
                      name: web-conf
            ```""";

    @Test
    void fieldsWorthKnowingAreAskedAndFreeNamesAreNot() {
        Card card = card(1, 1, CardKind.MANIFEST, "Write the Deployment manifest named `web` — three nginx pods", DEPLOYMENT);
        Manifest m = Manifest.of(card).orElseThrow();
        Set<String> asked = m.fields().stream().map(Manifest.Field::path).collect(Collectors.toSet());
        assertTrue(asked.containsAll(Set.of("apiVersion", "kind", "spec.replicas", "spec.template.spec.containers[web].image",
                "spec.template.spec.containers[web].ports[0].containerPort",
                "spec.template.spec.containers[web].volumeMounts[conf].mountPath")), asked.toString());
        // must match elsewhere: asked; named by the path only when the name is not the answer
        assertTrue(asked.containsAll(Set.of("spec.selector.matchLabels.app", "spec.template.metadata.labels.app",
                "spec.template.spec.volumes[0].name", "spec.template.spec.containers[web].volumeMounts[0].name")), asked.toString());
        // free choices nothing has to match: not asked
        for (String free : List.of("metadata.name", "metadata.labels.tier", "spec.template.spec.containers[0].name",
                "spec.template.spec.volumes[conf].configMap.name")) {
            assertFalse(asked.contains(free), free);
        }
        Manifest.Field replicas = m.fields().stream().filter(f -> f.path().equals("spec.replicas")).findFirst().orElseThrow();
        assertEquals("3", replicas.answer());
        assertTrue(replicas.blanked().contains("  replicas: ____\n"), "the comment would give the answer away");
    }

    @Test
    void aFlattenedManifestIsReadWithItsStructureRestored() {
        String flat = DEPLOYMENT.lines().map(String::strip).collect(Collectors.joining("\n"));
        Card card = card(1, 1, CardKind.MANIFEST, "Write the Deployment manifest named `web` — three nginx pods", flat);
        Set<String> asked = Manifest.of(card).orElseThrow().fields().stream().map(Manifest.Field::path).collect(Collectors.toSet());
        assertTrue(asked.contains("spec.template.spec.containers[web].image"), asked.toString());
    }

    @Test
    void aTemplateOfEmptyKeysIsNeitherWrittenNorFilledIn() {
        Card template = card(1, 1, CardKind.MANIFEST, "Write the YAML: what every manifest contains",
                "```yaml\napiVersion:\nkind:\nmetadata:\n  name: # the object's name\nspec: # varies\n```");
        assertTrue(ask(List.of(template), QuestionType.MANIFEST).isEmpty());
        assertTrue(ask(List.of(template), QuestionType.FILL_FIELD).isEmpty());
        Card placeholder = card(2, 1, CardKind.MANIFEST, "Write the Secret manifest named `s` — credentials",
                "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: xxxx\n```");
        assertTrue(ask(List.of(placeholder), QuestionType.MANIFEST).isEmpty());
        Card vague = card(3, 1, CardKind.MANIFEST, "Write the YAML:", DEPLOYMENT);
        assertTrue(ask(List.of(vague), QuestionType.MANIFEST).isEmpty(), "the front states no requirement");
        assertEquals(1, ask(List.of(card(4, 1, CardKind.MANIFEST, "Write the Deployment manifest named `web` — three nginx pods",
                DEPLOYMENT)), QuestionType.MANIFEST).size());
    }

    @Test
    void aNodeIsHiddenOnlyWhereItsLabelIsUnambiguous() {
        Card small = card(1, 1, CardKind.DIAGRAM, "Which label is hidden behind **?**", "**a**\n\n```mermaid\ngraph LR\n  a[api] --> b[etcd]\n```");
        assertTrue(ask(List.of(small), QuestionType.DIAGRAM_NODE).isEmpty(), "two nodes give too little context");
        Card twins = card(2, 1, CardKind.DIAGRAM, "Which label is hidden behind **?**",
                "**x**\n\n```mermaid\ngraph LR\n  s[Service] --> p1[Pod]\n  s --> p2[Pod]\n  x[x] --> s\n```");
        for (Question q : generator.generate(List.of(twins), Set.of(QuestionType.DIAGRAM_NODE), 1, 0)) {
            assertEquals("Service", q.answer(), "Pod is on two nodes and x is no label worth asking");
        }
        assertEquals(1, ask(List.of(twins), QuestionType.DIAGRAM_NODE).size());
    }

    @Test
    void multipleChoiceNeedsThreeDistractorsOfTheSameKind() {
        List<Card> cards = new ArrayList<>();
        cards.add(card(1, 1, CardKind.COMMAND, "Which command lists pods?", "`kubectl get pods`"));
        cards.add(card(2, 1, CardKind.COMMAND, "Which command lists nodes?", "`kubectl get nodes`"));
        cards.add(card(3, 1, CardKind.DEFINITION, "What is **etcd**?", "The key value store of the cluster."));
        cards.add(card(4, 1, CardKind.DEFINITION, "What is **CNI**?", "The container network interface."));
        cards.add(card(5, 1, CardKind.COMMAND, "Which command lists pods in every namespace?", "`k get po -A`"));
        assertTrue(ask(cards, QuestionType.MULTIPLE_CHOICE).isEmpty(), "two commands and two terms: no question");
        cards.add(card(6, 1, CardKind.COMMAND, "Which command lists services?", "`kubectl get svc`"));
        cards.add(card(7, 1, CardKind.COMMAND, "Which command shows the pods?", "`kubectl get po`"));
        List<Question> qs = ask(cards, QuestionType.MULTIPLE_CHOICE);
        QuestionChecks checks = new QuestionChecks(cards);
        qs.forEach(checks::check);
        for (Question q : qs) {
            if (q.answer().equals("`kubectl get pods`") || q.answer().equals("`kubectl get po`")) {
                assertFalse(q.options().contains("`kubectl get po`") && q.options().contains("`kubectl get pods`"),
                        "the same command in other words: " + q.options());
            }
        }
    }

    @Test
    void distractorsComeFromTheSameDeckWhenItHasEnough() {
        List<Card> cards = new ArrayList<>();
        String[] own = {"kubectl get pods", "kubectl get nodes", "kubectl get svc", "kubectl get deploy", "kubectl get cm"};
        String[] other = {"kubectl drain node1", "kubectl cordon node1", "kubectl top pod", "kubectl logs web"};
        for (String c : own) cards.add(card(cards.size() + 1, 1, CardKind.COMMAND, "Which command shows " + c.substring(12) + "?", "`" + c + "`"));
        for (String c : other) cards.add(card(cards.size() + 1, 2, CardKind.COMMAND, "Which command does " + c.substring(8) + "?", "`" + c + "`"));
        for (long seed = 0; seed < 20; seed++) {
            for (Question q : generator.generate(cards, Set.of(QuestionType.MULTIPLE_CHOICE), 9, seed)) {
                long deck = cards.stream().filter(c -> c.id().equals(q.cardId())).findFirst().orElseThrow().deckId().value();
                for (String o : q.options()) {
                    boolean fromOwn = List.of(own).contains(o.replace("`", ""));
                    if (deck == 1) assertTrue(fromOwn, o + " from another deck although deck 1 has enough");
                }
            }
        }
        // deck 2 has only four commands: three distractors may come from deck 1
        assertEquals(9, generator.generate(cards, Set.of(QuestionType.MULTIPLE_CHOICE), 9, 1).size());
    }

    @Test
    void aCardAskingTheSameQuestionNeverLendsItsAnswer() {
        List<Card> cards = new ArrayList<>();
        cards.add(card(1, 1, CardKind.COMMAND, "Which command restarts a deployment?", "`kubectl rollout restart deploy/web`"));
        cards.add(card(2, 1, CardKind.COMMAND, "*Other notes*\n\nWhich command restarts a deployment?", "`kubectl scale deploy/web --replicas=0`"));
        for (String c : List.of("kubectl get pods", "kubectl get nodes", "kubectl get svc", "kubectl delete pod web")) {
            cards.add(card(cards.size() + 1, 1, CardKind.COMMAND, "Which command: " + c + "?", "`" + c + "`"));
        }
        for (long seed = 0; seed < 30; seed++) {
            for (Question q : generator.generate(cards, EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE), 12, seed)) {
                String other = q.cardId().value() == 1 ? "kubectl scale" : q.cardId().value() == 2 ? "kubectl rollout" : null;
                if (other != null) assertFalse(q.prompt().contains(other) || q.options().stream().anyMatch(o -> o.contains(other)), q.toString());
            }
        }
    }

    @Test
    void typedQuestionsOnlyForShortAnswers() {
        Card term = card(1, 1, CardKind.BASIC, "Which port does the API server listen on?", "6443");
        Card sentence = card(2, 1, CardKind.BASIC, "Why use a Deployment?",
                "It keeps the wanted number of pods running and rolls out new versions gradually.");
        Card list = card(3, 1, CardKind.LIST, "Name the service types.", "- ClusterIP\n- NodePort\n- LoadBalancer");
        assertEquals(List.of("6443"), ask(List.of(term, sentence, list), QuestionType.TYPED).stream().map(Question::answer).toList());
        for (QuestionType t : QuestionType.values()) {
            assertTrue(ask(List.of(list), t).isEmpty(), "a list card gives no " + t);
        }
    }

    @Test
    void yesNoFactsGiveTrueFalseButNotMultipleChoice() {
        List<Card> cards = new ArrayList<>();
        for (String s : List.of("Labels", "Annotations", "Taints", "Selectors", "Finalizers")) {
            cards.add(card(cards.size() + 1, 1, CardKind.TABLE_FACT, "**Namespaced** — " + s + ": yes or no?", cards.size() % 2 == 0 ? "yes" : "no"));
        }
        assertTrue(ask(cards, QuestionType.MULTIPLE_CHOICE).isEmpty());
        List<Question> tf = ask(cards, QuestionType.TRUE_FALSE);
        assertEquals(5, tf.size());
        QuestionChecks checks = new QuestionChecks(cards);
        tf.forEach(checks::check);
    }

    @Test
    void theGraderDispatchesByType() {
        QuestionGrader grader = new QuestionGrader();
        Question mc = new Question(QuestionType.MULTIPLE_CHOICE, new io.deckhand.domain.card.CardId(1), "Q?",
                List.of("`kubectl get po`", "`kubectl get svc`", "`kubectl get no`", "`kubectl get cm`"), "`kubectl get po`");
        assertTrue(grader.grade(mc, "`kubectl get po`").correct());
        assertFalse(grader.grade(mc, "`kubectl get pods`").correct(), "a choice is the option's text, nothing else");
        assertFalse(grader.grade(mc, "").correct());
        Question command = new Question(QuestionType.COMMAND, new io.deckhand.domain.card.CardId(1), "Q?", List.of(),
                "kubectl get pods --namespace prod");
        assertTrue(grader.grade(command, "k get po -n prod").correct());
        assertFalse(grader.grade(command, "kubectl get pods").correct());
        Question manifest = new Question(QuestionType.MANIFEST, new io.deckhand.domain.card.CardId(1), "Q?", List.of(),
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n");
        assertTrue(grader.grade(manifest, "kind: Pod # the kind\nmetadata:\n  name: web\napiVersion: v1\n").correct());
        Question typed = new Question(QuestionType.TYPED, new io.deckhand.domain.card.CardId(1), "Q?", List.of(), "ReadWriteOnce");
        assertTrue(grader.grade(typed, "readwriteonce").correct());
    }
}
