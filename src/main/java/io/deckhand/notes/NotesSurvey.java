package io.deckhand.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;

/**
 * What an import learns of all its notes before it reads any note's cards: the headings many notes share
 * ({@link RepeatedHeadings}) and how the notes write their words ({@link FolderWords}). Each note file is
 * read once for both, and only these counts are kept, never the text, so the pass holds little however
 * large the vault. Counts of notes and flags of words merge by sum and OR: the order notes are read in,
 * or the threads that read them, cannot change the result.
 */
public final class NotesSurvey {
    private static final int MAX_READ_BYTES = 1 << 20;

    /** Per normalised heading, the number of Markdown notes that have it. */
    private final Map<String, Integer> notesWithHeading = new HashMap<>();
    private final Map<String, Integer> wordFlags = new HashMap<>();

    /** Reads notes into one survey per stream thread (a parallel stream's threads never share one). */
    public static Collector<NoteFile, NotesSurvey, NotesSurvey> reading() {
        return Collector.of(NotesSurvey::new, NotesSurvey::add, NotesSurvey::addAll, Collector.Characteristics.UNORDERED);
    }

    /** The notes read one after another. */
    public static NotesSurvey of(List<NoteFile> notes) {
        NotesSurvey s = new NotesSurvey();
        notes.forEach(s::add);
        return s;
    }

    /** Reads one note file; nothing when it cannot be read (reading the note proper reports it). */
    public void add(NoteFile note) {
        String text;
        try {
            if (Files.size(note.file()) > MAX_READ_BYTES) return;
            text = Files.readString(note.file(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (NoteParser.isMarkdown(note.relativePath())) {
            for (String h : RepeatedHeadings.headings(text)) notesWithHeading.merge(h, 1, Integer::sum);
        }
        FolderWords.readInto(text, wordFlags);
    }

    /** Adds what another survey read (other notes) to this one; returns this. */
    public NotesSurvey addAll(NotesSurvey other) {
        other.notesWithHeading.forEach((h, n) -> notesWithHeading.merge(h, n, Integer::sum));
        other.wordFlags.forEach((word, f) -> wordFlags.merge(word, f, (a, b) -> a | b));
        return this;
    }

    /** The headings found in at least {@link RepeatedHeadings#MIN_NOTES} of the Markdown notes. */
    public Set<String> repeatedHeadings() {
        return Set.copyOf(notesWithHeading.entrySet().stream().filter(e -> e.getValue() >= RepeatedHeadings.MIN_NOTES)
                .map(Map.Entry::getKey).toList());
    }

    /** How the notes read so far write their words. */
    public FolderWords words() {
        return FolderWords.ofFlags(new HashMap<>(wordFlags));
    }
}
