package io.deckhand.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.search.SearchNode.And;
import io.deckhand.domain.search.SearchNode.Comparison;
import io.deckhand.domain.search.SearchNode.Deck;
import io.deckhand.domain.search.SearchNode.Flag;
import io.deckhand.domain.search.SearchNode.Is;
import io.deckhand.domain.search.SearchNode.Kind;
import io.deckhand.domain.search.SearchNode.Not;
import io.deckhand.domain.search.SearchNode.Or;
import io.deckhand.domain.search.SearchNode.Prop;
import io.deckhand.domain.search.SearchNode.Status;
import io.deckhand.domain.search.SearchNode.Tag;
import io.deckhand.domain.search.SearchNode.Text;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SearchParserTest {

    @Test
    void blankMatchesEverything() throws Exception {
        assertEquals(new And(List.of()), SearchParser.parse(""));
        assertEquals(new And(List.of()), SearchParser.parse("   "));
        assertEquals(new And(List.of()), SearchParser.parse(null));
    }

    @Test
    void readsEachKindOfTerm() throws Exception {
        assertEquals(new Deck("K8s::Storage"), SearchParser.parse("deck:K8s::Storage"));
        assertEquals(new Deck("My deck"), SearchParser.parse("deck:\"My deck\""));
        assertEquals(new Deck("K8s*"), SearchParser.parse("deck:K8s*"));
        assertEquals(new Tag("net::svc"), SearchParser.parse("TAG:net::svc"));
        assertEquals(new Is(Status.DUE), SearchParser.parse("is:due"));
        assertEquals(new Is(Status.NEW), SearchParser.parse("is:New"));
        assertEquals(new Is(Status.REVIEW), SearchParser.parse("is:review"));
        assertEquals(new Is(Status.SUSPENDED), SearchParser.parse("is:suspended"));
        assertEquals(new Is(Status.BURIED), SearchParser.parse("is:buried"));
        assertEquals(new Flag(3), SearchParser.parse("flag:3"));
        assertEquals(new Kind(CardKind.MANIFEST), SearchParser.parse("kind:manifest"));
        assertEquals(new Prop(SearchNode.Property.IVL, Comparison.GT, 30), SearchParser.parse("prop:ivl>30"));
        assertEquals(new Prop(SearchNode.Property.DUE, Comparison.LE, 0), SearchParser.parse("prop:due<=0"));
        assertEquals(new Prop(SearchNode.Property.DUE, Comparison.EQ, -1), SearchParser.parse("prop:due=-1"));
        assertEquals(new Prop(SearchNode.Property.REPS, Comparison.GE, 5), SearchParser.parse("prop:reps>=5"));
        assertEquals(new Prop(SearchNode.Property.EASE, Comparison.NE, 2.5), SearchParser.parse("prop:ease!=2.5"));
        assertEquals(new Text("pod spec"), SearchParser.parse("\"pod spec\""));
        assertEquals(new Text("kubectl"), SearchParser.parse("kubectl"));
    }

    @Test
    void spaceIsAndOrIsOrAndDashNegates() throws Exception {
        assertEquals(new And(List.of(new Deck("K8s"), new Not(new Tag("old")), new Text("pod"))),
                SearchParser.parse("deck:K8s -tag:old pod"));
        assertEquals(new Or(List.of(new Tag("a"), new And(List.of(new Tag("b"), new Is(Status.NEW))))),
                SearchParser.parse("tag:a or tag:b is:new"), "AND binds tighter than or");
        assertEquals(new And(List.of(new Or(List.of(new Tag("a"), new Tag("b"))), new Is(Status.NEW))),
                SearchParser.parse("(tag:a OR tag:b) is:new"));
        assertEquals(new Not(new Or(List.of(new Text("x"), new Text("y")))), SearchParser.parse("-(x or y)"));
        assertEquals(new Not(new Text("a phrase")), SearchParser.parse("-\"a phrase\""));
        assertEquals(new And(List.of(new Text("a"), new Text("b"))), SearchParser.parse("a and b"));
        assertEquals(new Text("or"), SearchParser.parse("\"or\""), "a quoted or is a word");
    }

    @Test
    void otherColonWordsAreText() throws Exception {
        assertEquals(new Text("https://kubernetes.io"), SearchParser.parse("https://kubernetes.io"));
        assertEquals(new Text("apiVersion:"), SearchParser.parse("apiVersion:"));
    }

    @Test
    void mistakesGetAMessageInTheUsersWords() {
        assertMessage("is:later", "\"is:later\" is not known; use one of is:due");
        assertMessage("flag:9", "\"flag:9\" is not a flag; use flag:0 (none) to flag:7.");
        assertMessage("kind:poem", "\"kind:poem\" is not a card kind; use one of basic");
        assertMessage("prop:ivl", "\"prop:ivl\" should read like prop:ivl>30");
        assertMessage("prop:size>3", "\"prop:size\" is not known");
        assertMessage("prop:ivl>1.5", "needs a whole number");
        assertMessage("deck:", "\"deck:\" needs a value after the colon.");
        assertMessage("\"open", "A quote (\") is never closed.");
        assertMessage("(tag:a", "A \"(\" is never closed.");
        assertMessage("tag:a)", "There is a \")\" without a matching \"(\".");
        assertMessage("()", "There is an empty pair of parentheses.");
        assertMessage("a or", "\"or\" needs something to search for after it.");
        assertMessage("or a", "\"or\" needs something to search for before it.");
        assertMessage("a - b", "A \"-\" must come right before what it excludes");
        assertMessage("x".repeat(SearchParser.MAX_LENGTH + 1), "at most 2000 are read");
        assertMessage("(".repeat(60) + "a" + ")".repeat(60), "nests parentheses too deeply");
    }

    private static void assertMessage(String query, String expectedStart) {
        SearchSyntaxException e = assertThrows(SearchSyntaxException.class, () -> SearchParser.parse(query), query);
        assertTrue(e.getMessage().contains(expectedStart), query + " -> " + e.getMessage());
    }

    /** Any text either parses or gives a one-line message; never another exception. */
    @net.jqwik.api.Property(tries = 2000)
    void anyInputParsesOrGivesAClearMessage(@ForAll("searchLike") String text) {
        try {
            SearchNode node = SearchParser.parse(text);
            assertFalse(node == null);
        } catch (SearchSyntaxException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> searchLike() {
        Arbitrary<String> pieces = Arbitraries.of("deck:", "tag:", "is:", "flag:", "kind:", "prop:", "ivl", "due",
                ">", "<=", "=", "!=", "-", "(", ")", "\"", " ", "  ", "or", "OR", "and", "*", "::", "3", "-1", "2.5",
                "new", "due", "manifest", "K8s", "pod spec", ":", "\t");
        Arbitrary<String> joined = pieces.list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.oneOf(joined, Arbitraries.strings().ofMaxLength(40));
    }

    /** Whatever parses again the same way when written back as its own search: the tree carries the meaning. */
    @net.jqwik.api.Property(tries = 500)
    void parsingIsDeterministic(@ForAll("searchLike") String text) {
        Object first;
        Object second;
        try {
            first = SearchParser.parse(text);
        } catch (SearchSyntaxException e) {
            first = e.getMessage();
        }
        try {
            second = SearchParser.parse(text);
        } catch (SearchSyntaxException e) {
            second = e.getMessage();
        }
        assertEquals(first, second);
    }
}
