package io.deckhand.domain.card;

/** What sort of card this is. Persisted by {@link #code()}, never by ordinal. */
public enum CardKind {
    BASIC("basic"),
    REVERSED("reversed"),
    CLOZE("cloze"),
    DEFINITION("definition"),
    COMMAND("command"),
    LIST("list"),
    TABLE_FACT("table"),
    MANIFEST("manifest"),
    DIAGRAM("diagram");

    private final String code;

    CardKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CardKind fromCode(String code) {
        for (CardKind k : values()) {
            if (k.code.equals(code)) return k;
        }
        throw new IllegalArgumentException("unknown card kind: " + code);
    }
}
