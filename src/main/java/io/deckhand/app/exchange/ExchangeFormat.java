package io.deckhand.app.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File formats Deckhand imports and exports, recognised by extension. */
public enum ExchangeFormat {
    APKG("apkg"),
    CSV("csv"),
    JSON("json"),
    MARKDOWN("md");

    private final String code;

    ExchangeFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ExchangeFormat> fromCode(String code) {
        for (ExchangeFormat f : values()) {
            if (f.code.equalsIgnoreCase(code) || (f == MARKDOWN && "markdown".equalsIgnoreCase(code))) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** How to read this file, or empty when its extension is not one Deckhand imports. */
    public static Optional<ExchangeFormat> forImport(Path file) {
        if (Files.isDirectory(file)) return Optional.of(MARKDOWN);
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "apkg", "colpkg", "anki2", "anki21" -> Optional.of(APKG);
            case "csv", "tsv", "txt" -> Optional.of(CSV);
            case "json" -> Optional.of(JSON);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }
}
