package io.deckhand.app.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells notes (folders, .md, .markdown and plain .txt notes) from deck files. A .txt file is a deck
 * export when it starts with Anki's {@code #separator:}-style headers or most of its lines hold tabs.
 */
public final class NotesSources {
    private static final Pattern ANKI_HEADER = Pattern.compile(
            "#(separator|html|tags|columns|notetype|deck|guid|notetype column|deck column|tags column):.*",
            Pattern.CASE_INSENSITIVE);
    private static final int SAMPLE_LINES = 50;

    private NotesSources() {
    }

    public static boolean isNotes(Path path) {
        if (Files.isDirectory(path)) return true;
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return true;
        return name.endsWith(".txt") && !looksLikeAnkiText(path);
    }

    static boolean looksLikeAnkiText(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            int lines = 0, tabbed = 0;
            String line;
            while (lines < SAMPLE_LINES && (line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                if (lines == 0 && ANKI_HEADER.matcher(line.strip().replace("\uFEFF", "")).matches()) return true;
                lines++;
                if (line.indexOf('\t') > 0) tabbed++;
            }
            return lines > 0 && tabbed * 2 > lines;
        } catch (IOException e) {
            return false; // the notes reader reports the file as unreadable
        }
    }
}
