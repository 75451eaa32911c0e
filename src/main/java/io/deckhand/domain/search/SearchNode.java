package io.deckhand.domain.search;

import io.deckhand.domain.card.CardKind;
import java.util.List;

/** One part of a parsed browse search; storage compiles the tree to SQL with parameters. */
public sealed interface SearchNode {
    /** Every child must match; no children matches every card. */
    record And(List<SearchNode> parts) implements SearchNode {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Any child matches. */
    record Or(List<SearchNode> parts) implements SearchNode {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(SearchNode part) implements SearchNode {
    }

    /** Text in the front or back, case ignored; {@code *} matches any run of characters. */
    record Text(String pattern) implements SearchNode {
    }

    /** A deck by name and its sub-decks; {@code *} matches any run of characters. */
    record Deck(String pattern) implements SearchNode {
    }

    /** A tag or a tag nested below it ({@code k8s} finds {@code k8s::storage}); {@code *} as in Deck. */
    record Tag(String pattern) implements SearchNode {
    }

    record Is(Status status) implements SearchNode {
    }

    /** Flag colour 0 (none) to 7. */
    record Flag(int number) implements SearchNode {
    }

    record Kind(CardKind kind) implements SearchNode {
    }

    /** A scheduling number compared with a value: {@code prop:ivl>30}. */
    record Prop(Property property, Comparison comparison, double value) implements SearchNode {
    }

    enum Status { DUE, NEW, LEARN, REVIEW, SUSPENDED, BURIED }

    enum Property {
        /** Interval in days. */
        IVL,
        /** Days from today until due (negative: overdue); only cards that were studied. */
        DUE,
        REPS,
        LAPSES,
        /** SM-2 ease factor, 2.5 = 250%. */
        EASE
    }

    enum Comparison {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("="), NE("!=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
