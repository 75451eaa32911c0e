package io.deckhand.quiz.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GraderPropertiesTest {
    private final CommandGrader commands = new CommandGrader();
    private final ManifestGrader manifests = new ManifestGrader();
    private final TextGrader texts = new TextGrader();
    private final YAMLMapper yaml = new YAMLMapper();

    @Property
    void gradingAnyTextNeverFailsAndScoresWithinRange(@ForAll("shellish") String expected, @ForAll("shellish") String answer) {
        for (AnswerGrader g : List.of(commands, manifests, texts)) {
            Grade grade = g.grade(expected, answer);
            assertTrue(grade.score() >= 0 && grade.score() <= 1);
            if (!(g instanceof TextGrader)) { // a forgiven typo is right with a spelling difference
                assertEquals(grade.differences().isEmpty(), grade.correct(), grade::toString);
                assertTrue(!grade.correct() || grade.score() == 1, grade::toString);
            }
        }
    }

    @Property
    void gradingArbitraryUnicodeNeverFails(@ForAll String expected, @ForAll String answer) {
        commands.grade(expected, answer);
        manifests.grade(expected, answer);
        texts.grade(expected, answer);
    }

    @Property
    void aCommandIsRightAgainstItselfAndInAnyEquivalentSpelling(@ForAll("kubectl") KubectlCommand c,
                                                                @ForAll long styleA, @ForAll long styleB) {
        String a = c.render(new Random(styleA));
        String b = c.render(new Random(styleB));
        assertTrue(commands.grade(a, a).correct(), a);
        Grade g = commands.grade(a, b);
        assertTrue(g.correct(), () -> a + "  vs  " + b + ": " + g.differences());
        assertEquals(1.0, g.score());
    }

    @Property
    void commandGradingIsSymmetricInWhatIsRight(@ForAll("kubectl") KubectlCommand x, @ForAll("kubectl") KubectlCommand y,
                                                @ForAll long style) {
        String a = x.render(new Random(style));
        String b = y.render(new Random(style + 1));
        assertEquals(commands.grade(a, b).correct(), commands.grade(b, a).correct(), a + "  vs  " + b);
        assertEquals(commands.grade(a, b).score(), commands.grade(b, a).score(), 1e-9, a + "  vs  " + b);
    }

    @Property(tries = 250) // tree generation is the slow part
    void aManifestIsRightAgainstItselfReorderedAndSymmetric(@ForAll("manifest") JsonNode m, @ForAll("manifest") JsonNode other,
                                                            @ForAll long seed) throws Exception {
        String text = yaml.writeValueAsString(m);
        String shuffled = yaml.writeValueAsString(shuffle(m, new Random(seed)));
        assertTrue(manifests.grade(text, text).correct(), text);
        Grade g = manifests.grade(text, shuffled);
        assertTrue(g.correct(), () -> text + "\nvs\n" + shuffled + g.differences());
        String o = yaml.writeValueAsString(other);
        Grade ab = manifests.grade(text, o);
        Grade ba = manifests.grade(o, text);
        assertEquals(ab.correct(), ba.correct());
        assertTrue(ab.score() >= 0 && ab.score() <= 1);
    }

    @Property
    void textIsRightAgainstItselfInAnyCase(@ForAll("words") String word) {
        assertTrue(texts.grade(word, word.toUpperCase()).correct());
        assertTrue(texts.grade(word, "**" + word + "**").correct());
    }

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.strings().withChars("kubectl -=/'\"\\|&;<>\n#getpo123:{}[]*").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().numeric().withChars("-_ ").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
    }

    /** A kubectl command as parts, rendered in any of the spellings kubectl accepts. */
    record KubectlCommand(String verb, int resource, String name, String namespace, String output, String selector,
                          boolean watch, List<String> after) {
        static final List<List<String>> RESOURCES = List.of(List.of("pods", "pod", "po", "Pod"),
                List.of("services", "service", "svc"), List.of("deployments", "deployment", "deploy"),
                List.of("configmaps", "configmap", "cm"), List.of("networkpolicies", "networkpolicy", "netpol"));

        String render(Random r) {
            List<String> flags = new ArrayList<>();
            if (namespace != null) {
                flags.add(pick(r, "-n " + namespace, "--namespace " + namespace, "--namespace=" + namespace, "-n=" + namespace, "-n" + namespace));
            }
            if (output != null) {
                flags.add(pick(r, "-o " + output, "--output " + output, "--output=" + output, "-o" + output));
            }
            if (selector != null) {
                flags.add(pick(r, "-l '" + selector + "'", "--selector='" + selector + "'", "-l \"" + selector + "\""));
            }
            if (watch) {
                flags.add(pick(r, "-w", "--watch", "--watch=true"));
            }
            Collections.shuffle(flags, r);
            List<String> aliases = RESOURCES.get(resource);
            String type = aliases.get(r.nextInt(aliases.size()));
            String target = name == null ? type : r.nextBoolean() ? type + "/" + name : type + " " + name;
            List<String> words = new ArrayList<>();
            words.add(r.nextBoolean() ? "kubectl" : "k");
            int at = r.nextInt(flags.size() + 1);
            words.addAll(flags.subList(0, at));
            words.add(verb);
            words.add(target);
            words.addAll(flags.subList(at, flags.size()));
            if (!after.isEmpty()) {
                words.add("--");
                after.forEach(w -> words.add(r.nextBoolean() ? "'" + w + "'" : "\"" + w + "\""));
            }
            return String.join(" ", words);
        }

        private static String pick(Random r, String... options) {
            return options[r.nextInt(options.length)];
        }
    }

    @Provide
    Arbitrary<KubectlCommand> kubectl() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(
                Arbitraries.of("get", "describe", "delete", "edit"),
                Arbitraries.integers().between(0, KubectlCommand.RESOURCES.size() - 1),
                name.injectNull(0.3),
                Arbitraries.of("dev", "prod").injectNull(0.5),
                Arbitraries.of("yaml", "json", "wide").injectNull(0.5),
                Arbitraries.of("app=web", "tier in (fe,be)").injectNull(0.6),
                Arbitraries.of(true, false),
                Arbitraries.of("sh", "-c", "echo a b", "sleep").list().ofMaxSize(3))
                .as(KubectlCommand::new);
    }

    @Provide
    Arbitrary<JsonNode> manifest() {
        return object(3);
    }

    private Arbitrary<JsonNode> object(int depth) {
        Arbitrary<String> key = Arbitraries.of("name", "image", "spec", "ports", "containerPort", "env", "value", "labels", "a", "b");
        return Arbitraries.maps(key, node(depth - 1)).ofMaxSize(4).map(m -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    private Arbitrary<JsonNode> node(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(f::textNode),
                Arbitraries.integers().between(0, 9999).map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> child = node(depth - 1);
        Arbitrary<JsonNode> object = object(depth);
        Arbitrary<JsonNode> list = child.list().ofMaxSize(3).map(items -> {
            var a = f.arrayNode();
            items.forEach(a::add);
            return a;
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(3, object), net.jqwik.api.Tuple.of(1, list));
    }

    /** The same tree with the keys of every object in another order (lists keep theirs). */
    private static JsonNode shuffle(JsonNode n, Random r) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            Collections.shuffle(keys, r);
            ObjectNode o = new ObjectMapper().createObjectNode();
            keys.forEach(k -> o.set(k, shuffle(n.get(k), r)));
            return o;
        }
        if (n.isArray()) {
            var a = new ObjectMapper().createArrayNode();
            n.forEach(item -> a.add(shuffle(item, r)));
            return a;
        }
        return n;
    }
}
