package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the term a definition asks ("What is **X**?") is a noun phrase naming a thing. A heading that
 * opens with a quantifier ("Each Oven"), names an action ("Scoring Loaves"), joins two things ("Rye vs
 * Spelt", "Crust \u2260 Crumb") or opens a document part ("Introduction to Levain") is no term: its
 * definition card is not ticked. A name made of such words elsewhere ("Rolling Pin", "Proofing Basket") still is.
 */
class AskedTermsTest {

    private static List<CardDraft> ticked(List<CardDraft> cards, String termPart) {
        return cards.stream().filter(c -> c.kind() == CardKind.DEFINITION && c.quality().passed()
                && c.front().contains("**" + termPart)).toList();
    }

    private static String section(String heading, String body) {
        return "# Bakery\n\n## " + heading + "\n\n" + body + "\n";
    }

    @Test
    void aHeadingThatIsNoNounPhraseGivesNoTickedDefinition() {
        String[][] notes = {
                {"Each Oven", "Each oven is a brick chamber that holds heat for a whole bake."},
                {"Scoring Loaves", "Scoring loaves is a shallow cut made with a blade so the dough opens where you want."},
                {"Rye vs Spelt", "Rye vs spelt is a choice between a dense sour crumb and a light nutty one."},
                {"Crust \u2260 Crumb", "Crust \u2260 crumb is the reminder that a dark crust says nothing about a baked centre."},
                {"Introduction to Levain", "Introduction to levain is a short tour of the starter kept on the counter."},
        };
        for (String[] n : notes) {
            List<CardDraft> cards = md(section(n[0], n[1]));
            assertTrue(ticked(cards, n[0]).isEmpty(), n[0] + ": " + cards);
        }
    }

    @Test
    void aNameThatMerelyLooksLikeOneStillDefines() {
        List<CardDraft> cards = md(section("Rolling Pin", "A rolling pin is a wooden cylinder used to flatten dough evenly."));
        assertFalse(ticked(cards, "Rolling Pin").isEmpty(), cards.toString());
        cards = md(section("Proofing Basket", "A proofing basket is a cane bowl that holds shaped dough while it rises."));
        assertFalse(ticked(cards, "Proofing Basket").isEmpty(), "an -ing word before one thing names it by its use: " + cards);
        cards = md(section("Shaping the Dough", "Shaping the dough is a fold that builds tension on the surface."));
        assertTrue(ticked(cards, "Shaping").isEmpty(), "an -ing word acting on what follows: " + cards);
    }

    private static final Pattern ASKED = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*\\s*(?:do|used for)?\\?\\s*$");
    private static final Set<String> QUANTIFIERS = Set.of("each", "every", "all", "some", "any", "many", "several", "your", "our");
    private static final Set<String> RELATIONS = Set.of("and", "vs", "versus", "&", "\u2260", "=", "\u2192", "->");

    /** No ticked definition asks a term that opens with a quantifier or an -ing word or holds a relation. */
    @Property(tries = 300)
    void noTickedDefinitionAsksAnActionAQuantityOrARelation(@ForAll("headedNotes") String note) {
        for (CardDraft c : md(note)) {
            if (c.kind() != CardKind.DEFINITION || !c.quality().passed()) continue;
            Matcher m = ASKED.matcher(c.front().strip());
            if (!m.find()) continue;
            String[] words = m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length < 2) continue;
            assertFalse(QUANTIFIERS.contains(words[0]), c.front());
            boolean actsOnMore = List.of(words).subList(1, words.length).stream()
                    .anyMatch(w -> w.equals("the") || w.equals("a") || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
            assertFalse(words[0].endsWith("ing") && words[0].length() > 6 && !words[0].equals("rolling") && actsOnMore, c.front());
            for (int i = 1; i < words.length - 1; i++) assertFalse(RELATIONS.contains(words[i]), c.front());
        }
    }

    @Provide
    Arbitrary<String> headedNotes() {
        Arbitrary<String> noun = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        Arbitrary<String> verb = Arbitraries.of("bak", "knead", "shap", "proof", "mix", "sift", "fold", "glaz");
        Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(0, 3), noun, noun, verb,
                        Arbitraries.of(QUANTIFIERS), Arbitraries.of(RELATIONS))
                .as((shape, a, b, v, q, r) -> switch (shape) {
                    // "Kneading Crusts" and "Kneading the Crust": an action on what follows.
                    case 0 -> Character.toUpperCase(q.charAt(0)) + q.substring(1) + " " + a;
                    case 1 -> Character.toUpperCase(v.charAt(0)) + v.substring(1) + "ing " + (a.length() % 2 == 0 ? a + "s" : "the " + a);
                    case 2 -> a + " " + r + " " + b;
                    default -> a + " " + b;
                });
        Arbitrary<String> body = Arbitraries.of("is a tray of dough left to rest overnight.",
                "are the loaves that come out of the second oven.", "is the step that gives the crust its shine.");
        return Combinators.combine(heading, body).as((h, b) -> section(h, h + " " + b));
    }
}
