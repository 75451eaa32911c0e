package io.deckhand.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Questions from generated decks: small vocabularies, so answers collide, repeat, and differ only
 * in flag order or spelling, which is where distractors and false statements go wrong.
 */
class GeneratedDeckProperties {
    private final QuestionGenerator generator = new QuestionGenerator();

    @Property(tries = 60)
    void everyQuestionHoldsUp(@ForAll("decks") List<Card> deck, @ForAll long seed) {
        QuestionChecks checks = new QuestionChecks(deck);
        List<Question> qs = generator.generate(deck, EnumSet.allOf(QuestionType.class), 40, seed);
        qs.forEach(checks::check);
        assertEquals(qs, generator.generate(deck, EnumSet.allOf(QuestionType.class), 40, seed));
    }

    @Property(tries = 60)
    void aTypeIsOnlyAskedOfCardsThatSupportIt(@ForAll("decks") List<Card> deck, @ForAll long seed) {
        for (QuestionType type : QuestionType.values()) {
            for (Question q : generator.generate(deck, Set.of(type), 10, seed)) {
                assertEquals(type, q.type());
                Card card = deck.stream().filter(c -> c.id().equals(q.cardId())).findFirst().orElseThrow();
                assertTrue(CardSupport.supports(card, type), () -> type + " asked of " + card);
            }
        }
    }

    @Property(tries = 300)
    void anyTextOnAnyCardGivesQuestionsOrNone(@ForAll("anyCards") List<Card> deck, @ForAll long seed) {
        List<Question> qs = generator.generate(deck, EnumSet.allOf(QuestionType.class), 30, seed);
        QuestionGrader grader = new QuestionGrader();
        for (Question q : qs) {
            grader.grade(q, q.answer());
            grader.grade(q, "");
        }
    }

    @Provide
    Arbitrary<List<Card>> anyCards() {
        Arbitrary<String> text = Arbitraries.strings().withChars("`*[]{}()-:|#=>?! \n\tabcAB12.").ofMaxLength(60)
                .map(s -> s.replace("```", "```yaml\n"));
        Arbitrary<String> fenced = Combinators.combine(Arbitraries.of("yaml", "mermaid", "bash", ""), text)
                .as((lang, body) -> "```" + lang + "\n" + (lang.equals("mermaid") ? "graph LR\n" : "") + body + "\n```");
        return Combinators.combine(Arbitraries.of(CardKind.class), text, Arbitraries.oneOf(text, fenced))
                .as((kind, front, back) -> new Spec(kind, front, back)).list().ofMinSize(1).ofMaxSize(8).map(specs -> {
                    List<Card> out = new ArrayList<>();
                    for (Spec s : specs) out.add(QuizCards.card(out.size() + 1, 1, s.kind, s.front, s.back));
                    return out;
                });
    }

    @Provide
    Arbitrary<List<Card>> decks() {
        Arbitrary<Spec> one = Arbitraries.oneOf(commandCards(), describedCommands(), definitions(), yesNo(), clozes(),
                manifests(), diagrams(), lists());
        return one.list().ofMinSize(1).ofMaxSize(40).map(specs -> {
            List<Card> out = new ArrayList<>();
            for (Spec s : specs) out.add(QuizCards.card(out.size() + 1, 1 + out.size() % 2, s.kind, s.front, s.back));
            return out;
        });
    }

    record Spec(CardKind kind, String front, String back) {
    }

    private static final List<String> VERBS = List.of("get", "describe", "delete", "logs", "explain");
    private static final List<String> RESOURCES = List.of("pods", "po", "svc", "deploy", "deployment", "nodes", "cm");
    private static final List<String> FLAGS = List.of("-n prod", "--namespace prod", "--namespace=prod", "-o yaml",
            "-A", "--all-namespaces", "--show-labels", "-l app=web");
    private static final List<String> WORDS = List.of("pod", "node", "label", "volume", "claim", "service", "port",
            "secret", "Ingress", "etcd", "CNI", "kubelet", "RWO", "Pod", "pods");

    private Arbitrary<String> command() {
        return Combinators.combine(Arbitraries.of("kubectl", "k"), Arbitraries.of(VERBS), Arbitraries.of(RESOURCES),
                Arbitraries.of(FLAGS).list().ofMaxSize(2)).as((k, v, r, f) -> (k + " " + v + " " + r + " " + String.join(" ", f)).strip());
    }

    private Arbitrary<String> phrase() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(9).map(w -> {
            String s = String.join(" ", w);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (w.size() > 4 ? "." : "");
        });
    }

    private Arbitrary<Spec> commandCards() {
        return Combinators.combine(phrase(), command(), Arbitraries.of(true, false))
                .as((p, c, fenced) -> new Spec(CardKind.COMMAND, "Which command do you use to " + p.toLowerCase() + "?",
                        fenced ? "```bash\n" + c + "\n```" : "`" + c + "`"));
    }

    private Arbitrary<Spec> describedCommands() {
        return Combinators.combine(command(), phrase())
                .as((c, p) -> new Spec(CardKind.COMMAND, "*Commands*\n\nWhat does `" + c + "` do?", p));
    }

    private Arbitrary<Spec> definitions() {
        return Combinators.combine(Arbitraries.of(WORDS), phrase())
                .as((t, p) -> new Spec(CardKind.DEFINITION, "What is **" + t + "**?", p));
    }

    private Arbitrary<Spec> yesNo() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of("yes", "no"))
                .as((t, a) -> new Spec(CardKind.TABLE_FACT, "**Namespaced** — " + t + ": yes or no?", a));
    }

    private Arbitrary<Spec> clozes() {
        return Combinators.combine(phrase(), Arbitraries.of(WORDS), phrase(), Arbitraries.of("[...]", "[hint]", "[...]"),
                Arbitraries.of("", "==")).as((before, answer, after, marker, mark) -> new Spec(CardKind.CLOZE,
                        before + " " + marker + " " + after, before + " " + mark + answer + mark + " " + after));
    }

    private Arbitrary<Spec> manifests() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> image = Arbitraries.of("nginx", "nginx:1.25", "busybox", "redis:7", "\"registry.k8s.io/pause:3.9\"");
        return Combinators.combine(name, image, Arbitraries.integers().between(1, 5), Arbitraries.of(80, 443, 8080),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((n, img, replicas, port, flat, sameLabel) -> {
                    String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + n + "\nspec:\n  replicas: "
                            + replicas + " # how many\n  selector:\n    matchLabels:\n      app: " + n + "\n  template:\n"
                            + "    metadata:\n      labels:\n        app: " + (sameLabel ? n : n + "x") + "\n    spec:\n"
                            + "      containers:\n      - name: " + n + "\n        image: " + img + "\n        ports:\n"
                            + "        - containerPort: " + port + "\n";
                    if (flat) yaml = yaml.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
                    return new Spec(CardKind.MANIFEST, "Write the Deployment manifest named `" + n + "` — runs " + img,
                            "```yaml\n" + yaml + "```");
                });
    }

    private Arbitrary<Spec> diagrams() {
        Arbitrary<List<String>> labels = Arbitraries.of("api", "etcd", "kubelet", "pod", "Pod", "node 1", "node 2",
                "x", "Service", "Ingress").list().ofMinSize(2).ofMaxSize(6);
        return labels.map(ls -> {
            StringBuilder g = new StringBuilder("graph LR\n");
            for (int i = 0; i < ls.size(); i++) {
                g.append("  n").append(i).append(i % 2 == 0 ? "[" : "(").append(ls.get(i)).append(i % 2 == 0 ? "]" : ")");
                if (i + 1 < ls.size()) g.append(" --> n").append(i + 1);
                g.append('\n');
            }
            String src = g.toString().strip();
            String hidden = src.replaceFirst("n0\\[" + java.util.regex.Pattern.quote(ls.get(0)) + "\\]", "n0[ ? ]");
            return new Spec(CardKind.DIAGRAM, "Which label is hidden behind **?**\n\n```mermaid\n" + hidden + "\n```",
                    "**" + ls.get(0) + "**\n\n```mermaid\n" + src + "\n```");
        });
    }

    private Arbitrary<Spec> lists() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(5)
                .map(ws -> new Spec(CardKind.LIST, "Name them all.", "- " + String.join("\n- ", ws)));
    }

}
