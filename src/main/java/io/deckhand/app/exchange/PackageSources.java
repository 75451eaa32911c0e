package io.deckhand.app.exchange;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.apkg.ApkgReader;
import io.deckhand.exchange.apkg.ExtractedPackage;
import io.deckhand.exchange.csv.AnkiTextReader;
import io.deckhand.exchange.csv.ColumnMapping;
import io.deckhand.exchange.csv.TextDeckMapper;
import io.deckhand.exchange.csv.TextTable;
import io.deckhand.exchange.json.DeckFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Reads a file into a package by its extension. */
final class PackageSources {
    private final ApkgReader apkg;

    PackageSources(ApkgReader apkg) {
        this.apkg = apkg;
    }

    ExtractedPackage open(Path file, ImportOptions options, Instant now) throws FormatException, InvalidInputException {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) throw new InvalidInputException(name + " does not exist.");
        ExchangeFormat format = ExchangeFormat.forImport(file).orElseThrow(() -> new InvalidInputException(
                name + " is not a file Deckhand imports (use .apkg, .colpkg, .anki2, .csv, .tsv, .txt, .json or .md)."));
        return switch (format) {
            case APKG -> apkg.open(file);
            case CSV -> ExtractedPackage.inMemory(text(file, options, now));
            case JSON -> ExtractedPackage.inMemory(json(file, now));
            case MARKDOWN -> throw new InvalidInputException("Importing Markdown notes and folders (" + name
                    + ") needs the notes extractor, which is not part of this build yet.");
        };
    }

    private static io.deckhand.exchange.DeckPackage text(Path file, ImportOptions options, Instant now)
            throws FormatException, InvalidInputException {
        String content = readUtf8(file);
        AnkiTextReader.Options textOptions = options.text();
        if (textOptions.separator() == null && String.valueOf(file.getFileName()).toLowerCase().endsWith(".tsv")) {
            textOptions = new AnkiTextReader.Options('\t', textOptions.html(), textOptions.quoting());
        }
        TextTable table = new AnkiTextReader().read(content, textOptions);
        ColumnMapping mapping = options.mapping() != null ? options.mapping() : ColumnMapping.defaults(table);
        if (options.padRaggedRows()) mapping = mapping.withPadRagged(true);
        try {
            return new TextDeckMapper().toPackage(table, mapping, options.defaultDeck(), now);
        } catch (FormatException e) {
            throw new FormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static io.deckhand.exchange.DeckPackage json(Path file, Instant now) throws FormatException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonDecks.toPackage(new DeckFileReader().read(in), now);
        } catch (FormatException e) {
            throw new FormatException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String readUtf8(Path file) throws InvalidInputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
