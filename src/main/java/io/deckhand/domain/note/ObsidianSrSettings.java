package io.deckhand.domain.note;

import java.util.ArrayList;
import java.util.List;

/**
 * The Obsidian Spaced Repetition plugin's flashcard settings, as a profile to import notes with:
 * separators, multi-line end marker, cloze patterns (its pattern language; the "convert
 * ==highlights== / **bold** / {{curly}} to clozes" options are the three built-in patterns), flashcard
 * tags and folder decks. {@code notes.ObsidianSrSettingsFile} reads and writes them as the plugin's
 * own JSON keys (its {@code data.json} is a profile as it stands) and turns them into the syntax
 * notes are read with, checking the cloze patterns. Defaults are the plugin's.
 */
public record ObsidianSrSettings(String singleLineSeparator, String singleLineReversedSeparator,
                                 String multilineSeparator, String multilineReversedSeparator,
                                 String multilineEndMarker, List<String> clozePatterns, List<String> flashcardTags,
                                 boolean foldersToDecks) {
    /** The plugin's three built-in cloze patterns (its "convert ... to clozes" options). */
    public static final String HIGHLIGHT_CLOZE = "==[123;;]answer[;;hint]==";
    public static final String BOLD_CLOZE = "**[123;;]answer[;;hint]**";
    public static final String CURLY_CLOZE = "{{[123;;]answer[;;hint]}}";

    /** Checks the settings; the message says what is wrong in the plugin's words. */
    public ObsidianSrSettings {
        singleLineSeparator = require(singleLineSeparator, "single-line separator");
        singleLineReversedSeparator = require(singleLineReversedSeparator, "single-line reversed separator");
        multilineSeparator = require(multilineSeparator, "multi-line separator");
        multilineReversedSeparator = require(multilineReversedSeparator, "multi-line reversed separator");
        multilineEndMarker = multilineEndMarker == null ? "" : multilineEndMarker;
        if (singleLineSeparator.equals(singleLineReversedSeparator)) {
            throw new IllegalArgumentException("The single-line separator and its reversed form must differ (both are \""
                    + singleLineSeparator + "\").");
        }
        if (multilineSeparator.equals(multilineReversedSeparator)) {
            throw new IllegalArgumentException("The multi-line separator and its reversed form must differ (both are \""
                    + multilineSeparator + "\").");
        }
        clozePatterns = List.copyOf(clozePatterns);
        List<String> tags = new ArrayList<>();
        for (String t : flashcardTags) {
            String tag = t.strip();
            if (tag.isEmpty()) continue;
            if (tag.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("The flashcard tag \"" + tag + "\" has a space in it; separate tags"
                        + " with commas.");
            }
            tags.add(tag.startsWith("#") ? tag : "#" + tag);
        }
        if (tags.isEmpty()) throw new IllegalArgumentException("At least one flashcard tag is needed, such as #flashcards.");
        flashcardTags = List.copyOf(tags);
    }

    private static String require(String value, String what) {
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("The " + what + " cannot be empty.");
        if (value.contains("\n")) throw new IllegalArgumentException("The " + what + " must fit on one line.");
        return value;
    }

    /** The plugin's DEFAULT_SETTINGS. */
    public static ObsidianSrSettings pluginDefaults() {
        return new ObsidianSrSettings("::", ":::", "?", "??", "", List.of(HIGHLIGHT_CLOZE),
                List.of("#flashcards"), false);
    }

    /** True when this built-in cloze pattern is on. */
    public boolean converts(String builtInPattern) {
        return clozePatterns.contains(builtInPattern);
    }

    /** The same settings with a built-in cloze pattern turned on or off (the plugin's "convert ... to clozes"). */
    public ObsidianSrSettings withConversion(String builtInPattern, boolean on) {
        List<String> patterns = new ArrayList<>(clozePatterns);
        patterns.remove(builtInPattern);
        if (on) patterns.add(builtInPattern);
        return new ObsidianSrSettings(singleLineSeparator, singleLineReversedSeparator, multilineSeparator,
                multilineReversedSeparator, multilineEndMarker, patterns, flashcardTags, foldersToDecks);
    }
}
