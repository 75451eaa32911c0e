package io.deckhand.cli;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.notes.NotesReading;
import io.deckhand.domain.note.ObsidianSrSettings;
import io.deckhand.notes.ExplicitSyntax;
import io.deckhand.notes.ObsidianSrSettingsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How notes' explicit card markup is read, for {@code extract} and {@code import}: the Obsidian
 * Spaced Repetition plugin's settings (a settings file, the vault's own, or single settings on the
 * command line over the plugin's defaults), or Deckhand's own reading.
 */
final class SrOptions {
    @Option(names = "--sr-settings", paramLabel = "FILE", description = {
        "Notes: read cards as the Obsidian Spaced Repetition plugin does, with its settings from FILE",
        "(the vault's .obsidian/plugins/obsidian-spaced-repetition/data.json, or the same keys in a JSON file)."})
    Path settingsFile;

    @Option(names = "--obsidian-sr", description = {
        "Notes: read cards as the Obsidian SR plugin does, with the vault's settings file if there is one,",
        "else the plugin's defaults. Without any --sr option an import reads notes as the last import of them",
        "did (else with the vault's settings file, else Deckhand's own way)."})
    boolean obsidian;

    @Option(names = "--deckhand-syntax", description = "Notes: read cards Deckhand's own way, even in an Obsidian SR vault.")
    boolean deckhand;

    @Option(names = "--sr-separator", paramLabel = "TEXT", description = "Obsidian SR: single-line separator (default ::).")
    String separator;

    @Option(names = "--sr-reversed-separator", paramLabel = "TEXT",
            description = "Obsidian SR: single-line reversed separator (default :::).")
    String reversedSeparator;

    @Option(names = "--sr-multiline-separator", paramLabel = "TEXT",
            description = "Obsidian SR: multi-line separator (default ?).")
    String multilineSeparator;

    @Option(names = "--sr-multiline-reversed-separator", paramLabel = "TEXT",
            description = "Obsidian SR: multi-line reversed separator (default ??).")
    String multilineReversedSeparator;

    @Option(names = "--sr-end-marker", paramLabel = "TEXT",
            description = "Obsidian SR: line that ends a multi-line card (default none).")
    String endMarker;

    @Option(names = "--sr-cloze", paramLabel = "PATTERN", split = ",", description = {
        "Obsidian SR: cloze patterns, replacing the plugin's: highlight (==answer==), bold (**answer**),",
        "curly ({{answer}}), none, or a pattern in the plugin's language such as ==[123;;]answer[;;hint]==."})
    List<String> clozes;

    @Option(names = "--sr-tag", paramLabel = "TAG", split = ",",
            description = "Obsidian SR: flashcard tags, replacing the plugin's #flashcards.")
    List<String> tags;

    @Option(names = "--sr-folder-decks", negatable = true,
            description = "Obsidian SR: decks from the notes' folders instead of tags (convertFoldersToDecks).")
    Boolean folderDecks;

    private boolean anySetting() {
        return separator != null || reversedSeparator != null || multilineSeparator != null
                || multilineReversedSeparator != null || endMarker != null || clozes != null || tags != null
                || folderDecks != null;
    }

    /** The reading asked for; {@code notes} (the imported paths) find the vault's settings file. */
    NotesReading reading(List<Path> notes) throws InvalidInputException {
        boolean obsidianAsked = obsidian || settingsFile != null || anySetting();
        if (deckhand && obsidianAsked) {
            throw new InvalidInputException("--deckhand-syntax cannot be used with Obsidian SR options (--obsidian-sr, --sr-...).");
        }
        if (deckhand) return NotesReading.deckhand();
        if (!obsidianAsked) return NotesReading.asBefore();
        try {
            ObsidianSrSettings base = settingsFile != null ? read(settingsFile)
                    : vaultFile(notes).map(SrOptions::readQuietly).orElse(ObsidianSrSettings.pluginDefaults());
            ObsidianSrSettings s = new ObsidianSrSettings(or(separator, base.singleLineSeparator()),
                    or(reversedSeparator, base.singleLineReversedSeparator()),
                    or(multilineSeparator, base.multilineSeparator()),
                    or(multilineReversedSeparator, base.multilineReversedSeparator()), or(endMarker, base.multilineEndMarker()),
                    clozes == null ? base.clozePatterns() : patterns(clozes), tags == null ? base.flashcardTags() : tags,
                    folderDecks == null ? base.foldersToDecks() : folderDecks);
            ObsidianSrSettingsFile.toSyntax(s); // checks the cloze patterns now, before anything is read
            return NotesReading.obsidianSr(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /**
     * For {@code extract}, which keeps no memory: the syntax asked for, else the vault's settings
     * file's, else null (Deckhand's own).
     */
    ExplicitSyntax syntax(List<Path> notes) throws InvalidInputException {
        NotesReading r = reading(notes);
        if (r.mode() == NotesReading.Mode.AS_BEFORE) {
            Optional<Path> vault = vaultFile(notes);
            if (vault.isEmpty()) return null;
            r = NotesReading.obsidianSr(read(vault.get()));
        }
        return r.mode() == NotesReading.Mode.OBSIDIAN_SR ? ObsidianSrSettingsFile.toSyntax(r.settings()) : null;
    }

    private static Optional<Path> vaultFile(List<Path> notes) {
        return notes.isEmpty() ? Optional.empty() : ObsidianSrSettingsFile.vaultSettingsFile(notes.get(0));
    }

    private static ObsidianSrSettings read(Path file) throws InvalidInputException {
        try {
            return ObsidianSrSettingsFile.read(file);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the settings file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static ObsidianSrSettings readQuietly(Path file) {
        try {
            return ObsidianSrSettingsFile.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The vault's Obsidian SR settings (" + file + ") cannot be used: "
                    + e.getMessage() + " Give them with --sr-settings or single --sr- options.", e);
        }
    }

    private static String or(String given, String fallback) {
        return given != null ? given : fallback;
    }

    private static List<String> patterns(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            switch (n.strip().toLowerCase(Locale.ROOT)) {
                case "highlight" -> out.add(ObsidianSrSettings.HIGHLIGHT_CLOZE);
                case "bold" -> out.add(ObsidianSrSettings.BOLD_CLOZE);
                case "curly" -> out.add(ObsidianSrSettings.CURLY_CLOZE);
                case "none", "" -> { }
                default -> out.add(n.strip());
            }
        }
        return out;
    }
}
