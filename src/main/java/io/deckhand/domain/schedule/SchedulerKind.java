package io.deckhand.domain.schedule;

/** Which spaced-repetition algorithm a preset uses. Persisted by code. */
public enum SchedulerKind {
    FSRS6("fsrs6"),
    SM2("sm2");

    private final String code;

    SchedulerKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SchedulerKind fromCode(String code) {
        for (SchedulerKind k : values()) {
            if (k.code.equals(code)) return k;
        }
        throw new IllegalArgumentException("unknown scheduler: " + code);
    }
}
