package io.deckhand.bench;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionGenerator;
import io.deckhand.quiz.question.QuestionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 10: a 60-question exam of mixed types generated from a 10,000-card collection, goal under
 * 100 ms. The cards are synthetic, in the bundled deck's proportions (mostly command cards, then
 * definitions, manifests, table facts, diagrams, clozes, lists), spread over 20 decks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuizBench {
    @Param({"10000"})
    int cards;

    private List<Card> collection;
    private final Set<QuestionType> types = EnumSet.allOf(QuestionType.class);
    private final QuestionGenerator generator = new QuestionGenerator();
    private long seed;

    @Setup
    public void setUp() {
        collection = synthetic(cards, 10);
    }

    @Benchmark
    public List<Question> generateExam() {
        return generator.generate(collection, types, 60, seed++);
    }

    private static final String[] VERBS = {"get", "describe", "delete", "logs", "explain", "rollout status", "scale",
            "label", "annotate", "expose", "edit", "top"};
    private static final String[] RESOURCES = {"pods", "svc", "deploy", "nodes", "cm", "secret", "pvc", "ingress", "job"};
    private static final String[] FLAGS = {"-n prod", "-o yaml", "-A", "--show-labels", "-l app=web", "--replicas=3",
            "-o wide", "--force", "--grace-period=0", "-f manifest.yaml"};
    private static final String[] WORDS = {"pod", "node", "label", "volume", "claim", "service", "port", "secret",
            "controller", "scheduler", "replica", "namespace", "image", "container", "probe", "policy", "quota", "role"};
    private static final String[] IMAGES = {"nginx:1.25", "busybox:1.36", "redis:7", "postgres:16", "httpd:2.4"};

    static List<Card> synthetic(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Card> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            int roll = r.nextInt(100);
            String front;
            String back;
            CardKind kind;
            if (roll < 25) {
                kind = CardKind.COMMAND;
                front = "*Commands*\n\nWhich command do you use to " + phrase(r, 6).toLowerCase() + "?";
                back = "`" + command(r) + "`";
            } else if (roll < 47) {
                kind = CardKind.COMMAND;
                front = "*Commands*\n\nWhat does `" + command(r) + "` do?";
                back = phrase(r, 8) + ".";
            } else if (roll < 65) {
                kind = CardKind.DEFINITION;
                front = "*Glossary*\n\nWhat is **" + WORDS[r.nextInt(WORDS.length)] + "-" + i + "**?";
                back = phrase(r, 10);
            } else if (roll < 77) {
                kind = CardKind.MANIFEST;
                String name = "app" + i;
                front = "*Workloads*\n\nWrite the Deployment manifest named `" + name + "` — " + phrase(r, 5);
                back = "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  replicas: "
                        + (1 + r.nextInt(5)) + "\n  selector:\n    matchLabels:\n      app: " + name + "\n  template:\n"
                        + "    metadata:\n      labels:\n        app: " + name + "\n    spec:\n      containers:\n"
                        + "      - name: " + name + "\n        image: " + IMAGES[r.nextInt(IMAGES.length)] + "\n        ports:\n"
                        + "        - containerPort: " + (8000 + r.nextInt(100)) + "\n```";
            } else if (roll < 87) {
                kind = CardKind.TABLE_FACT;
                front = "*Comparison*\n\n**" + phrase(r, 2) + "** — " + WORDS[r.nextInt(WORDS.length)] + ": yes or no?";
                back = r.nextBoolean() ? "yes" : "no";
            } else if (roll < 92) {
                kind = CardKind.DIAGRAM;
                String a = WORDS[r.nextInt(WORDS.length)] + " " + i;
                String src = "graph LR; c1(" + a + ") --> n1(node" + i + ") --> p11[pod " + i + "a] n1 --> p12[pod " + i
                        + "b] c1 --> n2(worker" + i + ")";
                front = "*Architecture*\n\nWhich label is hidden behind **?**\n\n```mermaid\n" + src.replace("(" + a + ")", "( ? )") + "\n```";
                back = "**" + a + "**\n\n```mermaid\n" + src + "\n```";
            } else if (roll < 97) {
                kind = CardKind.CLOZE;
                String before = phrase(r, 5);
                String answer = WORDS[r.nextInt(WORDS.length)] + i;
                String after = phrase(r, 4).toLowerCase();
                front = before + " [...] " + after;
                back = before + " " + answer + " " + after;
            } else {
                kind = CardKind.LIST;
                front = "Name the " + WORDS[r.nextInt(WORDS.length)] + " types — list all 3.";
                back = "- " + phrase(r, 2) + "\n- " + phrase(r, 2) + "\n- " + phrase(r, 2);
            }
            out.add(new Card(new CardId(i), new NoteId(i), new DeckId(1 + i % 20), kind, front, back, List.of("k8s"),
                    SchedulingState.newCard(Instant.EPOCH), false));
        }
        return out;
    }

    private static String command(SplittableRandom r) {
        StringBuilder b = new StringBuilder("kubectl ").append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                .append(RESOURCES[r.nextInt(RESOURCES.length)]);
        if (r.nextBoolean()) b.append(" name-").append(r.nextInt(1000));
        for (int f = r.nextInt(3); f > 0; f--) b.append(' ').append(FLAGS[r.nextInt(FLAGS.length)]);
        return b.toString();
    }

    private static String phrase(SplittableRandom r, int maxWords) {
        int n = 1 + r.nextInt(maxWords);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) b.append(' ');
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
