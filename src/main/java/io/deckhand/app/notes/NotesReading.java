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
}
