package io.deckhand.ui.notes;

import io.deckhand.app.notes.NotesReading;
import io.deckhand.domain.note.ObsidianSrSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The import preview's "Obsidian SR settings" section: whether notes are read as the Obsidian Spaced
 * Repetition plugin reads them, and its settings (separators, end marker, cloze options, flashcard
 * tags, folder decks), starting from what the import used. Cloze patterns other than the three
 * built-in ones (from a vault's settings) are kept as they were.
 */
public final class ObsidianSrForm {
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final StringProperty separator = new SimpleStringProperty();
    private final StringProperty reversedSeparator = new SimpleStringProperty();
    private final StringProperty multilineSeparator = new SimpleStringProperty();
    private final StringProperty multilineReversedSeparator = new SimpleStringProperty();
    private final StringProperty endMarker = new SimpleStringProperty();
    private final StringProperty tags = new SimpleStringProperty();
    private final BooleanProperty highlight = new SimpleBooleanProperty();
    private final BooleanProperty bold = new SimpleBooleanProperty();
    private final BooleanProperty curly = new SimpleBooleanProperty();
    private final BooleanProperty folderDecks = new SimpleBooleanProperty();
    private List<String> otherPatterns = List.of();

    public ObsidianSrForm() {
        fill(ObsidianSrSettings.pluginDefaults());
    }

    /** Shows how the notes were read (the plugin's defaults in the fields when Deckhand's own way). */
    void load(NotesReading reading) {
        boolean sr = reading.mode() == NotesReading.Mode.OBSIDIAN_SR;
        fill(sr ? reading.settings() : ObsidianSrSettings.pluginDefaults());
        enabled.set(sr);
    }

    private void fill(ObsidianSrSettings s) {
        separator.set(s.singleLineSeparator());
        reversedSeparator.set(s.singleLineReversedSeparator());
        multilineSeparator.set(s.multilineSeparator());
        multilineReversedSeparator.set(s.multilineReversedSeparator());
        endMarker.set(s.multilineEndMarker());
        tags.set(String.join(", ", s.flashcardTags()));
        highlight.set(s.converts(ObsidianSrSettings.HIGHLIGHT_CLOZE));
        bold.set(s.converts(ObsidianSrSettings.BOLD_CLOZE));
        curly.set(s.converts(ObsidianSrSettings.CURLY_CLOZE));
        folderDecks.set(s.foldersToDecks());
        List<String> others = new ArrayList<>(s.clozePatterns());
        others.removeAll(List.of(ObsidianSrSettings.HIGHLIGHT_CLOZE, ObsidianSrSettings.BOLD_CLOZE,
                ObsidianSrSettings.CURLY_CLOZE));
        otherPatterns = List.copyOf(others);
    }

    /** The reading the form describes; throws with a message in the user's words when a setting is unusable. */
    NotesReading reading() {
        if (!enabled.get()) return NotesReading.deckhand();
        List<String> patterns = new ArrayList<>();
        if (highlight.get()) patterns.add(ObsidianSrSettings.HIGHLIGHT_CLOZE);
        if (bold.get()) patterns.add(ObsidianSrSettings.BOLD_CLOZE);
        if (curly.get()) patterns.add(ObsidianSrSettings.CURLY_CLOZE);
        patterns.addAll(otherPatterns);
        List<String> tagList = Arrays.stream(tags.get() == null ? new String[0] : tags.get().split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        return NotesReading.obsidianSr(new ObsidianSrSettings(separator.get(), reversedSeparator.get(),
                multilineSeparator.get(), multilineReversedSeparator.get(), endMarker.get(), patterns, tagList,
                folderDecks.get()));
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty separatorProperty() {
        return separator;
    }

    public StringProperty reversedSeparatorProperty() {
        return reversedSeparator;
    }

    public StringProperty multilineSeparatorProperty() {
        return multilineSeparator;
    }

    public StringProperty multilineReversedSeparatorProperty() {
        return multilineReversedSeparator;
    }

    public StringProperty endMarkerProperty() {
        return endMarker;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty highlightProperty() {
        return highlight;
    }

    public BooleanProperty boldProperty() {
        return bold;
    }

    public BooleanProperty curlyProperty() {
        return curly;
    }

    public BooleanProperty folderDecksProperty() {
        return folderDecks;
    }
}
