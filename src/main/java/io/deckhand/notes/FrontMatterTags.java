package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;

/** The {@code tags:} of a YAML front matter block, as {@code #tag} words. Tolerant: never throws. */
final class FrontMatterTags {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private FrontMatterTags() {
    }

    static List<String> read(List<String> lines) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (!(l.startsWith("tags:") || l.startsWith("tag:"))) continue;
            String value = l.substring(l.indexOf(':') + 1).trim();
            if (!value.isEmpty()) {
                for (String t : SPACES.split(value.replace("[", " ").replace("]", " ").replace(",", " ").strip(), 0)) {
                    add(tags, t);
                }
            } else {
                for (int j = i + 1; j < lines.size(); j++) {
                    String item = lines.get(j).trim();
                    // A YAML list item is "-" then a space; "---" closes the front matter.
                    if (!(item.equals("-") || item.startsWith("- ") || item.startsWith("-\t"))) break;
                    add(tags, item.substring(1));
                }
            }
        }
        return tags;
    }

    private static void add(List<String> tags, String raw) {
        String t = raw.trim();
        if (t.startsWith("\"") || t.startsWith("'")) t = t.substring(1);
        if (t.endsWith("\"") || t.endsWith("'")) t = t.substring(0, t.length() - 1);
        if (t.startsWith("#")) t = t.substring(1);
        if (!t.isBlank()) tags.add("#" + t);
    }
}
