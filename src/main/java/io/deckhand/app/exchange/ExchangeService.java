package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.notes.Extraction;
import io.deckhand.app.notes.NotesDeckBuilder;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.app.notes.NotesReading;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.exchange.DeckhandCarry;
import io.deckhand.domain.study.StudyDay;
import io.deckhand.render.page.CardPage;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.apkg.ApkgReader;
import io.deckhand.exchange.apkg.ApkgWriter;
import io.deckhand.exchange.apkg.ExtractedPackage;
import io.deckhand.exchange.csv.AnkiTextWriter;
import io.deckhand.exchange.markdown.ObsidianMarkdownWriter;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.json.DeckFileReader;
import io.deckhand.exchange.json.DeckFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Imports decks from files (Anki packages, text, Deckhand JSON) and exports a deck with its
 * sub-decks. Every import is one transaction: it either lands whole or leaves the collection as it
 * was. Media is copied into the collection's media folder only after the import committed.
 */
public final class ExchangeService {
    /**
     * What an export wrote; {@code media} files went into the package, {@code skipped} lists the
     * media the cards refer to that could not go with them, and why; {@code changed} says what the
     * format could not hold as it was (Markdown: fronts joined, tags left out).
     */
    public record ExportSummary(Path file, int notes, int cards, int reviews, int media,
                                List<ImportReport.Issue> skipped, List<String> changed) {
        public ExportSummary {
            skipped = List.copyOf(skipped);
            changed = List.copyOf(changed);
        }

        public ExportSummary(Path file, int notes, int cards, int reviews, int media, List<ImportReport.Issue> skipped) {
            this(file, notes, cards, reviews, media, skipped, List.of());
        }

        public ExportSummary(Path file, int notes, int cards, int reviews) {
            this(file, notes, cards, reviews, 0, List.of());
        }
    }

    /**
     * What the exported HTML needs in Anki: Deckhand's content styles, and the (light) diagram
     * files dimmed and inverted in night mode instead of glaring white.
     */
    private static final String ANKI_CSS = CardPage.portableCss()
            + ".nightMode img[src^=\"" + DiagramMediaRenderer.PREFIX + "\"], .night_mode img[src^=\""
            + DiagramMediaRenderer.PREFIX + "\"] { filter: invert(0.9) hue-rotate(180deg); }\n";

    private final Transactions tx;
    private final PackageImporter importer;
    private final DeckCollector collector;
    private final PackageSources sources;
    private final ApkgReader apkgReader;
    private final DeckFileImporter deckFiles;
    private final DeckFileExport deckFileExport;
    private final Path mediaDir;
    private final Clock clock;
    private final java.util.function.Supplier<StudyDay> studyDay;
    private final ExchangeRepositories repos;
    /** How Markdown notes are read (as the notes importer would read them). */
    private final NotesReadings readings;
    /** The app's one undo history; null: imports are not undoable. */
    private final io.deckhand.app.undo.UndoStack undo;
    /** Built on first export that needs HTML, not while the app starts. */
    private MarkdownRenderer markdown;

    /** {@code mediaDir} null: media in packages is not kept (reported). Days start at 4 am in the clock's zone. */
    public ExchangeService(Transactions tx, ExchangeRepositories repos, io.deckhand.app.library.LibraryService library,
                           Path mediaDir, Clock clock) {
        this(tx, repos, library, mediaDir, clock, () -> new StudyDay(clock.getZone(), StudyDay.DEFAULT_ROLLOVER));
    }

    /** {@code studyDay}: when the user's days start (Anki packages count due dates in such days). */
    public ExchangeService(Transactions tx, ExchangeRepositories repos, io.deckhand.app.library.LibraryService library,
                           Path mediaDir, Clock clock, java.util.function.Supplier<StudyDay> studyDay) {
        this(tx, repos, library, mediaDir, clock, studyDay, null);
    }

    /** {@code undo}: the app's one undo history; each import pushes how to take it back (null: none). */
    public ExchangeService(Transactions tx, ExchangeRepositories repos, io.deckhand.app.library.LibraryService library,
                           Path mediaDir, Clock clock, java.util.function.Supplier<StudyDay> studyDay,
                           io.deckhand.app.undo.UndoStack undo) {
        this(tx, repos, library, mediaDir, clock, studyDay, undo, NotesReading::ofVault);
    }

    /** How the notes under a folder or file are read: the notes importer's choice for them. */
    @FunctionalInterface
    public interface NotesReadings {
        NotesReading readingFor(Path root) throws DeckhandException;
    }

    /**
     * {@code readings}: how File &gt; Import reads Markdown notes, the same way the notes importer
     * would (remembered per folder, else the vault's Obsidian SR settings, else Deckhand's way).
     */
    public ExchangeService(Transactions tx, ExchangeRepositories repos, io.deckhand.app.library.LibraryService library,
                           Path mediaDir, Clock clock, java.util.function.Supplier<StudyDay> studyDay,
                           io.deckhand.app.undo.UndoStack undo, NotesReadings readings) {
        this.readings = readings;
        this.studyDay = studyDay;
        this.repos = repos;
        this.undo = undo;
        this.tx = tx;
        this.importer = new PackageImporter(repos.notes(), repos.cards(), repos.log(), repos.presets(), repos.anki(), library);
        this.collector = new DeckCollector(repos.decks(), repos.notes(), repos.cards(), repos.log(), repos.presets(), repos.anki());
        this.apkgReader = new ApkgReader();
        this.sources = new PackageSources(apkgReader);
        this.deckFiles = new DeckFileImporter(repos, library);
        this.deckFileExport = new DeckFileExport(repos);
        this.mediaDir = mediaDir;
        this.clock = clock;
    }

    /** Temporary folders older than this are left from a killed run (no import takes a day). */
    static final java.time.Duration STALE_TEMP = java.time.Duration.ofDays(1);

    /**
     * Deletes what killed imports and exports left behind: our temporary folders older than a day
     * and media scratch files. Cheap; run it once at start, off the UI thread. Returns how many.
     */
    public int sweepLeftovers() {
        return apkgReader.sweepStale(clock.instant().minus(STALE_TEMP)) + MediaCopy.sweep(mediaDir);
    }

    /** Imports the files one after the other, each all-or-nothing. */
    public ImportReport importFiles(List<Path> files, ImportOptions options, ProgressListener progress)
            throws DeckhandException {
        ImportReport total = ImportReport.empty();
        for (Path f : files) total = total.plus(importFile(f, options, progress));
        return total;
    }

    private synchronized MarkdownRenderer markdown() {
        // images keep their media names: Anki's text import finds them in its own media folder
        if (markdown == null) markdown = MarkdownRenderer.keepingMediaNames(new io.deckhand.render.markdown.CardBlockRenderer());
        return markdown;
    }

    public ImportReport importFile(Path file, ImportOptions options, ProgressListener progress) throws DeckhandException {
        progress.report(new Progress("Reading " + file.getFileName(), 0, 0, ""));
        InputFiles.requireFileOrFolder(file);
        if (Files.isRegularFile(file) && ExchangeFormat.forImport(file).orElse(null) == ExchangeFormat.JSON) {
            return importDeckFile(file, options, progress);
        }
        if (Files.exists(file) && ExchangeFormat.forImport(file).orElse(null) == ExchangeFormat.MARKDOWN) {
            return importNotes(file, options, progress);
        }
        try (ExtractedPackage pkg = sources.open(file, options, clock.instant(), progress)) {
            return importPackage(pkg.contents(), options, progress, String.valueOf(file.getFileName()));
        } catch (FormatException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /**
     * The first rows of a text file (.csv .tsv .txt) with a suggested column mapping, for the
     * import dialog; pass the chosen mapping back in {@link ImportOptions#withColumns}.
     */
    public TextPreview previewText(Path file, ImportOptions options) throws DeckhandException {
        String name = String.valueOf(file.getFileName());
        InputFiles.requireFileOrFolder(file);
        if (!Files.isRegularFile(file)) throw new InvalidInputException(name + " does not exist.");
        if (ExchangeFormat.forImport(file).orElse(null) != ExchangeFormat.CSV) {
            throw new InvalidInputException(name + " is not a text table (.csv, .tsv or .txt).");
        }
        return TextColumns.preview(PackageSources.readTable(file, options));
    }

    /** Deckhand's own files go in directly, so their scheduling, review rows and presets arrive exactly. */
    private ImportReport importDeckFile(Path file, ImportOptions options, ProgressListener progress) throws DeckhandException {
        DeckFile deck;
        try (InputStream in = InputFiles.openCapped(file, InputFiles.MAX_TEXT_BYTES)) {
            deck = new DeckFileReader().read(in);
        } catch (FormatException e) {
            if (InputFiles.isTooLarge(e)) throw InputFiles.tooLarge(file, InputFiles.MAX_TEXT_BYTES, e);
            throw new InvalidInputException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        ImportChanges changes = new ImportChanges(clock.instant());
        ImportReport report = tx.inTransaction(() -> recording(changes,
                () -> deckFiles.run(deck, options, clock.instant(), progress, changes)));
        offerUndo(changes, String.valueOf(file.getFileName()));
        progress.report(new Progress("Imported", 1, 1, ""));
        return report;
    }

    /**
     * Markdown notes (a file or a folder): the notes extractor proposes the cards, which then land
     * like any package, in one transaction; notes it could not read are reported, not fatal.
     */
    private ImportReport importNotes(Path file, ImportOptions options, ProgressListener progress) throws DeckhandException {
        NotesReading reading = readings.readingFor(file.toAbsolutePath().normalize());
        Extraction found = new NotesExtractService().extract(List.of(file), reading.syntax(), progress);
        StudyDay day = studyDay.get();
        DeckFile deckFile = NotesDeckBuilder.fromDrafts(options.defaultDeck().value(), found.drafts(),
                d -> d.schedule() == null ? null : d.schedule().toState(day));
        List<ImportReport.Issue> problems = found.skipped().stream()
                .map(s -> new ImportReport.Issue(s.path(), s.message())).toList();
        ImportReport landed = importPackage(JsonDecks.toPackage(deckFile, clock.instant()), options, progress,
                String.valueOf(file.getFileName()));
        return landed.plus(new ImportReport(0, 0, problems.size(), 0, 0, 0, problems));
    }

    /** Imports an already read package in one transaction, then copies its media. */
    public ImportReport importPackage(DeckPackage pkg, ImportOptions options, ProgressListener progress)
            throws DeckhandException {
        return importPackage(pkg, options, progress, pkg.notes().size() + (pkg.notes().size() == 1 ? " note" : " notes"));
    }

    private ImportReport importPackage(DeckPackage pkg, ImportOptions options, ProgressListener progress, String what)
            throws DeckhandException {
        ImportChanges changes = new ImportChanges(clock.instant());
        ImportReport report = tx.inTransaction(() -> recording(changes,
                () -> importer.run(pkg, options, clock.instant(), progress, changes)));
        List<ImportReport.Issue> issues = new ArrayList<>(report.issues());
        int media = copyMedia(pkg.media(), issues, changes);
        offerUndo(changes, what);
        progress.report(new Progress("Imported", 1, 1, ""));
        return new ImportReport(report.added(), report.updated(), report.skipped(), report.cards(), report.reviews(),
                media, issues);
    }

    /** Runs an import inside its transaction, noting the decks and presets it creates. */
    private ImportReport recording(ImportChanges changes, Transactions.Work<ImportReport> importing)
            throws DeckhandException {
        changes.decksAndPresetsBefore(repos.decks().all(), repos.presets().all());
        ImportReport report = importing.run();
        changes.decksAndPresetsAfter(repos.decks().all(), repos.presets().all());
        return report;
    }

    private void offerUndo(ImportChanges changes, String what) {
        if (undo == null || changes.isEmpty()) return;
        undo.push("Import of " + what, () -> changes.undo(repos));
    }

    private int copyMedia(List<MediaFile> files, List<ImportReport.Issue> issues, ImportChanges changes) {
        if (files.isEmpty()) return 0;
        if (mediaDir == null) {
            issues.add(new ImportReport.Issue("media", files.size() + " media files were not kept: this collection has no media folder."));
            return 0;
        }
        int copied = 0;
        for (MediaFile m : files) {
            Path target = mediaDir.resolve(m.name()).normalize();
            if (!mediaDir.equals(target.getParent())) { // MediaFile names are plain, but never trust twice
                issues.add(new ImportReport.Issue(m.name(), "not copied: its name points outside the media folder."));
                continue;
            }
            try {
                Files.createDirectories(mediaDir);
                if (Files.exists(target)) {
                    if (Files.mismatch(target, m.content()) != -1) {
                        issues.add(new ImportReport.Issue(m.name(),
                                "a different file with this name is already in the media folder; kept the existing one."));
                    }
                    continue;
                }
                try (InputStream in = Files.newInputStream(m.content())) {
                    MediaCopy.write(in, target);
                }
                changes.copiedMedia(target);
                copied++;
            } catch (IOException e) {
                issues.add(new ImportReport.Issue(m.name(), "could not be copied into the media folder: " + e.getMessage()));
            }
        }
        return copied;
    }

    /**
     * Writes the deck {@code deck} and its sub-decks to {@code out}. An Anki package also carries
     * the media its cards refer to and the flowcharts drawn as SVG files.
     */
    public ExportSummary exportDeck(DeckName deck, ExchangeFormat format, Path out, boolean withScheduling,
                                    ProgressListener progress) throws DeckhandException {
        return exportDeck(deck, format, out, withScheduling, AnkiPackageFormat.LATEST, progress);
    }

    /** {@code ankiFormat}: the container of an Anki package (other formats ignore it). */
    public ExportSummary exportDeck(DeckName deck, ExchangeFormat format, Path out, boolean withScheduling,
                                    AnkiPackageFormat ankiFormat, ProgressListener progress) throws DeckhandException {
        progress.report(new Progress("Collecting " + deck, 0, 0, ""));
        if (format == ExchangeFormat.JSON) return exportDeckFile(deck, out, withScheduling, progress);
        if (format == ExchangeFormat.APKG) return exportPackage(deck, out, withScheduling, ankiFormat, progress);
        UnaryOperator<String> text = format == ExchangeFormat.CSV ? new CardHtml(markdown()) : UnaryOperator.identity();
        DeckPackage pkg = tx.read(() -> collector.collect(deck, withScheduling, text, clock.instant()));
        progress.checkCancelled();
        progress.report(new Progress("Writing " + out.getFileName(), 0, 0, ""));
        List<String> changed = List.of();
        try {
            switch (format) {
                case CSV -> Files.writeString(out, new AnkiTextWriter().write(pkg), StandardCharsets.UTF_8);
                case MARKDOWN -> {
                    ObsidianMarkdownWriter.Export md = new ObsidianMarkdownWriter().export(pkg, deck.leaf());
                    Files.writeString(out, md.markdown(), StandardCharsets.UTF_8);
                    changed = md.notices();
                }
                case APKG, JSON -> throw new IllegalStateException(format + " is written by its own method");
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
        progress.report(new Progress("Exported", 1, 1, ""));
        return new ExportSummary(out, pkg.notes().size(), pkg.cards().size(), withScheduling ? pkg.reviews().size() : 0,
                0, List.of(), changed);
    }

    /**
     * An Anki package: card HTML refers to media by plain name, flowcharts become SVG files (drawn
     * into a temporary folder, streamed into the zip with the media folder's files), and the note
     * types carry the stylesheet highlighted code needs.
     */
    private ExportSummary exportPackage(DeckName deck, Path out, boolean withScheduling, AnkiPackageFormat ankiFormat,
                                        ProgressListener progress) throws DeckhandException {
        Path drawings;
        try {
            drawings = Files.createTempDirectory("deckhand-diagrams-");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create a temporary folder for the export: " + e.getMessage(), e);
        }
        try {
            DiagramMediaRenderer diagrams = new DiagramMediaRenderer(drawings);
            CardHtml html = new CardHtml(MarkdownRenderer.keepingMediaNames(diagrams));
            StudyDay day = studyDay.get();
            DeckPackage collected = tx.read(() -> collector.collectForAnki(deck, withScheduling, html, clock.instant(), day));
            progress.checkCancelled();
            ExportMedia.Selection media = ExportMedia.select(collected.notes(), diagrams.files(), mediaDir);
            // Deckhand's types get the styles its HTML needs; Anki's own types stay as Anki had them
            List<io.deckhand.exchange.NoteType> types = new ArrayList<>(DeckhandCarry.noteTypes(ANKI_CSS));
            java.util.Set<Long> ours = new java.util.HashSet<>();
            types.forEach(t -> ours.add(t.id()));
            collected.noteTypes().stream().filter(t -> !ours.contains(t.id())).forEach(types::add);
            DeckPackage pkg = new DeckPackage(collected.decks(), types,
                    collected.notes(), collected.cards(), collected.reviews(), media.files(), List.of());
            progress.report(new Progress("Writing " + out.getFileName(), 0, 0, ""));
            new ApkgWriter().write(pkg, out, new ApkgWriter.Options(withScheduling, clock.instant(), day)
                    .legacyContainer(ankiFormat == AnkiPackageFormat.LEGACY));
            progress.report(new Progress("Exported", 1, 1, ""));
            return new ExportSummary(out, pkg.notes().size(), pkg.cards().size(),
                    withScheduling ? pkg.reviews().size() : 0, media.files().size(), media.skipped());
        } catch (FormatException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInputException("Cannot draw the diagrams for " + out.getFileName() + ": "
                    + e.getCause().getMessage(), e);
        } finally {
            ExtractedPackage.deleteTree(drawings);
        }
    }

    private ExportSummary exportDeckFile(DeckName deck, Path out, boolean withScheduling, ProgressListener progress)
            throws DeckhandException {
        DeckFile file = tx.read(() -> deckFileExport.collect(deck, withScheduling));
        progress.checkCancelled();
        progress.report(new Progress("Writing " + out.getFileName(), 0, 0, ""));
        try (OutputStream os = Files.newOutputStream(out)) {
            new DeckFileWriter().write(file, os);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
        progress.report(new Progress("Exported", 1, 1, ""));
        long notes = file.cards().stream().map(DeckFile.Entry::guid).distinct().count();
        int reviews = file.cards().stream().mapToInt(e -> e.reviews().size()).sum();
        return new ExportSummary(out, (int) notes, file.cards().size(), reviews);
    }
}
