package io.deckhand.domain.schedule;

/** Learning state of a card; codes match FSRS and Anki (0 new, 1 learning, 2 review, 3 relearning). */
public enum CardState {
    NEW(0),
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    private final int code;

    CardState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CardState fromCode(int code) {
        for (CardState s : values()) {
            if (s.code == code) return s;
        }
        throw new IllegalArgumentException("unknown card state: " + code);
    }
}
