package io.deckhand.domain.card;

import java.util.List;

/**
 * How good a proposed card looks to the notes' quality gate: a score from 0 to 1, whether it passed
 * the gate (a card below it is proposed unticked), and the reasons it lost points, in the user's words.
 */
public record Quality(double score, List<String> reasons, boolean passed) {
    /** A card nobody judged (imports, decks, cards made by hand). */
    public static final Quality UNJUDGED = new Quality(1.0, List.of(), true);

    public Quality {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score outside 0..1: " + score);
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line ("" when there are none). */
    public String reasonText() {
        return String.join("; ", reasons);
    }
}
