package io.deckhand.exchange;

/** Kind of a review-log row; codes as in Anki's revlog.type. */
public enum ReviewKind {
    LEARNING(0),
    REVIEW(1),
    RELEARNING(2),
    FILTERED(3),
    MANUAL(4),
    RESCHEDULED(5);

    private final int code;

    ReviewKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ReviewKind fromCode(int code) {
        for (ReviewKind k : values()) {
            if (k.code == code) return k;
        }
        throw new IllegalArgumentException("unknown review kind: " + code);
    }
}
