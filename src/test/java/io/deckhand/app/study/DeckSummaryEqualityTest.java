package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.study.StudyCounts;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * DeckSummary and the two records it holds by value (DeckName, StudyCounts) write out equals and hashCode
 * (start-up): equal exactly when every component is, as the records' own.
 */
class DeckSummaryEqualityTest {
    private static DeckSummary row(long id, String name, int depth, int due, boolean children) {
        return new DeckSummary(new DeckId(id), new DeckName(name), depth, new StudyCounts(due, 0, 1), children);
    }

    @Property
    void equalExactlyWhenEveryComponentIs(@ForAll @LongRange(min = 1, max = 3) long idA, @ForAll @LongRange(min = 1, max = 3) long idB,
                                          @ForAll @IntRange(max = 2) int depthA, @ForAll @IntRange(max = 2) int depthB,
                                          @ForAll @IntRange(max = 2) int dueA, @ForAll @IntRange(max = 2) int dueB,
                                          @ForAll boolean childrenA, @ForAll boolean childrenB,
                                          @ForAll boolean sameName) {
        DeckSummary a = row(idA, "Ports", depthA, dueA, childrenA);
        DeckSummary b = row(idB, sameName ? "Ports" : "Pods", depthB, dueB, childrenB);
        boolean same = idA == idB && sameName && depthA == depthB && dueA == dueB && childrenA == childrenB;
        assertEquals(same, a.equals(b));
        assertEquals(same, b.equals(a));
        if (same) assertEquals(a.hashCode(), b.hashCode());
    }

    @Property
    void neverEqualToNullOrAnotherType(@ForAll @LongRange(min = 1) long id) {
        DeckSummary a = row(id, "Ports", 0, 1, false);
        assertNotEquals(null, a);
        assertNotEquals(a, new DeckId(id));
        assertEquals(a, a);
    }

    @Property
    void countsAreEqualExactlyWhenEachCountIs(@ForAll @IntRange(max = 3) int n1, @ForAll @IntRange(max = 3) int l1,
                                              @ForAll @IntRange(max = 3) int r1, @ForAll @IntRange(max = 3) int n2,
                                              @ForAll @IntRange(max = 3) int l2, @ForAll @IntRange(max = 3) int r2) {
        StudyCounts a = new StudyCounts(n1, l1, r1);
        StudyCounts b = new StudyCounts(n2, l2, r2);
        assertEquals(n1 == n2 && l1 == l2 && r1 == r2, a.equals(b));
        if (a.equals(b)) assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(null, a);
    }

    @Property
    void namesAreEqualExactlyWhenTheirNormalisedTextIs(@ForAll("names") String x, @ForAll("names") String y) {
        DeckName a = new DeckName(x);
        DeckName b = new DeckName(y);
        assertEquals(a.value().equals(b.value()), a.equals(b));
        if (a.equals(b)) assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(null, a);
        assertNotEquals(a, a.value());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.of("Ports", "Ports ", "Pods", "K8s::Pods", "K8s :: Pods", "k8s::pods");
    }
}
