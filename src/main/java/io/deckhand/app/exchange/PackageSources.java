package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.library.Guids;
import io.deckhand.app.notes.Extraction;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.app.notes.SkippedNote;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.json.DeckFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    ExtractedPackage open(Path file, ImportOptions options, Instant now, ProgressListener progress)
            throws FormatException, DeckhandException {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) throw new InvalidInputException(name + " does not exist.");
        InputFiles.requireFileOrFolder(file);
        ExchangeFormat format = ExchangeFormat.forImport(file).orElseThrow(() -> new InvalidInputException(
                name + " is not a file Deckhand imports (use .apkg, .colpkg, .anki2, .csv, .tsv, .txt, .json or .md)."));
        return switch (format) {
            case APKG -> apkg.open(file);
            case CSV -> ExtractedPackage.inMemory(text(file, options, now));
            case JSON -> ExtractedPackage.inMemory(json(file, now));
            case MARKDOWN -> ExtractedPackage.inMemory(notes(file, options, now, progress));
        };
    }

    private static io.deckhand.exchange.DeckPackage text(Path file, ImportOptions options, Instant now)
            throws FormatException, InvalidInputException {
        TextTable table = readTable(file, options);
        ColumnMapping mapping = ColumnMapping.defaults(table);
        if (options.columns() != null) {
            table = TextColumns.withoutHeader(table, options.columns());
            mapping = TextColumns.mapping(table, options.columns(), file);
        }
        if (options.padRaggedRows()) mapping = mapping.withPadRagged(true);
        try {
            return new TextDeckMapper().toPackage(table, mapping, options.defaultDeck(), now);
        } catch (FormatException e) {
            throw new FormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A text file's table as the import reads it (a .tsv without a separator header is tab-separated). */
    static TextTable readTable(Path file, ImportOptions options) throws InvalidInputException {
        String content = readUtf8(file);
        TextReading reading = options.text();
        if (reading.separator() == null && String.valueOf(file.getFileName()).toLowerCase().endsWith(".tsv")) {
            reading = reading.withSeparator('\t');
        }
        return new AnkiTextReader().read(content, reading.forReader());
    }

    private static io.deckhand.exchange.DeckPackage json(Path file, Instant now) throws FormatException, InvalidInputException {
        try (InputStream in = InputFiles.openCapped(file, InputFiles.MAX_TEXT_BYTES)) {
            return JsonDecks.toPackage(new DeckFileReader().read(in), now);
        } catch (FormatException e) {
            if (InputFiles.isTooLarge(e)) throw InputFiles.tooLarge(file, InputFiles.MAX_TEXT_BYTES, e);
            throw new FormatException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Notes (.md, .txt in a folder, a vault) go through the notes extractor; each card's GUID comes
     * from its note's path, heading, kind and front, so importing the notes again updates the cards.
     */
    private static DeckPackage notes(Path file, ImportOptions options, Instant now, ProgressListener progress)
            throws DeckhandException {
        Extraction extraction = new NotesExtractService().extract(List.of(file), progress);
        if (extraction.drafts().isEmpty() && extraction.notesRead() == 0 && extraction.skipped().isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " holds no notes (.md, .markdown or .txt files).");
        }
        List<DeckFile.Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (CardDraft d : extraction.drafts()) {
            String path = d.source() == null ? "" : d.source().path();
            String heading = d.source() == null ? "" : d.source().heading();
            String guid = Guids.of("notes", path, heading, d.kind().code(), d.front());
            for (int n = 2; !used.add(guid); n++) guid = Guids.of("notes", path, heading, d.kind().code(), d.front(), "" + n);
            entries.add(new DeckFile.Entry(guid, d));
        }
        DeckPackage pkg = JsonDecks.toPackage(new DeckFile(options.defaultDeck().value(), "", entries), now);
        List<String> warnings = new ArrayList<>();
        for (SkippedNote s : extraction.skipped()) warnings.add(s.path() + ": " + s.message());
        return new DeckPackage(pkg.decks(), pkg.noteTypes(), pkg.notes(), pkg.cards(), pkg.reviews(), pkg.media(), warnings);
    }

    private static String readUtf8(Path file) throws InvalidInputException {
        try {
            byte[] bytes = InputFiles.readCapped(file, InputFiles.MAX_TEXT_BYTES);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
