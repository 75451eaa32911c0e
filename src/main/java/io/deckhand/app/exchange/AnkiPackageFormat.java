package io.deckhand.app.exchange;

import java.util.Optional;

/**
 * Which container an Anki package export uses, the choice Anki's own export offers as
 * "Support older Anki versions": {@link #LATEST} (Anki 2.1.50 and later read it, 23.10 writes it
 * by default) or {@link #LEGACY} (every Anki since 2.1, and tools that know only that layout).
 */
public enum AnkiPackageFormat {
    LATEST("latest"),
    LEGACY("legacy");

    private final String code;

    AnkiPackageFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AnkiPackageFormat> fromCode(String code) {
        for (AnkiPackageFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
