package io.deckhand.notes;

import java.util.regex.Pattern;

/**
 * The title a note's file name gives it. In a vault of one note per concept the file name is the
 * note's title ("Limit Range.md"), and a section such as "Manifest File" or "Functionality" under it is
 * about that concept: the title is the subject of last resort. Names that are no title (a README, a
 * generated id such as "000_fbef41c2", an ordering prefix such as "a.core_concepts") give none.
 */
final class NoteTitle {
    private NoteTitle() {
    }

    private static final Pattern EXTENSION = Pattern.compile("\\.(md|markdown|txt|text)$", Pattern.CASE_INSENSITIVE);
    /** A word with digits and letters mixed ("fbef41c2", "v2beta1x") or only digits: an id, not a name. */
    private static final Pattern ID_WORD = Pattern.compile("\\d+|(?=\\w*\\d)(?=\\w*[a-zA-Z])\\w{5,}");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[_\\s]+");
    private static final Pattern HYPHENS = Pattern.compile("-+");

    /** The note's title from its path, or "" when the file name is none. */
    static String of(String path) {
        if (path == null) return "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = EXTENSION.matcher(name).replaceFirst("").strip();
        // A dot or dash ordering prefix ("a.core_concepts", "01-intro") is a place in a course, not a name.
        if (name.isEmpty() || name.contains(".") || !Character.isLetter(name.charAt(0))) return "";
        String t = words(name);
        for (String w : t.split(" ")) {
            // "Kubernetes notes", "Docker cheatsheet": a collection of notes about many things, not one concept.
            if (ID_WORD.matcher(w).matches() || Vocabulary.isSectionLabel(w)) return "";
        }
        if (Inline.words(t) > 6 || Vocabulary.isSectionLabel(t)) return "";
        return t;
    }

    /**
     * The file name's words: underscores, spaces and hyphens part them, but a hyphen before or after a
     * single letter belongs to a name ("CRI-O", "e-book"), so that letter stays joined to its word.
     */
    static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (String chunk : WORD_SEPARATORS.split(name.strip())) {
            if (chunk.isEmpty()) continue;
            if (!out.isEmpty()) out.append(' ');
            String[] parts = HYPHENS.split(chunk);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) continue;
                boolean letter = parts[i].length() == 1 && Character.isLetter(parts[i].charAt(0));
                boolean afterLetter = i > 0 && parts[i - 1].length() == 1 && Character.isLetter(parts[i - 1].charAt(0))
                        && i - 1 == 0;
                if (!joined.isEmpty()) joined.append(letter || afterLetter ? "-" : " ");
                joined.append(parts[i]);
            }
            out.append(joined);
        }
        return out.toString().strip();
    }
}
