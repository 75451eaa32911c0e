package io.deckhand.domain.schedule;

/** The four answer buttons; codes as in Anki and FSRS (1 Again .. 4 Easy). */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int code;

    Rating(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Rating fromCode(int code) {
        for (Rating r : values()) {
            if (r.code == code) return r;
        }
        throw new IllegalArgumentException("rating must be 1-4: " + code);
    }
}
