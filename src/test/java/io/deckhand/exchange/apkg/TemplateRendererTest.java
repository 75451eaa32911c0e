package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TemplateRendererTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    private static TemplateRenderer.Context ctx(Map<String, String> fields, int cloze) {
        return new TemplateRenderer.Context(fields, "t1 t2", "K8s::Storage", "Basic", "Card 1", cloze);
    }

    @Test
    void fieldsConditionalsAndSpecialFields() {
        var c = ctx(Map.of("Front", "Q", "Back", "A", "Extra", "", "Hint", "<br> "), 0);
        assertEquals("Q", renderer.question("{{Front}}", c));
        assertEquals("Q|A", renderer.question("{{Front}}{{#Back}}|{{Back}}{{/Back}}", c));
        assertEquals("no extra", renderer.question("{{#Extra}}x{{/Extra}}{{^Extra}}no extra{{/Extra}}", c));
        assertEquals("", renderer.question("{{#Hint}}shown{{/Hint}}", c), "<br> and spaces count as empty");
        assertEquals("Storage / K8s::Storage / t1 t2", renderer.question("{{Subdeck}} / {{Deck}} / {{Tags}}", c));
        assertEquals("Q", renderer.question("{{ front }}", c), "field names ignore case and spaces when not exact");
        assertEquals("", renderer.question("{{Missing}}", c));
        assertEquals("Q\n\n<hr id=answer>\n\nA", renderer.answer("{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", c, "Q"));
        assertEquals("A", TemplateRenderer.answerOnly(renderer.answer("{{FrontSide}}<hr id=answer>{{Back}}", c, "Q"), "Q"));
        assertEquals("bold", renderer.question("{{text:F}}", ctx(Map.of("F", "<b>bold</b>"), 0)));
    }

    @Test
    @Timeout(10)
    void aFieldOfManyLineBreaksIsEmptyWithoutOverflowingTheStack() {
        String breaks = "<br>".repeat(100_000) + "<div></div>&nbsp;\u200b <BR/>";
        assertTrue(TemplateRenderer.isEmptyField(breaks));
        assertFalse(TemplateRenderer.isEmptyField(breaks + "x"));
        assertFalse(TemplateRenderer.isEmptyField("<br>".repeat(100_000) + "<b>"));
        var c = ctx(Map.of("F", breaks, "G", "<br>".repeat(50_000) + "text"), 0);
        assertEquals("", renderer.question("{{#F}}shown{{/F}}", c));
        assertEquals("shown", renderer.question("{{#G}}shown{{/G}}", c));
    }

    /** Examples Anki's own empty-field rule agrees with. */
    @Test
    void emptyFieldExamples() {
        for (String empty : new String[] {"", " ", "\n\t", "<br>", "<br/>", "<br />", "<BR>", "<div>", "</div>",
            "&nbsp;", "\u200b", "<div><br></div>", " <br> &nbsp; "}) {
            assertTrue(TemplateRenderer.isEmptyField(empty), empty);
        }
        for (String full : new String[] {"x", "<b></b>", "<br  >", "&amp;", "<div class=a>", "<brx>", "&nbsp"}) {
            assertFalse(TemplateRenderer.isEmptyField(full), full);
        }
    }

    @Test
    @Timeout(20)
    void aTemplateRepeatingAFieldCannotGrowACardWithoutBound() {
        var c = ctx(Map.of("F", "x".repeat(1 << 20)), 0);
        String q = renderer.question("{{F}}".repeat(20_000), c);
        assertEquals(TemplateRenderer.MAX_SIDE_CHARS, q.length());
        String a = renderer.answer("{{FrontSide}}{{F}}{{#F}}{{F}}{{/F}}".repeat(20_000), c, q);
        assertEquals(TemplateRenderer.MAX_SIDE_CHARS, a.length());
        assertEquals("xx", renderer.question("{{F}}", ctx(Map.of("F", "xx"), 0)));
    }

    @Test
    void typeIsShownAsTextOnTheAnswerOnly() {
        var c = ctx(Map.of("Front", "Q", "Back", "kubectl get <i>pods</i>"), 0);
        assertEquals("Q", renderer.question("{{Front}}{{type:Back}}", c));
        assertEquals("<code>kubectl get pods</code>", renderer.answer("{{type:Back}}", c, "Q"));
    }

    @Test
    void clozesHideOnlyTheirOwnNumber() {
        var text = Map.of("Text", "{{c1::Pods}} run {{c2::containers::what?}} on {{c1::nodes}}");
        assertEquals("<span class=\"cloze\">[...]</span> run containers on <span class=\"cloze\">[...]</span>",
                renderer.question("{{cloze:Text}}", ctx(text, 1)));
        assertEquals("Pods run <span class=\"cloze\">[what?]</span> on nodes", renderer.question("{{cloze:Text}}", ctx(text, 2)));
        assertEquals("Pods run <span class=\"cloze\">containers</span> on nodes", renderer.answer("{{cloze:Text}}", ctx(text, 2), ""));
        assertEquals("a <span class=\"cloze\">[...]</span> c",
                new ClozeRenderer().render("a {{c1::b {{c2::x}} y}} c", 1, false), "nested clozes resolve inside out");
    }

    @Property
    void neverThrowsOnArbitraryTemplatesAndFields(@ForAll String template, @ForAll String value,
                                                  @ForAll boolean answer) {
        var c = ctx(Map.of("F", value, "Text", value), 1);
        String q = renderer.question(template, c);
        if (answer) renderer.answer(template, c, q);
    }

    @Property
    void neverThrowsOnBraceSoup(@ForAll @Chars({'{', '}', '#', '^', '/', ':', 'c', '1', 'F'}) @CharRange(from = 'F', to = 'F')
                                @StringLength(max = 60) String template) {
        var c = ctx(Map.of("F", "v", "Text", template), 1);
        renderer.answer(template, c, renderer.question(template, c));
        new ClozeRenderer().render(template, 1, false);
    }

    @Property
    void textWithoutTagsIsUnchanged(@ForAll String template) {
        if (template.contains("{{")) return;
        assertEquals(template, renderer.question(template, ctx(Map.of(), 0)));
    }

    @Property
    void aFieldIsReplacedByItsValue(@ForAll String value, @ForAll String before) {
        if (before.contains("{{") || before.endsWith("{")) return;
        assertEquals(before + value, renderer.question(before + "{{F}}", ctx(Map.of("F", value), 0)));
    }

    @Test
    @Timeout(5)
    void pathologicalTemplatesFinishQuickly() {
        var c = ctx(Map.of("F", "v"), 1);
        renderer.question("{{#F}}".repeat(20_000) + "x", c);
        renderer.question("{{".repeat(100_000), c);
        String clozes = "{{c1::".repeat(20_000) + "x" + "}}".repeat(20_000);
        assertFalse(new ClozeRenderer().render(clozes, 1, false).isEmpty());
        assertTrue(new ClozeRenderer().render("{{c1::a}}".repeat(20_000), 1, true).startsWith("<span"));
    }
}
