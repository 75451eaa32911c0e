package io.deckhand.app.notes;

import io.deckhand.domain.note.ObsidianSrSettings;
import java.util.Objects;

/**
 * How an import reads explicit card markup: as the last import of the same notes did (else with the
 * vault's Obsidian Spaced Repetition settings, else Deckhand's own way), Deckhand's own way, or with
 * the plugin's settings given here. What was chosen is remembered per imported folder or file, so a
 * re-sync reads the notes the same way.
 */
public record NotesReading(Mode mode, ObsidianSrSettings settings) {
    public enum Mode { AS_BEFORE, DECKHAND, OBSIDIAN_SR }

    public NotesReading {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.OBSIDIAN_SR) Objects.requireNonNull(settings, "settings");
        if (mode != Mode.OBSIDIAN_SR) settings = null;
    }

    public static NotesReading asBefore() {
        return new NotesReading(Mode.AS_BEFORE, null);
    }

    public static NotesReading deckhand() {
        return new NotesReading(Mode.DECKHAND, null);
    }

    public static NotesReading obsidianSr(ObsidianSrSettings settings) {
        return new NotesReading(Mode.OBSIDIAN_SR, settings);
    }

    /**
     * How the notes at {@code root} read when nothing was remembered for them: with the Obsidian SR
     * settings of the vault they are in, else Deckhand's own way.
     */
    public static NotesReading ofVault(java.nio.file.Path root) throws io.deckhand.app.error.InvalidInputException {
        java.util.Optional<java.nio.file.Path> vault = io.deckhand.notes.ObsidianSrSettingsFile.vaultSettingsFile(root);
        if (vault.isEmpty()) return deckhand();
        try {
            return obsidianSr(io.deckhand.notes.ObsidianSrSettingsFile.read(vault.get()));
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new io.deckhand.app.error.InvalidInputException("The Obsidian Spaced Repetition settings of this vault ("
                    + vault.get() + ") cannot be used: " + e.getMessage()
                    + " Choose the settings by hand in the import.", e);
        }
    }

    /** The explicit card markup to read: the plugin's settings as syntax; null for Deckhand's own. */
    public io.deckhand.notes.ExplicitSyntax syntax() throws io.deckhand.app.error.InvalidInputException {
        if (mode != Mode.OBSIDIAN_SR) return null;
        try {
            return io.deckhand.notes.ObsidianSrSettingsFile.toSyntax(settings);
        } catch (IllegalArgumentException e) {
            throw new io.deckhand.app.error.InvalidInputException(e.getMessage() + " Nothing was imported.", e);
        }
    }
}
