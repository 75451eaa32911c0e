package io.deckhand.notes;

import io.deckhand.domain.note.ObsidianSrSettings;
import java.util.List;
import java.util.Objects;

/**
 * The explicit flashcard markup to recognise, named after the Obsidian Spaced Repetition plugin's
 * settings. {@code requireFlashcardTag}: only notes carrying one of {@code flashcardTags} hold cards
 * (the plugin's behaviour); Deckhand's own default reads markup in every note.
 * {@code decksFromFolders}: the deck comes from the note's folder instead of tags (the plugin's
 * convertFoldersToDecks). {@code maxCardLines}: longer multi-line cards are not cards.
 * {@code dataviewFields}: in a note not tagged for flashcards, Dataview fields ({@code status:: done},
 * {@code [mood:: calm]}) are metadata, not cards (Deckhand's default; the plugin reads only tagged notes).
 */
public record ExplicitSyntax(String singleLineSeparator, String singleLineReversedSeparator,
                             String multilineSeparator, String multilineReversedSeparator,
                             String multilineEndMarker, List<ClozePattern> clozePatterns,
                             List<String> flashcardTags, boolean requireFlashcardTag, boolean decksFromFolders,
                             int maxCardLines, boolean dataviewFields) {
    public ExplicitSyntax {
        Objects.requireNonNull(singleLineSeparator);
        Objects.requireNonNull(singleLineReversedSeparator);
        Objects.requireNonNull(multilineSeparator);
        Objects.requireNonNull(multilineReversedSeparator);
        multilineEndMarker = multilineEndMarker == null ? "" : multilineEndMarker;
        clozePatterns = List.copyOf(clozePatterns);
        flashcardTags = List.copyOf(flashcardTags);
        if (maxCardLines < 1) throw new IllegalArgumentException("maxCardLines must be positive");
    }

    /** Without a limit on card length (the plugin has none). */
    public ExplicitSyntax(String singleLineSeparator, String singleLineReversedSeparator, String multilineSeparator,
                          String multilineReversedSeparator, String multilineEndMarker,
                          List<ClozePattern> clozePatterns, List<String> flashcardTags, boolean requireFlashcardTag,
                          boolean decksFromFolders) {
        this(singleLineSeparator, singleLineReversedSeparator, multilineSeparator, multilineReversedSeparator,
                multilineEndMarker, clozePatterns, flashcardTags, requireFlashcardTag, decksFromFolders,
                Integer.MAX_VALUE, false);
    }

    /**
     * Deckhand's limit on a multi-line card: notes that lost their blank lines would otherwise turn a
     * stray "?" line into one card holding the whole note.
     */
    public static final int DECKHAND_MAX_CARD_LINES = 16;

    public static final String HIGHLIGHT_CLOZE = ObsidianSrSettings.HIGHLIGHT_CLOZE;
    public static final String BOLD_CLOZE = ObsidianSrSettings.BOLD_CLOZE;
    public static final String CURLY_CLOZE = ObsidianSrSettings.CURLY_CLOZE;
    public static final String ANKI_CLOZE = "{{c123::answer[::hint]}}";

    /** The plugin's DEFAULT_SETTINGS: ::, :::, ?, ??, no end marker, ==highlight== clozes, #flashcards. */
    public static ExplicitSyntax pluginDefaults() {
        return new ExplicitSyntax("::", ":::", "?", "??", "",
                List.of(ClozePattern.compile(HIGHLIGHT_CLOZE)), List.of("#flashcards"), true, false);
    }

    /** Deckhand: the plugin's separators and ==highlight== clozes plus Anki {{c1::...}}, in every note. */
    public static ExplicitSyntax deckhandDefaults() {
        return new ExplicitSyntax("::", ":::", "?", "??", "",
                List.of(ClozePattern.compile(HIGHLIGHT_CLOZE), ClozePattern.compile(ANKI_CLOZE)),
                List.of("#flashcards"), false, false, DECKHAND_MAX_CARD_LINES, true);
    }

    public ExplicitSyntax withClozePatterns(List<String> patterns) {
        return new ExplicitSyntax(singleLineSeparator, singleLineReversedSeparator, multilineSeparator,
                multilineReversedSeparator, multilineEndMarker,
                patterns.stream().map(ClozePattern::compile).toList(), flashcardTags, requireFlashcardTag, decksFromFolders, maxCardLines,
                dataviewFields);
    }
}
