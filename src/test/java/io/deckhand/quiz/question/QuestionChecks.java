package io.deckhand.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.quiz.grade.AnswerGrader;
import io.deckhand.quiz.grade.CommandGrader;
import io.deckhand.quiz.grade.TextGrader;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartParser;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every generated question must satisfy, checked against the cards it came from and the
 * graders, not against the generator's own bookkeeping.
 */
final class QuestionChecks {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n([\\s\\S]*?)\\n```");
    private final Map<CardId, Card> cards = new HashMap<>();
    /** Every answer a card lends as a distractor, by the kinds it is lent as. */
    private final Map<String, Set<AnswerKind>> lentKinds = new HashMap<>();
    private final AnswerGrader commandGrader = new CommandGrader();
    private final AnswerGrader textGrader = new TextGrader();
    private final QuestionGrader questionGrader = new QuestionGrader();

    QuestionChecks(List<Card> pool) {
        for (Card c : pool) {
            cards.put(c.id(), c);
            for (Facts.Answer a : Facts.lent(c, Facts.of(c), true)) {
                lentKinds.computeIfAbsent(a.display(), k -> EnumSet.noneOf(AnswerKind.class)).add(a.kind());
            }
        }
    }

    void check(Question q) {
        Card card = cards.get(q.cardId());
        assertTrue(card != null, "question from a card not in the pool");
        assertTrue(questionGrader.grade(q, q.answer()).correct(), () -> "its own answer is graded wrong: " + q);
        switch (q.type()) {
            case MULTIPLE_CHOICE -> multipleChoice(q, card);
            case TRUE_FALSE -> trueFalse(q, card);
            case COMMAND -> {
                assertTrue(q.options().isEmpty());
                assertTrue(card.back().contains(q.answer()), () -> "command not on the card: " + q.answer());
                assertFalse(q.answer().contains("`"));
            }
            case MANIFEST -> assertEquals(tree(Manifest.of(card).orElseThrow().yaml()), tree(q.answer()));
            case CLOZE -> cloze(q, card);
            case FILL_FIELD -> field(q, card);
            case DIAGRAM_NODE -> node(q, card);
            case TYPED -> {
                assertTrue(q.answer().length() <= CardText.MAX_TERM_CHARS && CardText.words(q.answer()) <= CardText.MAX_TERM_WORDS,
                        () -> "typed answer too long: " + q.answer());
                assertTrue(card.front().contains(q.answer()) || card.back().contains(q.answer()));
            }
        }
    }

    private void multipleChoice(Question q, Card card) {
        List<String> options = q.options();
        assertEquals(QuestionGenerator.OPTIONS, options.size());
        assertEquals(options.size(), new HashSet<>(options).size(), () -> "repeated option: " + options);
        assertEquals(1, options.stream().filter(o -> o.equals(q.answer())).count());
        Fact fact = Facts.of(card).stream().filter(f -> f.display().equals(q.answer()) && f.prompt().equals(q.prompt()))
                .findFirst().orElseThrow(() -> new AssertionError("the right option is not the card's answer: " + q));
        for (String o : options) {
            if (o.equals(q.answer())) continue;
            Set<AnswerKind> kinds = lentKinds.get(o);
            assertTrue(kinds != null && kinds.contains(fact.kind()),
                    () -> "distractor '" + o + "' is not a " + fact.kind() + " answer of the pool");
            assertFalse(equivalent(fact.kind(), q.answer(), o), () -> "distractor '" + o + "' means the right answer");
            assertFalse(questionGrader.grade(q, o).correct());
            for (String other : options) {
                if (other != o && !other.equals(q.answer())) {
                    assertFalse(equivalent(fact.kind(), other, o), () -> "two options mean the same: " + options);
                }
            }
        }
    }

    private void trueFalse(Question q, Card card) {
        assertEquals(List.of("True", "False"), q.options());
        int at = q.prompt().lastIndexOf("\n\n**Answer:** ");
        String shown = q.prompt().substring(at + "\n\n**Answer:** ".length());
        String asked = q.prompt().substring("True or false?\n\n".length(), at);
        Fact fact = Facts.of(card).stream().filter(f -> f.prompt().equals(asked)).findFirst()
                .orElseThrow(() -> new AssertionError("not a fact of the card: " + asked));
        if (q.answer().equals("True")) {
            assertEquals(fact.display(), shown);
        } else {
            assertEquals("False", q.answer());
            assertFalse(equivalent(fact.kind(), fact.display(), shown), () -> "a 'false' statement that is true: " + q);
            assertTrue(lentKinds.getOrDefault(shown, Set.of()).contains(fact.kind()), "swapped answer of another kind");
        }
    }

    private static void cloze(Question q, Card card) {
        Matcher marker = Pattern.compile("\\[[^\\[\\]\\n]*\\]").matcher(q.prompt());
        int hits = 0;
        while (marker.find()) {
            String filled = q.prompt().substring(0, marker.start()) + q.answer() + q.prompt().substring(marker.end());
            if (plain(filled).equals(plain(card.back()))) hits++;
        }
        assertEquals(1, hits, () -> "the answer does not fill the hidden place: " + q);
    }

    /** The back may highlight the deletion; the text is the same without the marks. */
    private static String plain(String s) {
        return s.replaceAll("==|\\*\\*|</?mark>|<span class=\"cloze\">|</span>", "");
    }

    private void field(Question q, Card card) {
        Matcher m = FENCE.matcher(q.prompt());
        assertTrue(m.find() && m.group(1).equals("yaml"));
        String blanked = m.group(2);
        assertEquals(1, blanked.split(Pattern.quote(Manifest.BLANK), -1).length - 1);
        JsonNode expected = tree(Manifest.of(card).orElseThrow().yaml());
        JsonNode filled = tree(blanked.replace(Manifest.BLANK, quoted(q.answer())));
        assertEquals(text(expected), text(filled), () -> "the answer does not fill the blank: " + q);
        assertFalse(q.answer().isBlank());
    }

    private static String quoted(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    /** The tree with every scalar as text, since quoting the filled-in value makes numbers strings. */
    private static JsonNode text(JsonNode n) {
        if (n.isValueNode()) return n.isNull() ? n : YAML.getNodeFactory().textNode(n.asText());
        if (n.isArray()) {
            var a = YAML.createArrayNode();
            n.forEach(e -> a.add(text(e)));
            return a;
        }
        var o = YAML.createObjectNode();
        n.fields().forEachRemaining(e -> o.set(e.getKey(), text(e.getValue())));
        return o;
    }

    private static void node(Question q, Card card) {
        Matcher m = FENCE.matcher(q.prompt());
        assertTrue(m.find() && m.group(1).equals("mermaid"));
        try {
            Flowchart shown = new FlowchartParser().parse(m.group(2));
            Flowchart full = new FlowchartParser().parse(Diagram.of(card).orElseThrow().source());
            List<Flowchart.Vertex> hidden = shown.vertices().values().stream()
                    .filter(v -> Diagram.label(v).equals("?")).toList();
            assertEquals(1, hidden.size(), () -> "not one hidden node: " + q);
            assertEquals(q.answer(), Diagram.label(full.vertices().get(hidden.get(0).id())));
            for (Flowchart.Vertex v : full.vertices().values()) {
                if (v.id().equals(hidden.get(0).id())) continue;
                assertEquals(Diagram.label(v), Diagram.label(shown.vertices().get(v.id())));
                assertFalse(Diagram.label(v).equalsIgnoreCase(q.answer()), "another node has the hidden label");
            }
        } catch (Exception e) {
            fail(e);
        }
    }

    boolean equivalent(AnswerKind kind, String a, String b) {
        String x = unticked(kind, a);
        String y = unticked(kind, b);
        AnswerGrader g = kind == AnswerKind.COMMAND ? commandGrader : textGrader;
        return x.equals(y) || g.grade(x, y).correct() || g.grade(y, x).correct();
    }

    private static String unticked(AnswerKind kind, String display) {
        if (kind != AnswerKind.COMMAND) return display;
        return display.replaceAll("^`+ ?|( ?)`+$", "");
    }

    static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (Exception e) {
            throw new AssertionError("not YAML: " + yaml, e);
        }
    }
}
